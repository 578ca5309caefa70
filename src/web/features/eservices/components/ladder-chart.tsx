import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../kit/format';

/** Colours for steps 1–4, light to dark, each 3:1 or more against white. */
const COLOURS = ['#8a6d00', '#8a4b00', '#1c4f8a', '#0b6b4f'] as const;

/**
 * Services in use on each step at the end of each year as stacked bars, with a legend. The chart is
 * an image described by its table (`tableId`), which holds the same numbers for screen readers.
 */
export function LadderChart({ byYear, tableId }: { byYear: { year: number; steps: { step: number; count: number }[] }[]; tableId: string }) {
  const { t, i18n } = useTranslation();
  const names = [1, 2, 3, 4].map((s) => t(`eservices.steps.${s}`));
  const data = byYear.map((y) => ({ year: String(y.year), ...Object.fromEntries(y.steps.map((s) => [names[s.step - 1]!, s.count])) }));
  return (
    <div key={i18n.language} role="img" aria-label={t('eservices.ladder.chartLabel')} aria-describedby={tableId}>
      <BarChart
        h={280}
        data={data}
        dataKey="year"
        type="stacked"
        withLegend
        accessibilityLayer={false}
        valueFormatter={(value) => formatNumber(value)}
        textColor="#495057"
        tooltipAnimationDuration={0}
        series={names.map((name, i) => ({ name, color: COLOURS[i]! }))}
      />
    </div>
  );
}
