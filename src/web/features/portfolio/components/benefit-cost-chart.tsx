import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { formatKronor } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import type { ProjectListItem } from '../api/types';

const compact = (value: number) => `${Math.round(value / 100_000) / 10} mnkr`;

/**
 * Each project a bubble: cost over the horizon to the right, money benefit upwards, investment
 * as the bubble's size (recharts' ZAxis: Mantine's ScatterChart has no third dimension). One
 * image to assistive technology, described by the table after it (sorted by benefit per krona).
 */
export function BenefitCostChart({ items }: { items: ProjectListItem[] }) {
  const { t, i18n } = useTranslation();
  const rows = items
    .map((item) => ({ item, ratio: item.horizonCost > 0 ? item.moneyBenefit / item.horizonCost : null }))
    .sort((a, b) => (b.ratio ?? -Infinity) - (a.ratio ?? -Infinity));
  const data = items.map((item) => ({ x: item.horizonCost, y: item.moneyBenefit, z: item.totalInvestment, name: item.name }));
  return (
    <Stack gap="md">
      <Text>{t('portfolio.chart.intro')}</Text>
      <div role="img" aria-label={t('portfolio.chart.label')} style={{ height: 380 }}>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 16, right: 24, bottom: 40, left: 40 }}>
            <CartesianGrid stroke="#dee2e6" />
            <XAxis type="number" dataKey="x" name={t('portfolio.chart.x')} tickFormatter={compact} stroke="#495057"
              label={{ value: t('portfolio.chart.x'), position: 'insideBottom', offset: -24, fill: '#495057' }} />
            <YAxis type="number" dataKey="y" name={t('portfolio.chart.y')} tickFormatter={compact} stroke="#495057" width={80}
              label={{ value: t('portfolio.chart.y'), angle: -90, position: 'left', offset: 16, fill: '#495057' }} />
            <ZAxis type="number" dataKey="z" range={[60, 900]} name={t('portfolio.chart.size')} />
            <Tooltip
              isAnimationActive={false}
              content={({ payload }) => {
                const point = payload?.[0]?.payload as (typeof data)[number] | undefined;
                if (!point) return null;
                return (
                  <div style={{ background: 'white', border: '1px solid #6c757d', padding: 6 }}>
                    <strong>{point.name}</strong>
                    <div>{t('portfolio.chart.x')}: {formatKronor(point.x)}</div>
                    <div>{t('portfolio.chart.y')}: {formatKronor(point.y)}</div>
                    <div>{t('portfolio.chart.size')}: {formatKronor(point.z)}</div>
                  </div>
                );
              }}
            />
            <Scatter data={data} fill="#1c4f8a" fillOpacity={0.55} stroke="#113a63" isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <Table.ScrollContainer minWidth={600}>
        <Table striped verticalSpacing="xs">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('portfolio.chart.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('portfolio.fields.name')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('portfolio.chart.x')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('portfolio.fields.moneyBenefit')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('portfolio.fields.totalInvestment')}</Table.Th>
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
                <Table.Td ta="right">{formatKronor(item.horizonCost)}</Table.Td>
                <Table.Td ta="right">{formatKronor(item.moneyBenefit)}</Table.Td>
                <Table.Td ta="right">{formatKronor(item.totalInvestment)}</Table.Td>
                <Table.Td ta="right">{ratio === null ? '–' : ratio.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2, minimumFractionDigits: 2 })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
