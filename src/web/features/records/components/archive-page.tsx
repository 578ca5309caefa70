import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordType } from '../../../../shared/records';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDateTime } from '../../../kit/format';
import { ForbiddenPage } from '../../../kit/forbidden-page';
import { ListPager } from '../../../kit/list-pager';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { hasPermission } from '../../../kit/session/has-permission';
import { useSession } from '../../../kit/session/use-session';
import { TableScroll } from '../../../kit/table-scroll';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useArchivedRecords, useRestoreRecord } from '../api/archived-records';
import { type ArchiveSearch, validateArchiveSearch } from '../lib/archive-search';

const route = getRouteApi('/_authed/admin/arkiv');

const TYPES: RecordType[] = ['application', 'document', 'kpi', 'kpi_measurement', 'project', 'agreement', 'acquisition', 'council_meeting', 'council_item', 'person', 'department', 'assignment', 'eservice'];

interface Row {
  type: RecordType;
  id: string;
  name: string;
  archivedAt: string;
  rowVersion: number;
}

/** Archived records of every register (nothing is purged, DECISIONS.md 11): find one and bring it back. */
export function ArchivePage() {
  const { t } = useTranslation();
  const allowed = hasPermission(useSession(), 'organisation.manage');
  useDocumentTitle(t(allowed ? 'records.archive.title' : 'app.forbidden.title'));
  // The page reads its own filters from the address, so the shell carries no code for them.
  const search = validateArchiveSearch(route.useSearch() as Record<string, unknown>);
  const navigate = route.useNavigate();
  const list = useArchivedRecords(search, allowed);
  const restore = useRestoreRecord();
  const [pending, setPending] = useState<Row | null>(null);
  const [q, setQ] = useState(search.q ?? '');
  const update = (patch: Partial<ArchiveSearch>) => void navigate({ search: validateArchiveSearch({ ...search, ...patch, page: patch.page }) as never });

  // The search follows typing, a moment after the last key.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((search.q ?? '') !== q) update({ q: q || undefined });
    }, 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  if (!allowed) return <ForbiddenPage />;
  const data = list.data;
  const typeName = (type: string) => t(`records.types.${type}`);

  const confirm = () => {
    if (!pending) return;
    restore.mutate(pending, {
      onSuccess: () => {
        notifySuccess(t('records.archive.restored', { name: pending.name }));
        setPending(null);
      },
    });
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('records.archive.title')}</Title>
        <Text>{t('records.archive.intro')}</Text>
      </div>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('records.archive.type')}
          data={[{ value: '', label: t('records.archive.allTypes') }, ...TYPES.map((type) => ({ value: type, label: typeName(type) }))]}
          value={search.type ?? ''}
          onChange={(value) => update({ type: value || undefined })}
          allowDeselect={false}
        />
        <TextInput label={t('records.archive.search')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} maxLength={200} />
      </Group>
      <Text role="status" fw={600}>
        {data ? t('records.archive.count', { count: data.total }) : ''}
      </Text>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {data && data.items.length === 0 && <Text>{search.type || search.q ? t('records.archive.noneMatching') : t('records.archive.none')}</Text>}
      {data && data.items.length > 0 && (
        <>
          <TableScroll minWidth={560} label={t('records.archive.title')}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('records.archive.name')}</Table.Th>
                  <Table.Th scope="col">{t('records.archive.type')}</Table.Th>
                  <Table.Th scope="col">{t('records.archive.archivedAt')}</Table.Th>
                  <Table.Th scope="col">{t('records.archive.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((row) => (
                  <Table.Tr key={`${row.type}:${row.id}`}>
                    <Table.Th scope="row" style={{ overflowWrap: 'anywhere' }}>
                      {row.name}
                    </Table.Th>
                    <Table.Td>{typeName(row.type)}</Table.Td>
                    <Table.Td>
                      <time dateTime={row.archivedAt}>{formatDateTime(row.archivedAt)}</time>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('records.archive.restoreLabel', { name: row.name })}
                        onClick={() => {
                          restore.reset();
                          setPending(row);
                        }}
                      >
                        {t('records.archive.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <ListPager keyPrefix="records.archive" page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => update({ page })} />
        </>
      )}
      <ConfirmDialog
        opened={pending !== null}
        title={pending ? t('records.archive.confirmTitle', { name: pending.name }) : ''}
        body={pending ? t('records.archive.confirmBody', { name: pending.name, type: typeName(pending.type) }) : ''}
        confirmLabel={t('records.archive.restore')}
        cancelLabel={t('records.archive.keep')}
        onConfirm={confirm}
        onClose={() => setPending(null)}
        loading={restore.isPending}
        returnFocus={false}
      >
        {restore.isError && <ErrorAlert error={restore.error} />}
      </ConfirmDialog>
    </Stack>
  );
}
