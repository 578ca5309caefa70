import { Table, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

interface ListTableProps {
  minWidth: number;
  /** Says what the table lists (and how many), above it in dimmed text. */
  caption: string;
  /** The column headings in order: a string is a plain heading, an element (a sortable heading) stands as it is; false leaves the column out. */
  columns: (ReactNode | false)[];
  /** The rows. */
  children: ReactNode;
}

/** A register's list: a striped table that scrolls sideways on a narrow screen, its caption on top, one heading per column. */
export function ListTable({ minWidth, caption, columns, children }: ListTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text span size="sm" c="dimmed">
            {caption}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) =>
              typeof column === 'string' ? (
                <Table.Th key={index} scope="col">
                  {column}
                </Table.Th>
              ) : (
                <Fragment key={index}>{column}</Fragment>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
