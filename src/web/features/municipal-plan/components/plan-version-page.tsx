import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../kit/detail-list';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate, formatDateTime } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { usePlanVersion, versionUrls } from '../api/municipal-plan';
import { DepartmentTotalsTable, InitiativeTable, YearTotalsTable } from './plan-tables';

const route = getRouteApi('/_authed/it-planer/$roundId/kommunplan/version/$version');

/** One decided version of the municipal plan, frozen as it was decided, with its Word document. */
export function PlanVersionPage() {
  const { t } = useTranslation();
  const { roundId, version: versionParam } = route.useParams();
  const number = Number(versionParam);
  const query = usePlanVersion(roundId, number);
  const session = useSession();
  const version = query.data;
  const title = version ? t('municipalPlan.version.title', { title: version.plan.round.title, version: version.version }) : undefined;
  useDocumentTitle(title);

  if (query.isPending) return <PageLoader />;
  if (!version) {
    return (
      <Stack>
        <Title order={1}>{t('municipalPlan.version.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  const { decision } = version;
  const v = (key: string) => t(`municipalPlan.version.${key}`);
  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap="xs">
        <AnchorLink to="/it-planer/$roundId/kommunplan" params={{ roundId }} size="sm">
          {v('back')}
        </AnchorLink>
        <Title order={1}>{title}</Title>
        <Group gap="md">
          <Anchor href={versionUrls(roundId, version.version).docx} download>
            {t('municipalPlan.versions.docx', { version: version.version })}
          </Anchor>
          <Anchor href={versionUrls(roundId, version.version).pdf} download>
            {t('municipalPlan.versions.pdf', { version: version.version })}
          </Anchor>
          {session && (
            <AnchorLink to="/offentlig/$organisationId/it-planer/$roundId/version/$version" params={{ organisationId: session.organisation.id, roundId, version: String(version.version) }}>
              {v('publicLink')}
            </AnchorLink>
          )}
        </Group>
      </Stack>
      <section aria-labelledby="version-decision">
        <Title order={2} size="h3" id="version-decision" mb="sm">
          {v('decision')}
        </Title>
        <DetailList
          items={[
            { label: v('decidingBody'), value: decision.decidingBody },
            { label: v('decidedOn'), value: formatDate(decision.decidedOn) },
            { label: v('diarienummer'), value: decision.diarienummer || '–' },
            { label: v('paragraph'), value: decision.paragraph || '–' },
            { label: v('recorded'), value: `${formatDateTime(version.recordedAt)}${version.decidedBy ? `, ${version.decidedBy}` : ''}` },
          ]}
        />
        {decision.note && <Text mt="sm">{decision.note}</Text>}
      </section>
      <YearTotalsTable plan={version.plan} />
      <DepartmentTotalsTable plan={version.plan} />
      <InitiativeTable plan={version.plan} />
    </Stack>
  );
}
