import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../kit/detail-list';
import { formatKronor } from '../../../kit/format';
import { ValuationYearTable } from '../../../kit/valuation-year-table';
import type { Project } from '../api/types';
import { ValuationChart } from './valuation-chart';

const COLUMNS = ['investment', 'running', 'cost', 'direct', 'indirect', 'net', 'cumulativeNet', 'discountedNet'] as const;

/** The rate comes as a fraction (0.04); shown as a percentage with one decimal at most. */
const formatPercent = (rate: number) => String(Math.round(rate * 1000) / 10).replace('.', ',');

/** The benefit valuation: key figures, PENG, the threshold, a chart and the table per year. */
export function ValuationSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const v = project.valuation;
  const { amount, above } = project.threshold;
  const thresholdText =
    amount === null
      ? t('portfolio.valuation.thresholdNone')
      : t(above ? 'portfolio.valuation.thresholdAbove' : 'portfolio.valuation.thresholdBelow', { amount: formatKronor(amount) });
  const k = (key: string) => t(`portfolio.valuation.${key}`);
  return (
    <section aria-labelledby="project-valuation">
      <Stack gap="md">
        <Title order={2} size="h3" id="project-valuation">
          {k('title')}
        </Title>
        <DetailList
          cols={3}
          items={[
            { label: k('npv'), value: formatKronor(v.netPresentValue) },
            { label: k('payback'), value: v.paybackYear ?? k('noPayback') },
            { label: k('weighted'), value: formatKronor(v.confidenceWeightedBenefit) },
            { label: k('discountRate'), value: `${formatPercent(v.discountRate)} %` },
            { label: k('threshold'), value: formatKronor(v.costForThreshold) },
          ]}
        />
        <Alert variant="outline" color={above ? '#8a4b00' : '#1c4f8a'} title={k('threshold')}>
          {(above ? '▲ ' : '') + thresholdText}
        </Alert>
        <Title order={3} size="h4">
          {k('peng')}
        </Title>
        <DetailList
          cols={3}
          items={[
            { label: k('direct'), value: formatKronor(v.peng.directBenefit) },
            { label: k('indirect'), value: formatKronor(v.peng.indirectBenefit) },
            { label: k('qualitative'), value: v.peng.qualitativeScore ?? '–' },
            { label: k('cost'), value: formatKronor(v.peng.cost) },
            { label: k('pengNet'), value: formatKronor(v.peng.net) },
          ]}
        />
        {v.years.length === 0 ? (
          <Text>{k('empty')}</Text>
        ) : (
          <>
            <ValuationChart years={v.years} tableId="valuation-table" />
            <ValuationYearTable id="valuation-table" years={v.years} columns={COLUMNS} caption={k('caption')} heading={(key) => (key === 'year' ? t('portfolio.fields.year') : k(key))} />
          </>
        )}
      </Stack>
    </section>
  );
}
