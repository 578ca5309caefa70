import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationListItem } from '../../../../shared/applications';
import { formatDateTime } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ListTable } from '../../../kit/list-table';
import type { ArchivedSortKey } from '../lib/archived-search';
import { LifecycleBadge } from './lifecycle-badge';
import { RestoreAction } from './restore-action';
import { SortableHeader } from './sortable-header';

interface ArchivedTableProps {
  items: ApplicationListItem[];
  sort: ArchivedSortKey;
  order: 'asc' | 'desc';
  onSort: (column: ArchivedSortKey, order: 'asc' | 'desc') => void;
  caption: string;
  onRestored: (id: string) => void;
}

export function ArchivedTable({ items, sort, order, onSort, caption, onRestored }: ArchivedTableProps) {
  const { t } = useTranslation();
  const header = (column: ArchivedSortKey, key: string) => (
    <SortableHeader
      column={column}
      label={t(key)}
      sort={sort}
      order={order}
      onSort={(next, nextOrder) => onSort(next as ArchivedSortKey, nextOrder)}
    />
  );
  return (
    <ListTable
      minWidth={800}
      caption={caption}
      columns={[
        header('name', 'fields.name'),
        t('fields.vendor'),
        t('fields.lifecycle'),
        t('fields.ownerId'),
        header('updatedAt', 'fields.updatedAt'),
        t('applications.archived.actionsColumn'),
      ]}
    >
      {items.map((item) => (
        <Table.Tr key={item.id}>
          <Table.Th scope="row" fw={500}>
            <AnchorLink to="/system/$id" params={{ id: item.id }}>
              {item.name}
            </AnchorLink>
          </Table.Th>
          <Table.Td>{item.vendor ?? '–'}</Table.Td>
          <Table.Td>
            <LifecycleBadge lifecycle={item.lifecycle} />
          </Table.Td>
          <Table.Td>{item.ownerName ?? t('applications.noOwner')}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.updatedAt)}</Table.Td>
          <Table.Td>
            <RestoreAction id={item.id} name={item.name} nameInLabel onRestored={onRestored} />
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
