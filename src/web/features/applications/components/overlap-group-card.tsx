import { Paper, Table, Text, Title } from '@mantine/core';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { useTranslation } from 'react-i18next';
import type { OverlapGroup } from '../../../../shared/applications';
import { formatKronor } from '../../../kit/format';

/** One capability served by several systems, with what they cost together and what one fewer could save. */
export function OverlapGroupCard({ group }: { group: OverlapGroup }) {
  const { t } = useTranslation();
  const headingId = `overlap-${group.capabilityId}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {group.capabilityName}{' '}
        <Text span c="dimmed" size="sm">
          ({group.capabilityCode})
        </Text>
      </Title>
      <Text size="sm" mb="xs">
        {t('applications.overlaps.groupSummary', {
          count: group.systems.length,
          total: formatKronor(group.totalYearlyCost),
          saving: formatKronor(group.possibleSaving),
        })}
      </Text>
      <Table.ScrollContainer minWidth={400}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fields.name')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('fields.yearlyCost')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.systems.map((system) => (
              <Table.Tr key={system.id}>
                <Table.Th scope="row" fw={400}>
                  <AnchorLink to="/system/$id" params={{ id: system.id }}>
                    {system.name}
                  </AnchorLink>
                </Table.Th>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {system.yearlyCost === null ? t('applications.overlaps.unknownCost') : formatKronor(system.yearlyCost)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('applications.overlaps.total')}</Table.Th>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontWeight: 700 }}>
                {formatKronor(group.totalYearlyCost)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('applications.overlaps.saving')}</Table.Th>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontWeight: 700 }}>
                {formatKronor(group.possibleSaving)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
