import { Table } from '@mantine/core';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { useTranslation } from 'react-i18next';
import type { ApplicationListItem } from '../../../../shared/applications';
import { formatDate, formatDayOf, formatKronor } from '../../../kit/format';
import { ListTable } from '../../../kit/list-table';
import type { SortKey } from '../lib/enums';
import { FlagBadges } from './flag-badges';
import { LifecycleBadge } from './lifecycle-badge';
import { SortableHeader } from './sortable-header';

interface ApplicationTableProps {
  items: ApplicationListItem[];
  sort: SortKey;
  order: 'asc' | 'desc';
  onSort: (column: SortKey, order: 'asc' | 'desc') => void;
  caption: string;
}

export function ApplicationTable({ items, sort, order, onSort, caption }: ApplicationTableProps) {
  const { t } = useTranslation();
  const header = (column: SortKey, key: string) => (
    <SortableHeader column={column} label={t(key)} sort={sort} order={order} onSort={onSort} />
  );
  return (
    <ListTable
      minWidth={1000}
      caption={caption}
      columns={[
        header('name', 'fields.name'),
        header('vendor', 'fields.vendor'),
        header('lifecycle', 'fields.lifecycle'),
        t('fields.ownerId'),
        header('yearlyCost', 'fields.yearlyCost'),
        header('contractEnd', 'fields.contract_endDate'),
        header('updatedAt', 'fields.updatedAt'),
        header('quality', 'quality.column'),
        t('applications.list.flagsColumn'),
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
          <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatKronor(item.yearlyCost)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.contractEndDate)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDayOf(item.updatedAt)}</Table.Td>
          <Table.Td style={{ textAlign: 'right' }}>{item.qualityScore}</Table.Td>
          <Table.Td>
            <FlagBadges flags={item.flags} />
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
