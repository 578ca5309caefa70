import { Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { ErrorAlert } from '../../../kit/error-alert';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useApplication } from '../api/get-application';
import { ApplicationActions } from './application-actions';
import { HistoryTab } from '../../../kit/history/history-tab';
import { fieldLabel } from '../lib/field-label';
import { formatHistoryValue } from '../lib/format-history-value';
import { ApplicationOverview } from './application-overview';
import { ArchivedNotice } from './archived-notice';
import { DuplicatesNotice } from './duplicates-notice';
import { LifecycleBadge } from './lifecycle-badge';

const route = getRouteApi('/_authed/system/$id');

export function ApplicationDetailPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { tab } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useApplication(id);
  // After a restore the notice and its button are gone: focus moves to the heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const application = query.data;
  useDocumentTitle(application?.name ?? t('applications.detail.title'));

  if (query.isPending) return <PageLoader />;
  if (!application) {
    // A malformed id in the address is as unknown as a missing one.
    const notFound = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
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

  const archived = Boolean(application.archivedAt);

  return (
    <Stack gap="md">
      {archived ? (
        <AnchorLink to="/admin/arkiverade-system" size="sm">
          {t('applications.archived.backToList')}
        </AnchorLink>
      ) : (
        <AnchorLink to="/system" size="sm">
          {t('applications.detail.backToList')}
        </AnchorLink>
      )}
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} ref={headingRef} tabIndex={-1}>
            {application.name}
          </Title>
          <Group gap="xs" mt={4}>
            <Text c="dimmed">{t(`enums.kind.${application.kind}`)}</Text>
            <LifecycleBadge lifecycle={application.lifecycle} />
            {archived && (
              <Badge variant="filled" color="#8a4b00" tt="none">
                {t('applications.archived.badge')}
              </Badge>
            )}
          </Group>
        </div>
        {/* An archived system is restored first; editing it before would change what nobody sees. */}
        {!archived && <ApplicationActions application={application} onReload={() => query.refetch()} />}
      </Group>
      {archived && <ArchivedNotice application={application} onRestored={() => headingRef.current?.focus()} />}
      {!archived && <DuplicatesNotice id={application.id} name={application.name} />}
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
          <HistoryTab
            type="application"
            id={application.id}
            headingOrder={2}
            fieldLabel={(field) => fieldLabel(t, field)}
            formatValue={(field, value) => formatHistoryValue(t, field, value)}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
