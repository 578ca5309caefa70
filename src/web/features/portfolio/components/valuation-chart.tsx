import '@mantine/charts/styles.css';
import { CompositeChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { formatKronor, formatKronorShort } from '../../../kit/format';
import type { Project } from '../api/types';

/**
 * Bars for cost and benefit per year, a line for the cumulative net, with a legend; the axis in
 * short amounts ("1,5 mnkr" / "SEK 1.5m"), the tooltip in whole kronor; the table holds the same data.
 */
export function ValuationChart({ years, tableId }: { years: Project['valuation']['years']; tableId: string }) {
  const { t, i18n } = useTranslation();
  const cost = t('portfolio.valuation.cost');
  const benefit = t('portfolio.valuation.benefit');
  const cumulative = t('portfolio.valuation.cumulativeNet');
  const data = years.map((y) => ({ year: String(y.year), [cost]: y.cost, [benefit]: y.direct + y.indirect, [cumulative]: y.cumulativeNet }));
  return (
    // Keyed by language: the axis' ticks are drawn again in the language switched to.
    <div key={i18n.language} role="img" aria-label={t('portfolio.valuation.chartLabel')} aria-describedby={tableId}>
      <CompositeChart
        h={300}
        data={data}
        dataKey="year"
        withLegend
        accessibilityLayer={false}
        valueFormatter={(value) => formatKronor(value)}
        yAxisProps={{ tickFormatter: (value: number) => formatKronorShort(value), width: 80 }}
        textColor="#495057"
        tooltipAnimationDuration={0}
        referenceLines={[{ y: 0, color: '#495057' }]}
        series={[
          { name: cost, color: '#8a4b00', type: 'bar' },
          { name: benefit, color: '#1c4f8a', type: 'bar' },
          { name: cumulative, color: '#0b6b4f', type: 'line' },
        ]}
      />
    </div>
  );
}
