import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../kit/detail-list';
import { formatKronor, formatNumber } from '../../../kit/format';
import { TableScroll } from '../../../kit/table-scroll';
import type { ProjectList } from '../api/types';

/**
 * The selection's sums: the live projects (idea to in progress) are what the portfolio commits to
 * and stand first; closed and cancelled projects are summed apart, in a small table, never in them.
 */
export function PortfolioSums({ sums }: { sums: ProjectList['sums'] }) {
  const { t } = useTranslation();
  const apart = (['closed', 'cancelled'] as const).filter((status) => sums[status].count > 0);
  return (
    <section aria-labelledby="portfolio-sums">
      <Stack gap="xs">
        <Title order={2} size="h4" id="portfolio-sums">
          {t('portfolio.list.sums')}
        </Title>
        <Text size="sm">{t('portfolio.list.sumsLive', { count: sums.live.count, formatted: formatNumber(sums.live.count) })}</Text>
        <DetailList
          cols={3}
          items={[
            { label: t('portfolio.list.sumInvestment'), value: formatKronor(sums.live.investment) },
            { label: t('portfolio.list.sumRunning'), value: formatKronor(sums.live.yearlyRunningCost) },
            { label: t('portfolio.list.sumNpv'), value: formatKronor(sums.live.netPresentValue) },
          ]}
        />
        {apart.length > 0 && (
          <TableScroll minWidth={560} label={t('portfolio.list.sumsApart')}>
            <Table verticalSpacing={4} fz="sm">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('portfolio.list.sumsApart')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('portfolio.fields.status')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('portfolio.list.sumCount')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('portfolio.list.sumInvestment')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('portfolio.list.sumRunning')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('portfolio.list.sumNpv')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {apart.map((status) => (
                  <Table.Tr key={status}>
                    <Table.Th scope="row" fw={500}>{t(`portfolio.status.${status}`)}</Table.Th>
                    <Table.Td ta="right">{formatNumber(sums[status].count)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(sums[status].investment)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(sums[status].yearlyRunningCost)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(sums[status].netPresentValue)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </section>
  );
}
