import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../shared/applications';
import { formatDate } from '../../../kit/format';
import { TableScroll } from '../../../kit/table-scroll';

export function DisruptionTestsTable({ tests }: { tests: Application['disruptionTests'] }) {
  const { t } = useTranslation();
  if (tests.length === 0) return <Text>{t('applications.detail.noDisruptionTests')}</Text>;
  return (
    <TableScroll minWidth={500} label={t('applications.sections.disruptionTests')}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.disruptionTests_testedOn')}</Table.Th>
            <Table.Th scope="col">{t('fields.disruptionTests_result')}</Table.Th>
            <Table.Th scope="col">{t('fields.disruptionTests_notes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tests.map((test, index) => (
            <Table.Tr key={`${test.testedOn}-${index}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(test.testedOn)}</Table.Td>
              <Table.Td>{t(`enums.disruptionResult.${test.result}`)}</Table.Td>
              <Table.Td>{test.notes || '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
