import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../kit/format';
import { formatPlainNumber } from '../lib/format-value';
import type { KpiUnit } from '../lib/enums';
import type { PathPoint } from '../lib/target-path';

const dateOf = (time: number) => (Number.isFinite(time) ? formatDate(new Date(time).toISOString().slice(0, 10)) : '');

interface KpiChartProps {
  points: PathPoint[];
  unit: KpiUnit;
  /** The id of the table that holds the same data in words. */
  tableId: string;
}

/**
 * Measurements (a solid line with dots) against the target path (a dashed line): the two differ
 * in pattern as well as colour. The picture is one image to assistive technology, described by
 * the table of the same data that follows it.
 */
export function KpiChart({ points, unit, tableId }: KpiChartProps) {
  const { t } = useTranslation();
  const measured = t('goals.chart.measured');
  const path = t('goals.chart.path');
  const data = points.map((p) => ({ time: p.time, [measured]: p.measured, [path]: p.path === null ? null : Math.round(p.path * 100) / 100 }));
  return (
    <div role="img" aria-label={t('goals.chart.label')} aria-describedby={tableId}>
      <LineChart
        h={300}
        data={data}
        dataKey="time"
        accessibilityLayer={false}
        withLegend
        connectNulls
        curveType="linear"
        series={[
          { name: measured, color: '#1c4f8a' },
          { name: path, color: '#8a4b00', strokeDasharray: '6 4' },
        ]}
        xAxisProps={{
          type: 'number',
          scale: 'time',
          domain: ['dataMin', 'dataMax'],
          tickFormatter: (value: number) => dateOf(value),
        }}
        // Fitted to the data rather than from zero, so a change of a few tenths is visible.
        yAxisProps={{ domain: ['auto', 'auto'] }}
        valueFormatter={(value) => formatPlainNumber(value)}
        tooltipProps={{
          labelFormatter: (value: unknown) => (Number.isFinite(Number(value)) && value !== null ? dateOf(Number(value)) : ''),
        }}
        yAxisLabel={t(`goals.units.${unit}`)}
        textColor="#495057"
        gridAxis="xy"
        tooltipAnimationDuration={0}
      />
    </div>
  );
}
