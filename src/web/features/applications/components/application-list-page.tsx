import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue } from 'react';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ButtonLink } from '../../../kit/links/button-link';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatNumber } from '../../../kit/format';
import { ListPager } from '../../../kit/list-pager';
import { PageLoader } from '../../../kit/page-loader';
import { hasPermission } from '../../../kit/session/has-permission';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useNarrowScreen } from '../../../kit/use-narrow-screen';
import { exportApplicationsUrl } from '../api/export-applications';
import { useApplications } from '../api/get-applications';
import { useListSearch } from '../lib/use-list-search';
import { ApplicationFilters } from './application-filters';
import { ApplicationTable } from './application-table';

export function ApplicationListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.list.title'));
  const { search, update } = useListSearch();
  const list = useApplications(search);
  // The rows render in a deferred pass, which React splits into short tasks: a phone stays
  // responsive while it builds the table (the loader stays until they are there).
  const data = useDeferredValue(list.data);
  const canImport = hasPermission(useSession(), 'register.import');
  const narrow = useNarrowScreen();
  const sort = search.sort ?? 'name';
  // On a phone the count and the create button stand in the filter toggle's row (the links keep
  // theirs), so the first system starts within 400 px; on a wide screen they stay where they were.
  const count = (
    /* A status region: screen readers hear the new count after each filter change. */
    <Text role="status" fw={600} size={narrow ? 'sm' : undefined}>
      {data ? t('applications.list.count', { count: data.total, formatted: formatNumber(data.total) }) : ''}
    </Text>
  );
  const create = data?.allowedCreate && <ButtonLink to="/system/ny">{t('applications.list.create')}</ButtonLink>;
  const order = search.order ?? 'asc';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('applications.list.title')}</Title>
        <Group gap="sm">
          <Anchor href={exportApplicationsUrl(search)} download>
            {t('applications.list.export')}
          </Anchor>
          {/* A text link beside the export's, its counterpart: a third button wrapped the phone's header to another row. */}
          {canImport && <AnchorLink to="/system/importera">{t('applications.list.import')}</AnchorLink>}
          {!narrow && create}
        </Group>
      </Group>
      <ApplicationFilters
        search={search}
        onChange={update}
        beside={
          <>
            {count}
            {create && <span style={{ marginInlineStart: 'auto' }}>{create}</span>}
          </>
        }
      />
      {!narrow && count}
      {list.isError && <ErrorAlert error={list.error} />}
      {!data && !list.isError && <PageLoader />}
      {data && data.items.length === 0 && data.total === 0 && <Text>{t('applications.list.empty')}</Text>}
      {data && data.items.length === 0 && data.total > 0 && (
        // Past the last page (an old link, or the last row was archived): offer the way back.
        <Group>
          <Text>{t('applications.list.pageBeyond')}</Text>
          <Button variant="light" onClick={() => update({ page: 1 })}>
            {t('applications.list.firstPage')}
          </Button>
        </Group>
      )}
      {data && data.items.length > 0 && (
        <>
          <ApplicationTable
            items={data.items}
            sort={sort}
            order={order}
            onSort={(column, nextOrder) => update({ sort: column, order: nextOrder })}
            caption={t('applications.list.caption', {
              page: data.page,
              pages: Math.max(1, Math.ceil(data.total / data.pageSize)),
            })}
          />
          <ListPager
            keyPrefix="applications.list"
            showRange
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onPage={(page) => update({ page })}
          />
        </>
      )}
    </Stack>
  );
}
