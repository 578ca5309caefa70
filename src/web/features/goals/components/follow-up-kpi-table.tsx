import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpNode } from '../../../../shared/goals';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { formatKpiValue } from '../lib/format-value';
import { KpiStatusBadge } from './kpi-status-badge';

/** A goal's KPIs: latest value and date, the target and its date, where the path says it should be. */
export function FollowUpKpiTable({ kpis, goalTitle }: { kpis: FollowUpNode['kpis']; goalTitle: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" withTableBorder>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text span size="sm" c="dimmed">
            {t('goals.followUp.kpiCaption', { goal: goalTitle })}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('goals.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('goals.followUp.latest')}</Table.Th>
            <Table.Th scope="col">{t('goals.followUp.target')}</Table.Th>
            <Table.Th scope="col">{t('goals.followUp.expected')}</Table.Th>
            <Table.Th scope="col">{t('goals.fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kpis.map((kpi) => {
            const { latest, target, expected, status } = kpi.evaluation;
            return (
              <Table.Tr key={kpi.id}>
                <Table.Th scope="row" fw={500}>
                  <AnchorLink to="/nyckeltal/$id" params={{ id: kpi.id }}>
                    {kpi.name}
                  </AnchorLink>
                </Table.Th>
                <Table.Td>
                  {latest ? t('goals.followUp.valueOn', { value: formatKpiValue(t, latest.value, kpi.unit), date: formatDate(latest.periodEnd) }) : t('goals.followUp.noMeasurement')}
                </Table.Td>
                <Table.Td>
                  {target ? t('goals.followUp.valueBy', { value: formatKpiValue(t, target.value, kpi.unit), date: formatDate(target.targetDate) }) : '–'}
                </Table.Td>
                <Table.Td>{expected === null ? '–' : formatKpiValue(t, expected, kpi.unit)}</Table.Td>
                <Table.Td>
                  <KpiStatusBadge status={status} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
