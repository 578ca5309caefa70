import { Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatNumber } from '../../../kit/format';
import { ForbiddenPage } from '../../../kit/forbidden-page';
import { ListPager } from '../../../kit/list-pager';
import { PageLoader } from '../../../kit/page-loader';
import { hasPermission } from '../../../kit/session/has-permission';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useFocusAfterRemoval } from '../../../kit/use-focus-after-removal';
import { useArchivedApplications } from '../api/get-archived-applications';
import type { ArchivedSearch } from '../lib/archived-search';
import { ArchivedTable } from './archived-table';

const route = getRouteApi('/_authed/admin/arkiverade-system');

/** Systems taken out of the register (never purged): see them and bring them back. */
export function ArchivedApplicationsPage() {
  const { t } = useTranslation();
  const allowed = hasPermission(useSession(), 'application.archive');
  useDocumentTitle(t(allowed ? 'admin.archivedSystems.title' : 'app.forbidden.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useArchivedApplications(search, allowed);
  const data = list.data;
  const items = data?.items;
  const focus = useFocusAfterRemoval<HTMLHeadingElement>(useMemo(() => (items ?? []).map((i) => i.id), [items]));
  const sort = search.sort ?? 'updatedAt';
  const order = search.order ?? (sort === 'name' ? 'asc' : 'desc');
  const update = (patch: Partial<ArchivedSearch>) =>
    void navigate({ search: (previous: ArchivedSearch) => ({ ...previous, ...patch, page: patch.page }) });

  if (!allowed) return <ForbiddenPage />;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} ref={focus.ref} tabIndex={-1}>
          {t('admin.archivedSystems.title')}
        </Title>
        <Text>{t('applications.archived.intro')}</Text>
      </div>
      <Text role="status" fw={600}>
        {data ? t('applications.archived.count', { count: data.total, formatted: formatNumber(data.total) }) : ''}
      </Text>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {data && data.items.length === 0 && <Text>{t('applications.archived.empty')}</Text>}
      {data && data.items.length > 0 && (
        <>
          <ArchivedTable
            items={data.items}
            sort={sort}
            order={order}
            onSort={(column, nextOrder) => update({ sort: column, order: nextOrder })}
            caption={t('applications.archived.caption')}
            onRestored={focus.onRemoved}
          />
          <ListPager keyPrefix="applications.list" showRange page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => update({ page })} />
        </>
      )}
    </Stack>
  );
}
