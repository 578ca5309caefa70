import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatKronor } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import type { ProjectListItem } from '../api/types';
import { HealthBadge } from './health-badge';
import { ProjectStatusBadge } from './project-status-badge';

export function ProjectTable({ items }: { items: ProjectListItem[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('portfolio.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('portfolio.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('portfolio.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('portfolio.fields.health')}</Table.Th>
            <Table.Th scope="col">{t('portfolio.fields.ownerId')}</Table.Th>
            <Table.Th scope="col">{t('portfolio.fields.period')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('portfolio.fields.totalInvestment')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('portfolio.fields.yearlyRunningCost')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('portfolio.fields.netPresentValue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw={500}>
                <Stack gap={2} align="flex-start">
                  <AnchorLink to="/portfolj/$id" params={{ id: item.id }}>
                    {item.name}
                  </AnchorLink>
                  <Text size="xs">{t(`portfolio.kinds.${item.kind}`)}</Text>
                  {item.threshold.above && (
                    <Badge variant="outline" color="#1c4f8a" tt="none" size="sm">
                      {t('portfolio.list.aboveThreshold')}
                    </Badge>
                  )}
                </Stack>
              </Table.Th>
              <Table.Td><ProjectStatusBadge status={item.status} /></Table.Td>
              <Table.Td><HealthBadge health={item.health} /></Table.Td>
              <Table.Td>{item.ownerName ?? t('portfolio.detail.noOwner')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(item.startDate)} – {formatDate(item.endDate)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(item.totalInvestment)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(item.yearlyRunningCost)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(item.netPresentValue)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
