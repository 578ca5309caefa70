import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { hasPermission } from '../../../kit/session/has-permission';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { followUpExcelUrl, useFollowUp } from '../api/get-follow-up';
import { FollowUpCounts } from './follow-up-counts';
import { FollowUpNode } from './follow-up-node';

const route = getRouteApi('/_authed/styrdokument/$id/uppfoljning');

/** The goal follow-up of one document, as the yearly report to KS: every goal, its status and KPIs. */
export function FollowUpPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const session = useSession();
  const query = useFollowUp(id);
  const data = query.data;
  const title = data ? t('goals.followUp.title', { title: data.documentTitle }) : t('goals.followUp.titleShort');
  useDocumentTitle(title);
  // The API does not say per goal who may add KPIs; the permission shows the way, the server decides.
  const canAddKpi = hasPermission(session, 'kpi.manage');

  if (query.isPending) return <PageLoader />;
  if (!data) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Stack>
        <Title order={1}>{t('goals.followUp.titleShort')}</Title>
        {notFound ? <Text>{t('goals.followUp.notFound')}</Text> : <ErrorAlert error={query.error} />}
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={1200}>
      <AnchorLink to="/styrdokument/$id" params={{ id }} size="sm">
        {t('goals.followUp.back', { title: data.documentTitle })}
      </AnchorLink>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        <Anchor href={followUpExcelUrl(id)} download>
          {t('goals.followUp.excel')}
        </Anchor>
      </Group>
      <Text>{t('goals.followUp.intro')}</Text>
      <FollowUpCounts counts={data.counts} />
      {data.goals.length === 0 ? (
        <Text>{t('goals.followUp.noGoals')}</Text>
      ) : (
        <Stack gap={0}>
          {data.goals.map((node) => (
            <FollowUpNode key={node.itemId} node={node} documentId={id} level={2} canAddKpi={canAddKpi} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
