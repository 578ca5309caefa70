import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatNumber } from '../../../kit/format';
import { ButtonLink } from '../../../kit/links/button-link';
import { ListPager } from '../../../kit/list-pager';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useDocumentTypes } from '../api/get-document-types';
import { useDocuments } from '../api/get-documents';
import { PAGE_SIZE } from '../lib/list-search';
import { useDocumentListSearch } from '../lib/use-list-search';
import { DocumentFilters } from './document-filters';
import { DocumentTable } from './document-table';
import { DocumentTreeView } from './document-tree-view';

export function DocumentListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('documents.list.title'));
  const { search, update } = useDocumentListSearch();
  const list = useDocuments(search);
  const types = useDocumentTypes().data;
  const data = list.data;
  const typeNames = new Map((types?.items ?? []).map((type) => [type.key, type.name]));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('documents.list.title')}</Title>
        <Group gap="sm">
          <ButtonLink to="/styrdokument/mina-uppdrag" variant="subtle">
            {t('documents.assignments.mine')}
          </ButtonLink>
          <ButtonLink to="/remisser" variant="subtle">
            {t('documents.list.myConsultations')}
          </ButtonLink>
          {types?.allowedManage && (
            <ButtonLink to="/styrdokument/typer" variant="subtle">
              {t('documents.types.link')}
            </ButtonLink>
          )}
          {data?.allowedCreate && (
            <>
              <ButtonLink to="/styrdokument/importera" variant="default">
                {t('documents.list.import')}
              </ButtonLink>
              <ButtonLink to="/styrdokument/ny">{t('documents.list.create')}</ButtonLink>
            </>
          )}
        </Group>
      </Group>
      <Tabs
        value={search.view ?? 'list'}
        onChange={(value) => void update({ view: value === 'tree' ? 'tree' : undefined, page: search.page })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('documents.list.views')}>
          <Tabs.Tab value="list">{t('documents.list.listView')}</Tabs.Tab>
          <Tabs.Tab value="tree">{t('documents.list.treeView')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <Stack gap="md">
            <DocumentFilters search={search} onChange={update} />
            {/* A status region: screen readers hear the new count after each filter change. */}
            <Text role="status" fw={600}>
              {data ? t('documents.list.count', { count: data.total, formatted: formatNumber(data.total) }) : ''}
            </Text>
            {list.isError && <ErrorAlert error={list.error} />}
            {list.isPending && <PageLoader />}
            {data && data.items.length === 0 && <Text>{t('documents.list.empty')}</Text>}
            {data && data.items.length > 0 && (
              <>
                <DocumentTable
                  items={data.items}
                  caption={t('documents.list.caption', { page: data.page, pages: Math.max(1, Math.ceil(data.total / PAGE_SIZE)) })}
                />
                <ListPager keyPrefix="documents.list" page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => update({ page })} />
              </>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="tree" pt="md">
          <DocumentTreeView typeNames={typeNames} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
