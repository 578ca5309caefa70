import { Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ButtonLink } from '../../../kit/links/button-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useKpi } from '../api/get-kpi';
import { targetPath } from '../lib/target-path';
import { AddMeasurementSection } from './add-measurement-section';
import { KpiDataTable } from './kpi-data-table';
import { KpiOverview } from './kpi-overview';
import { KpiStatusSummary } from './kpi-status-summary';
import { MeasurementTable } from './measurement-table';
import { ArchiveRecordButton } from '../../../kit/history/archive-record-button';
import { HistorySection } from '../../../kit/history/history-section';

// The chart library is large; it loads only when a KPI is opened, after the text is on screen.
const KpiChart = lazy(() => import('./kpi-chart').then((m) => ({ default: m.KpiChart })));

const route = getRouteApi('/_authed/nyckeltal/$id');

export function KpiPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useKpi(id);
  const kpi = query.data;
  useDocumentTitle(kpi?.name ?? t('goals.kpi.title'));
  const points = useMemo(() => (kpi ? targetPath(kpi) : []), [kpi]);

  if (query.isPending) return <PageLoader />;
  if (!kpi) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Stack>
        <Title order={1}>{t('goals.kpi.title')}</Title>
        {notFound ? <Text>{t('goals.kpi.notFound')}</Text> : <ErrorAlert error={query.error} />}
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={1100}>
      <AnchorLink to="/styrdokument/$id/uppfoljning" params={{ id: kpi.documentId }} size="sm">
        {t('goals.kpi.back', { title: kpi.documentTitle })}
      </AnchorLink>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{kpi.name}</Title>
          <Text c="dimmed">{t('goals.kpi.forGoal', { goal: kpi.goalTitle })}</Text>
        </div>
        {kpi.allowed.update && (
          <ButtonLink to="/nyckeltal/$id/redigera" params={{ id: kpi.id }} variant="default">
            {t('goals.kpi.edit')}
          </ButtonLink>
        )}
      </Group>
      <KpiStatusSummary kpi={kpi} />
      <section aria-labelledby="kpi-details">
        <Title order={2} size="h3" id="kpi-details" mb="sm">
          {t('goals.kpi.details')}
        </Title>
        <KpiOverview kpi={kpi} />
      </section>
      <section aria-labelledby="kpi-chart">
        <Title order={2} size="h3" id="kpi-chart" mb="sm">
          {t('goals.chart.title')}
        </Title>
        {points.length === 0 ? (
          <Text>{t('goals.chart.empty')}</Text>
        ) : (
          <Stack gap="md">
            <Suspense fallback={<PageLoader />}>
              <KpiChart points={points} unit={kpi.unit} tableId="kpi-chart-data" />
            </Suspense>
            <KpiDataTable points={points} unit={kpi.unit} id="kpi-chart-data" />
          </Stack>
        )}
      </section>
      <section aria-labelledby="kpi-measurements">
        <Title order={2} size="h3" id="kpi-measurements" mb="sm">
          {t('goals.measurements.title')}
        </Title>
        <Stack gap="md">
          {(kpi.source === 'eservices_introduced' || kpi.source === 'eservices_digital_share') && <Text maw={800}>{t('goals.measurements.fromRegister')}</Text>}
          <MeasurementTable kpi={kpi} onReload={() => query.refetch()} />
          {kpi.allowed.measure && (
            <div>
              <Title order={3} size="h4" mb="xs">
                {t('goals.measurements.newTitle')}
              </Title>
              <AddMeasurementSection kpi={kpi} />
            </div>
          )}
        </Stack>
      </section>
      <HistorySection type="kpi" id={kpi.id} />
      <ArchiveRecordButton type="kpi" id={kpi.id} name={kpi.name} rowVersion={kpi.rowVersion} listPath="/styrdokument" />
    </Stack>
  );
}
