import { Table, UnstyledButton } from '@mantine/core';
import type { SortKey } from '../lib/enums';
import classes from './sortable-header.module.css';

interface SortableHeaderProps {
  column: SortKey;
  label: string;
  sort: SortKey;
  order: 'asc' | 'desc';
  onSort: (column: SortKey, order: 'asc' | 'desc') => void;
}

/** A column header that sorts: a real button, and `aria-sort` on the sorted column. */
export function SortableHeader({ column, label, sort, order, onSort }: SortableHeaderProps) {
  const active = column === sort;
  const next = active && order === 'asc' ? 'desc' : 'asc';
  return (
    <Table.Th scope="col" aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton className={classes.button} onClick={() => onSort(column, next)}>
        {label}
        <span aria-hidden="true" className={classes.arrow}>
          {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
