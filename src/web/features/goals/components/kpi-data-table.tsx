import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../kit/format';
import type { KpiUnit } from '../lib/enums';
import { formatKpiValue } from '../lib/format-value';
import type { PathPoint } from '../lib/target-path';

/** The chart's data in words: each date's measured value and where the target path stands. */
export function KpiDataTable({ points, unit, id }: { points: PathPoint[]; unit: KpiUnit; id: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table id={id} verticalSpacing="xs" striped>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text span size="sm" c="dimmed">
            {t('goals.chart.tableCaption')}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('goals.chart.date')}</Table.Th>
            <Table.Th scope="col">{t('goals.chart.what')}</Table.Th>
            <Table.Th scope="col">{t('goals.chart.measured')}</Table.Th>
            <Table.Th scope="col">{t('goals.chart.path')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((point) => (
            <Table.Tr key={point.date}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(point.date)}
              </Table.Th>
              <Table.Td>{t(`goals.chart.kind.${point.kind}`)}</Table.Td>
              <Table.Td>{formatKpiValue(t, point.measured, unit)}</Table.Td>
              <Table.Td>{formatKpiValue(t, point.path, unit)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
