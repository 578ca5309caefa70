import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatNumber } from '../../../kit/format';
import { ButtonLink } from '../../../kit/links/button-link';
import { ListPager } from '../../../kit/list-pager';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useAcquisitions } from '../api/get-acquisitions';
import { useAcquisitionListSearch } from '../lib/use-list-search';
import { AcquisitionFilters } from './acquisition-filters';
import { AcquisitionTable } from './acquisition-table';
import { AcquisitionsNav } from './acquisitions-nav';

/** Anskaffning: every reported need and where it is on the collaboration-first route. */
export function AcquisitionListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('acquisitions.list.title'));
  const { search, update } = useAcquisitionListSearch();
  const list = useAcquisitions(search);
  const data = list.data;
  const l = (key: string) => t(`acquisitions.list.${key}`);
  return (
    <Stack gap="md">
      <AcquisitionsNav />
      <Group justify="space-between" align="center">
        <Title order={1}>{l('title')}</Title>
        {data?.allowedCreate && <ButtonLink to="/anskaffning/ny">{l('create')}</ButtonLink>}
      </Group>
      <Text maw={800}>{l('intro')}</Text>
      <AcquisitionFilters search={search} onChange={update} />
      {/* A status region: screen readers hear the new count after each filter change. */}
      <Text role="status" fw={600}>
        {data ? t('acquisitions.list.count', { count: data.total, formatted: formatNumber(data.total) }) : ''}
      </Text>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isPending && <PageLoader />}
      {data && data.items.length === 0 && <Text>{l('empty')}</Text>}
      {data && data.items.length > 0 && (
        <>
          <AcquisitionTable
            items={data.items}
            caption={t('acquisitions.list.caption', { page: data.page, pages: Math.max(1, Math.ceil(data.total / data.pageSize)) })}
          />
          <ListPager keyPrefix="acquisitions.list" showRange page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => void update({ page })} />
        </>
      )}
    </Stack>
  );
}
