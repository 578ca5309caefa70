import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatNumber } from '../../../kit/format';
import { ListPager } from '../../../kit/list-pager';
import { useCapabilityGroups } from '../../../kit/organisation/use-capability-groups';
import { PageLoader } from '../../../kit/page-loader';
import { TableScroll } from '../../../kit/table-scroll';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { type CatalogueSearch, useCatalogue } from '../api/collaborations';

const k = (key: string) => `collaborations.catalogue.${key}`;

/** The shared catalogue: partner municipalities' shared systems, searched, filtered and paged. */
export function CataloguePage() {
  const { t } = useTranslation();
  useDocumentTitle(t(k('title')));
  const [search, setSearch] = useState<CatalogueSearch>({ page: 1 });
  const [draft, setDraft] = useState({ q: '', supplier: '' });
  const query = useCatalogue(search);
  const capabilities = useCapabilityGroups(t(k('capability')));
  const data = query.data;
  const all = { value: '', label: t(k('all')) };
  const set = (patch: Partial<CatalogueSearch>) => setSearch({ ...search, ...patch, page: patch.page ?? 1 });
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t(k('title'))}</Title>
        <Text>{t(k('intro'))}</Text>
      </div>
      <Paper withBorder p="md" component="form" aria-label={t(k('filters'))} onSubmit={(event) => {
        event.preventDefault();
        set({ q: draft.q.trim() || undefined, supplier: draft.supplier.trim() || undefined });
      }}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput label={t(k('q'))} value={draft.q} maxLength={200} onChange={(e) => setDraft({ ...draft, q: e.currentTarget.value })} />
          <TextInput label={t(k('supplier'))} value={draft.supplier} maxLength={200} onChange={(e) => setDraft({ ...draft, supplier: e.currentTarget.value })} />
          <NativeSelect
            label={t(k('capability'))}
            data={[all, ...capabilities]}
            value={search.capability ?? ''}
            onChange={(e) => set({ capability: e.currentTarget.value || undefined })}
          />
          <NativeSelect
            label={t(k('municipality'))}
            data={[all, ...(data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name }))]}
            value={search.municipality ?? ''}
            onChange={(e) => set({ municipality: e.currentTarget.value || undefined })}
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit">{t(k('search'))}</Button>
        </Group>
      </Paper>
      <Text role="status" fw={600}>
        {data ? t(k('count'), { count: data.total, formatted: formatNumber(data.total) }) : ''}
      </Text>
      {query.isError && <ErrorAlert error={query.error} />}
      {!data && !query.isError && <PageLoader />}
      {data && data.items.length === 0 && <Text>{t(k('empty'))}</Text>}
      {data && data.items.length > 0 && (
        <>
          <TableScroll minWidth={700} label={t(k('caption'), { page: data.page, pages })}>
            <Table striped verticalSpacing="sm">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t(k('caption'), { page: data.page, pages })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t(k('name'))}</Table.Th>
                  <Table.Th scope="col">{t(k('municipality'))}</Table.Th>
                  <Table.Th scope="col">{t(k('supplier'))}</Table.Th>
                  <Table.Th scope="col">{t(k('capabilities'))}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Th scope="row" fw={500}>
                      {item.name}
                    </Table.Th>
                    <Table.Td>{item.municipality.name}</Table.Td>
                    <Table.Td>{item.supplier ?? '–'}</Table.Td>
                    <Table.Td>{item.capabilities.map((c) => c.name).join(', ') || '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <ListPager keyPrefix="collaborations.catalogue" showRange page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => set({ page })} />
        </>
      )}
    </Stack>
  );
}
