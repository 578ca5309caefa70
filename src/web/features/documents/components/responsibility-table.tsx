import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResponsibilityRow } from '../../../../shared/assignments';
import { TableScroll } from '../../../kit/table-scroll';

/** Who is responsible for what, as a table; the same on the document, its versions and the public pages. */
export function ResponsibilityTable({ rows }: { rows: ResponsibilityRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text>{t('documents.responsibilities.none')}</Text>;
  return (
    <TableScroll minWidth={520} label={t('documents.responsibilities.title')}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.responsibilities.party')}</Table.Th>
            <Table.Th scope="col">{t('documents.responsibilities.holder')}</Table.Th>
            <Table.Th scope="col">{t('documents.responsibilities.responsibility')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={index}>
              <Table.Th scope="row">{row.party}</Table.Th>
              <Table.Td>{[row.personName, row.departmentName].filter(Boolean).join(', ') || '–'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{row.responsibility}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
