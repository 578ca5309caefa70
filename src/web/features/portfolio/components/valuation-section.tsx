import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../kit/detail-list';
import { formatKronor } from '../../../kit/format';
import { TableScroll } from '../../../kit/table-scroll';
import type { Project } from '../api/types';
import { ValuationChart } from './valuation-chart';

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
            <TableScroll minWidth={800} label={k('caption')}>
              <Table striped verticalSpacing="xs" id="valuation-table">
                <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{k('caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('portfolio.fields.year')}</Table.Th>
                    {['investment', 'running', 'cost', 'direct', 'indirect', 'net', 'cumulativeNet', 'discountedNet'].map((key) => (
                      <Table.Th key={key} scope="col" ta="right">
                        {k(key)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {v.years.map((y) => (
                    <Table.Tr key={y.year}>
                      <Table.Th scope="row">{y.year}</Table.Th>
                      {[y.investment, y.running, y.cost, y.direct, y.indirect, y.net, y.cumulativeNet, y.discountedNet].map((value, i) => (
                        <Table.Td key={i} ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {formatKronor(value)}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </>
        )}
      </Stack>
    </section>
  );
}
