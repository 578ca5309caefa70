import { Anchor, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { DetailList } from '../../../kit/detail-list';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { publicPdfUrl, usePublicPlanVersion } from '../api/public-it-plans';
import { asReadOnlyPlan } from '../lib/public-plan';
import { DepartmentTotalsTable, InitiativeTable, YearTotalsTable } from './plan-tables';

const route = getRouteApi('/offentlig/$organisationId/it-planer/$roundId/version/$version');

/** One decided version of the municipal IT plan, as a citizen reads it: frozen as decided, with its decision and PDF; no login. */
export function PublicPlanVersionPage() {
  const { t } = useTranslation();
  const { organisationId, roundId, version: versionParam } = route.useParams();
  const number = Number(versionParam);
  const query = usePublicPlanVersion(organisationId, roundId, Number.isInteger(number) && number > 0 ? number : 0);
  const version = query.data;
  const title = version ? t('municipalPlan.version.title', { title: version.plan.round.title, version: version.version }) : t('municipalPlan.public.versionTitleShort');
  useDocumentTitle(title);
  const p = (key: string, options?: Record<string, unknown>) => t(`municipalPlan.public.${key}`, options);
  const v = (key: string) => t(`municipalPlan.version.${key}`);
  const back = (
    <AnchorLink to="/offentlig/$organisationId/it-planer" params={{ organisationId }} size="sm">
      {p('back')}
    </AnchorLink>
  );

  if (query.isPending) return <PageLoader />;
  if (!version) {
    const notFound = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
    return (
      <Stack>
        {back}
        <Title order={1}>{v('notFound')}</Title>
        {notFound ? <Text>{p('versionNotFound')}</Text> : <ErrorAlert error={query.error} />}
      </Stack>
    );
  }
  const { decision, plan } = version;
  const tables = asReadOnlyPlan(plan);
  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap="xs">
        {back}
        <Title order={1}>{title}</Title>
        <Text c="dimmed">
          {version.municipality} · {t('municipalPlan.period', { first: plan.round.firstYear, last: plan.round.lastYear, budgetYear: plan.round.budgetYear })}
        </Text>
        <Anchor href={publicPdfUrl(organisationId, roundId, version.version)} download>
          {t('municipalPlan.versions.pdf', { version: version.version })}
        </Anchor>
      </Stack>
      <section aria-labelledby="public-plan-decision">
        <Title order={2} size="h3" id="public-plan-decision" mb="sm">
          {v('decision')}
        </Title>
        <DetailList
          items={[
            { label: v('decidingBody'), value: decision.decidingBody },
            { label: v('decidedOn'), value: formatDate(decision.decidedOn) },
            { label: v('diarienummer'), value: decision.diarienummer || '–' },
            { label: v('paragraph'), value: decision.paragraph || '–' },
          ]}
        />
        {decision.note && <Text mt="sm">{decision.note}</Text>}
      </section>
      <YearTotalsTable plan={tables} />
      <DepartmentTotalsTable plan={tables} />
      <InitiativeTable plan={tables} plainDepartments />
    </Stack>
  );
}
