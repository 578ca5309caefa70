import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../kit/detail-list';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatNumber } from '../../../kit/format';
import { ArchiveRecordButton } from '../../../kit/history/archive-record-button';
import { HistorySection } from '../../../kit/history/history-section';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ButtonLink } from '../../../kit/links/button-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useEservice } from '../api/get-eservice';
import { CandidateActions } from './candidate-actions';
import { DigitisationSection } from './digitisation-section';

const route = getRouteApi('/_authed/e-tjanster/$id');

/** One e-service: its step on the ladder, volume and share, the systems behind it, whether digitising it pays, and its history. */
export function EserviceDetailPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useEservice(id);
  const service = query.data;
  useDocumentTitle(service?.name);
  if (query.isPending) return <PageLoader />;
  if (!service) {
    return (
      <Stack>
        <Title order={1}>{t('eservices.detail.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  const f = (key: string) => t(`eservices.fields.${key}`);
  const d = (key: string) => t(`eservices.detail.${key}`);
  const yesNo = (b: boolean) => (b ? f('yes') : f('no'));
  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="xs">
        <AnchorLink to="/e-tjanster" size="sm">
          {d('back')}
        </AnchorLink>
        <Group justify="space-between" align="center">
          <Group gap="sm">
            <Title order={1}>{service.name}</Title>
            {service.candidate && (
              <Badge variant="outline" color="#495057" tt="none">
                {d('candidate')}
              </Badge>
            )}
          </Group>
          {service.allowedEdit && (
            <ButtonLink to="/e-tjanster/$id/redigera" params={{ id }} variant="default">
              {d('edit')}
            </ButtonLink>
          )}
        </Group>
      </Stack>
      <section aria-labelledby="eservice-facts">
        <Title order={2} size="h3" id="eservice-facts" mb="sm">
          {d('facts')}
        </Title>
        {service.description && (
          <Text mb="sm" style={{ whiteSpace: 'pre-wrap' }} maw={800}>
            {service.description}
          </Text>
        )}
        <DetailList
          cols={3}
          items={[
            { label: f('step'), value: t(`eservices.steps.${service.step}`) },
            { label: f('owner'), value: service.ownerName ?? '–' },
            { label: f('yearlyVolume'), value: formatNumber(service.yearlyVolume) },
            { label: f('digitalShare'), value: `${service.digitalShare} %` },
            { label: f('needsEid'), value: yesNo(service.needsEid) },
            { label: f('accessibility'), value: t(`eservices.accessibility.${service.accessibility}`) },
            { label: f('published'), value: yesNo(service.published) },
            { label: f('candidate'), value: yesNo(service.candidate) },
          ]}
        />
        <Text size="sm" mt="sm" maw={800}>
          {t(`eservices.stepWords.${service.step}`)} <Text span size="sm" c="#495057">({t('eservices.stepSource')})</Text>
        </Text>
      </section>
      <section aria-labelledby="eservice-systems">
        <Title order={2} size="h3" id="eservice-systems" mb="sm">
          {d('systems')}
        </Title>
        {service.systems.length === 0 ? (
          <Text>{d('noSystems')}</Text>
        ) : (
          <List>
            {service.systems.map((s) => (
              <List.Item key={s.id}>
                <AnchorLink to="/system/$id" params={{ id: s.id }}>
                  {s.name}
                </AnchorLink>
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <DigitisationSection service={service} />
      <CandidateActions service={service} />
      <HistorySection type="eservice" id={service.id} />
      <ArchiveRecordButton type="eservice" id={service.id} name={service.name} rowVersion={service.rowVersion} listPath="/e-tjanster" archived={service.archived} />
    </Stack>
  );
}
