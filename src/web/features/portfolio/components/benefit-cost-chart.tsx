import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, LabelList, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { projectStatuses } from '../../../../shared/portfolio';
import { ChartLegend, MarkSymbol } from '../../../kit/chart-legend';
import { formatDecimal, formatKronor, formatKronorShort } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import type { ProjectListItem } from '../api/types';
import { STATUS_MARKS } from '../lib/status-marks';
import { ProjectStatusBadge } from './project-status-badge';

const TABLE_ID = 'benefit-cost-table';

/**
 * Each project a bubble: cost over the horizon to the right, money benefit upwards, investment
 * as the bubble's size (recharts' ZAxis: Mantine's ScatterChart has no third dimension). The
 * status gives the bubble its shape and colour, with a legend; its number is the project's row
 * in the table after it (sorted by benefit per krona), which holds the same data in words.
 */
export function BenefitCostChart({ items }: { items: ProjectListItem[] }) {
  const { t, i18n } = useTranslation();
  const rows = items
    .map((item) => ({ item, ratio: item.horizonCost > 0 ? item.moneyBenefit / item.horizonCost : null }))
    .sort((a, b) => (b.ratio ?? -Infinity) - (a.ratio ?? -Infinity))
    .map((row, index) => ({ ...row, number: index + 1 }));
  const points = rows.map(({ item, number }) => ({ x: item.horizonCost, y: item.moneyBenefit, z: item.totalInvestment, name: item.name, status: item.status, number }));
  const statuses = projectStatuses.filter((status) => points.some((p) => p.status === status));
  return (
    <Stack gap="md">
      <Text>{t('portfolio.chart.intro')}</Text>
      <ChartLegend
        title={t('portfolio.chart.legend')}
        entries={[
          ...statuses.map((status) => ({ key: status, mark: <MarkSymbol {...STATUS_MARKS[status]} />, label: t(`portfolio.status.${status}`) })),
          { key: 'size', mark: <MarkSymbol shape="circle" color="#495057" hollow />, label: t('portfolio.chart.sizeMeans') },
          { key: 'number', mark: <Text span size="sm" fw={700} aria-hidden="true">1</Text>, label: t('portfolio.chart.numberMeans') },
        ]}
      />
      {/* Keyed by language: the axes' ticks are drawn again in the language switched to. */}
      <div key={i18n.language} role="img" aria-label={t('portfolio.chart.label')} aria-describedby={TABLE_ID} style={{ height: 400 }}>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 16, right: 24, bottom: 40, left: 40 }}>
            <CartesianGrid stroke="#dee2e6" />
            <XAxis type="number" dataKey="x" name={t('portfolio.chart.x')} tickFormatter={(v: number) => formatKronorShort(v)} stroke="#495057"
              label={{ value: t('portfolio.chart.x'), position: 'insideBottom', offset: -24, fill: '#495057' }} />
            <YAxis type="number" dataKey="y" name={t('portfolio.chart.y')} tickFormatter={(v: number) => formatKronorShort(v)} stroke="#495057" width={88}
              label={{ value: t('portfolio.chart.y'), angle: -90, position: 'left', offset: 24, fill: '#495057' }} />
            <ZAxis type="number" dataKey="z" range={[60, 900]} name={t('portfolio.chart.size')} />
            <Tooltip
              isAnimationActive={false}
              content={({ payload }) => {
                const point = payload?.[0]?.payload as (typeof points)[number] | undefined;
                if (!point) return null;
                return (
                  <div style={{ background: 'white', border: '1px solid #6c757d', padding: 6 }}>
                    <strong>{point.number}. {point.name}</strong>
                    <div>{t('portfolio.fields.status')}: {t(`portfolio.status.${point.status}`)}</div>
                    <div>{t('portfolio.chart.x')}: {formatKronor(point.x)}</div>
                    <div>{t('portfolio.chart.y')}: {formatKronor(point.y)}</div>
                    <div>{t('portfolio.chart.size')}: {formatKronor(point.z)}</div>
                  </div>
                );
              }}
            />
            {statuses.map((status) => (
              <Scatter
                key={status}
                name={t(`portfolio.status.${status}`)}
                data={points.filter((p) => p.status === status)}
                shape={STATUS_MARKS[status].shape}
                fill={STATUS_MARKS[status].color}
                fillOpacity={0.6}
                stroke={STATUS_MARKS[status].color}
                isAnimationActive={false}
              >
                <LabelList dataKey="number" position="top" fill="#212529" fontSize={12} />
              </Scatter>
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing="xs" id={TABLE_ID}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('portfolio.chart.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" ta="right">{t('portfolio.chart.number')}</Table.Th>
              <Table.Th scope="col">{t('portfolio.fields.name')}</Table.Th>
              <Table.Th scope="col">{t('portfolio.fields.status')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('portfolio.chart.x')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('portfolio.fields.moneyBenefit')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('portfolio.fields.totalInvestment')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('portfolio.chart.ratio')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ item, ratio, number }) => (
              <Table.Tr key={item.id}>
                <Table.Td ta="right">{number}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  <AnchorLink to="/portfolj/$id" params={{ id: item.id }}>
                    {item.name}
                  </AnchorLink>
                </Table.Th>
                <Table.Td><ProjectStatusBadge status={item.status} /></Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(item.horizonCost)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(item.moneyBenefit)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(item.totalInvestment)}</Table.Td>
                <Table.Td ta="right">{ratio === null ? '–' : formatDecimal(ratio, 2, 2)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
