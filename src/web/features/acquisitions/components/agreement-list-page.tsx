import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatNumber } from '../../../kit/format';
import { ButtonLink } from '../../../kit/links/button-link';
import { ListPager } from '../../../kit/list-pager';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useAgreements } from '../api/get-agreements';
import { useAgreementListSearch } from '../lib/use-list-search';
import { AcquisitionsNav } from './acquisitions-nav';
import { AgreementFilters } from './agreement-filters';
import { AgreementTable } from './agreement-table';

/** Avtalsregister: framework agreements and contracts, with the scope the route's step 4 searches. */
export function AgreementListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('agreements.list.title'));
  const { search, update } = useAgreementListSearch();
  const list = useAgreements(search);
  const data = list.data;
  const l = (key: string) => t(`agreements.list.${key}`);
  return (
    <Stack gap="md">
      <AcquisitionsNav />
      <Group justify="space-between" align="center">
        <Title order={1}>{l('title')}</Title>
        {data?.allowedCreate && <ButtonLink to="/avtal/ny">{l('create')}</ButtonLink>}
      </Group>
      <Text maw={800}>{l('intro')}</Text>
      <AgreementFilters search={search} onChange={update} />
      <Text role="status" fw={600}>
        {data ? t('agreements.list.count', { count: data.total, formatted: formatNumber(data.total) }) : ''}
      </Text>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isPending && <PageLoader />}
      {data && data.items.length === 0 && <Text>{l('empty')}</Text>}
      {data && data.items.length > 0 && (
        <>
          <AgreementTable items={data.items} caption={t('agreements.list.caption', { page: data.page, pages: Math.max(1, Math.ceil(data.total / data.pageSize)) })} />
          <ListPager keyPrefix="acquisitions.list" showRange page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => void update({ page })} />
        </>
      )}
    </Stack>
  );
}
