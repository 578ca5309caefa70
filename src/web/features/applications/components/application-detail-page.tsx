import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { AnchorLink } from '../../../app/links/anchor-link';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api-error';
import { ErrorAlert } from '../../../app/error-alert';
import { PageLoader } from '../../../app/page-loader';
import { useDocumentTitle } from '../../../app/use-document-title';
import { useApplication } from '../api/get-application';
import { ApplicationActions } from './application-actions';
import { ApplicationHistoryTab } from './application-history-tab';
import { ApplicationOverview } from './application-overview';
import { LifecycleBadge } from './lifecycle-badge';

const route = getRouteApi('/_authed/system/$id');

export function ApplicationDetailPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { tab } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useApplication(id);
  const application = query.data;
  useDocumentTitle(application?.name ?? t('applications.detail.title'));

  if (query.isPending) return <PageLoader />;
  if (!application) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Stack>
        <Title order={1}>{t(notFound ? 'applications.detail.notFound' : 'applications.detail.title')}</Title>
        {!notFound && <ErrorAlert error={query.error} />}
        <AnchorLink to="/system">
          {t('applications.detail.backToList')}
        </AnchorLink>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <AnchorLink to="/system" size="sm">
        {t('applications.detail.backToList')}
      </AnchorLink>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{application.name}</Title>
          <Group gap="xs" mt={4}>
            <Text c="dimmed">{t(`enums.kind.${application.kind}`)}</Text>
            <LifecycleBadge lifecycle={application.lifecycle} />
          </Group>
        </div>
        <ApplicationActions application={application} onReload={() => query.refetch()} />
      </Group>
      <Tabs
        value={tab ?? 'overview'}
        onChange={(value) => void navigate({ search: value === 'history' ? { tab: 'history' } : {}, replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('applications.detail.tabs')}>
          <Tabs.Tab value="overview">{t('applications.detail.overview')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('applications.detail.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <ApplicationOverview application={application} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <ApplicationHistoryTab id={application.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
