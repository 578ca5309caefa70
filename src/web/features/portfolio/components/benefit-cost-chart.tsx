import '@mantine/charts/styles.css';
import { ScatterChart } from '@mantine/charts';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatKronor } from '../../../app/format';
import { AnchorLink } from '../../../app/links/anchor-link';
import type { ProjectListItem } from '../api/types';

const compact = (value: number) => `${Math.round(value / 100_000) / 10} mnkr`;

/**
 * Each project a dot: investment to the right, money benefit upwards. One image to assistive
 * technology, described by the table after it (sorted by benefit per krona).
 */
export function BenefitCostChart({ items }: { items: ProjectListItem[] }) {
  const { t, i18n } = useTranslation();
  const rows = items
    .map((item) => ({ item, ratio: item.totalInvestment > 0 ? item.moneyBenefit / item.totalInvestment : null }))
    .sort((a, b) => (b.ratio ?? -Infinity) - (a.ratio ?? -Infinity));
  const data = [
    {
      name: t('portfolio.chart.projects'),
      color: '#1c4f8a',
      data: items.map((item, index) => ({ x: item.totalInvestment, y: item.moneyBenefit, index })),
    },
  ];
  return (
    <Stack gap="md">
      <Text>{t('portfolio.chart.intro')}</Text>
      <div role="img" aria-label={t('portfolio.chart.label')}>
        <ScatterChart
          h={360}
          data={data}
          dataKey={{ x: 'x', y: 'y' }}
          xAxisLabel={t('portfolio.chart.x')}
          yAxisLabel={t('portfolio.chart.y')}
          valueFormatter={{ x: compact, y: compact }}
          textColor="#495057"
          tooltipAnimationDuration={0}
          tooltipProps={{ content: ({ payload }) => {
            const point = payload?.[0]?.payload as { index?: number; x?: number; y?: number } | undefined;
            const name = point?.index === undefined ? undefined : items[point.index]?.name;
            if (!point || !name) return null;
            return (
              <div style={{ background: 'white', border: '1px solid #ced4da', padding: 6 }}>
                <strong>{name}</strong>
                <div>{t('portfolio.chart.x')}: {formatKronor(point.x)}</div>
                <div>{t('portfolio.chart.y')}: {formatKronor(point.y)}</div>
              </div>
            );
          } }}
        />
      </div>
      <Table.ScrollContainer minWidth={600}>
        <Table striped verticalSpacing="xs">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('portfolio.chart.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('portfolio.fields.name')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('portfolio.fields.totalInvestment')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('portfolio.fields.moneyBenefit')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('portfolio.chart.ratio')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ item, ratio }) => (
              <Table.Tr key={item.id}>
                <Table.Th scope="row" fw={500}>
                  <AnchorLink to="/portfolj/$id" params={{ id: item.id }}>
                    {item.name}
                  </AnchorLink>
                </Table.Th>
                <Table.Td ta="right">{formatKronor(item.totalInvestment)}</Table.Td>
                <Table.Td ta="right">{formatKronor(item.moneyBenefit)}</Table.Td>
                <Table.Td ta="right">{ratio === null ? '–' : ratio.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2, minimumFractionDigits: 2 })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
