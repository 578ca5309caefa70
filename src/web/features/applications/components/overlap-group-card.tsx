import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverlapGroup } from '../../../../shared/applications';
import { formatDate, formatKronor, formatNumber } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { OverlapMarkDialog } from './overlap-mark-dialog';

interface OverlapGroupCardProps {
  group: OverlapGroup;
  /** 2 among the open groups, 3 under the marked groups' own heading. */
  headingLevel: 2 | 3;
  allowedMark: boolean;
  onReload: () => void;
  reloading: boolean;
}

const right = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

/**
 * One capability served by several systems: each system's whole yearly cost, the part of it
 * counted here (its cost split over the capabilities it serves), what they cost together and what
 * one fewer could save; and how the municipality has judged the overlap, when it has.
 */
export function OverlapGroupCard({ group, headingLevel, allowedMark, onReload, reloading }: OverlapGroupCardProps) {
  const { t } = useTranslation();
  const o = (key: string, options?: Record<string, unknown>) => t(`applications.overlaps.${key}`, options ?? {});
  const [marking, setMarking] = useState(false);
  const headingId = `overlap-${group.capabilityId}`;
  // With an unknown cost the sums are lower bounds, and say so.
  const bound = (value: number) => (group.unknownCostSystems > 0 ? o('atLeast', { amount: formatKronor(value) }) : formatKronor(value));
  const { mark } = group;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={headingLevel} size="h4" id={headingId}>
        {group.capabilityName}{' '}
        <Text span c="dimmed" size="sm">
          ({group.capabilityCode})
        </Text>
      </Title>
      {mark && (
        <>
          <Group gap="xs" mt="xs">
            <Badge variant="light" color={mark.status === 'migrating' ? '#1c5d99' : '#4b5563'}>
              {t(`enums.overlapMark.${mark.status}`)}
            </Badge>
            {mark.reviewOverdue && (
              <Badge variant="filled" color="#b02525">
                {o('mark.overdue')}
              </Badge>
            )}
          </Group>
          <Text size="sm" mt="xs">
            {mark.reason}
          </Text>
          <Text size="sm" mb="xs" fw={mark.reviewOverdue ? 700 : undefined}>
            {o('mark.reviewLine', { date: formatDate(mark.reviewOn) })}
          </Text>
        </>
      )}
      <Text size="sm" mb="xs">
        {o('groupSummary', { count: group.systems.length, total: bound(group.totalYearlyCost), saving: bound(group.possibleSaving) })}
      </Text>
      {group.unknownCostSystems > 0 && (
        <Text size="sm" mb="xs">
          {o('unknownInGroup', { count: group.unknownCostSystems, formatted: formatNumber(group.unknownCostSystems) })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={420}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fields.name')}</Table.Th>
              <Table.Th scope="col" style={right}>
                {t('fields.yearlyCost')}
              </Table.Th>
              <Table.Th scope="col" style={right}>
                {o('share')}
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
                <Table.Td style={right}>{system.yearlyCost === null ? o('unknownCost') : formatKronor(system.yearlyCost)}</Table.Td>
                <Table.Td style={right}>
                  {system.costShare === null ? o('unknownCost') : formatKronor(system.costShare)}
                  {system.capabilityCount > 1 && (
                    <Text size="xs" c="dimmed">
                      {o('splitOver', { count: system.capabilityCount })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" colSpan={2}>
                {o('total')}
              </Table.Th>
              <Table.Td style={{ ...right, fontWeight: 700 }}>{bound(group.totalYearlyCost)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row" colSpan={2}>
                {o('saving')}
              </Table.Th>
              <Table.Td style={{ ...right, fontWeight: 700 }}>{bound(group.possibleSaving)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {allowedMark && (
        <>
          <Button variant="default" size="sm" mt="sm" onClick={() => setMarking(true)} aria-describedby={headingId}>
            {mark ? o('mark.change') : o('mark.open')}
          </Button>
          {marking && <OverlapMarkDialog group={group} opened onClose={() => setMarking(false)} onReload={onReload} reloading={reloading} />}
        </>
      )}
    </Paper>
  );
}
