import { getRouteApi } from '@tanstack/react-router';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatNumber } from '../../../kit/format';
import { ButtonLink } from '../../../kit/links/button-link';
import { ListPager } from '../../../kit/list-pager';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useEservices } from '../api/get-eservices';
import type { EserviceListSearch } from '../lib/list-search';
import { EserviceFilters } from './eservice-filters';
import { EserviceTable } from './eservice-table';
import { EservicesNav } from './eservices-nav';

const route = getRouteApi('/_authed/e-tjanster');

/** E-tjänster: the municipality's services and candidates, filtered by step and text. */
export function EserviceListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('eservices.list.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = (patch: Partial<EserviceListSearch>) =>
    navigate({ search: (previous: EserviceListSearch) => ({ ...previous, ...patch, page: 'page' in patch ? patch.page : undefined }) });
  const list = useEservices(search);
  const data = list.data;
  const l = (key: string) => t(`eservices.list.${key}`);
  return (
    <Stack gap="md">
      <EservicesNav />
      <Group justify="space-between" align="center">
        <Title order={1}>{l('title')}</Title>
        {data?.allowedCreate && <ButtonLink to="/e-tjanster/ny">{l('create')}</ButtonLink>}
      </Group>
      <Text maw={800}>{l('intro')}</Text>
      <EserviceFilters search={search} onChange={(patch) => void update(patch)} />
      <Text role="status" fw={600}>
        {data ? t('eservices.list.count', { count: data.total, formatted: formatNumber(data.total) }) : ''}
      </Text>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isPending && <PageLoader />}
      {data && data.items.length === 0 && <Text>{l('empty')}</Text>}
      {data && data.items.length > 0 && (
        <>
          <EserviceTable items={data.items} caption={t('eservices.list.caption', { page: data.page, pages: Math.max(1, Math.ceil(data.total / data.pageSize)) })} />
          <ListPager keyPrefix="eservices.list" showRange page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => void update({ page })} />
        </>
      )}
    </Stack>
  );
}
