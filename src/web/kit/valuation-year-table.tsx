import { Table } from '@mantine/core';
import type { z } from 'zod';
import type { valuation } from '../../shared/portfolio';
import { formatKronor } from './format';
import { TableScroll } from './table-scroll';

/** One year of a benefit valuation, as the portfolio's engine gives it (projects and e-services alike). */
type ValuationYear = z.infer<typeof valuation>['years'][number];

type Column = Exclude<keyof ValuationYear, 'year'>;

interface ValuationYearTableProps {
  years: ValuationYear[];
  /** The columns in the order shown. */
  columns: readonly Column[];
  caption: string;
  /** A column's heading ('year' for the first). */
  heading: (key: Column | 'year') => string;
  id?: string;
}

/** A valuation year by year in kronor: one row per year, the year as the row's heading. */
export function ValuationYearTable({ years, columns, caption, heading, id }: ValuationYearTableProps) {
  return (
    <TableScroll minWidth={800} label={caption}>
      <Table striped verticalSpacing="xs" id={id}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{heading('year')}</Table.Th>
            {columns.map((key) => (
              <Table.Th key={key} scope="col" ta="right">
                {heading(key)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {years.map((y) => (
            <Table.Tr key={y.year}>
              <Table.Th scope="row">{y.year}</Table.Th>
              {columns.map((key) => (
                <Table.Td key={key} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatKronor(y[key])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
