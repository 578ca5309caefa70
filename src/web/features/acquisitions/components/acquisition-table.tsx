import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayOf, formatKronor } from '../../../kit/format';
import { formatDay } from '../lib/format-day';
import { AnchorLink } from '../../../kit/links/anchor-link';
import type { AcquisitionSummary } from '../api/types';
import { RouteBadge } from './route-badge';

interface AcquisitionTableProps {
  items: AcquisitionSummary[];
  caption: string;
  /**
   * What the council's column shows for a need not yet received: by default the words "not
   * received"; the IT council's inbox puts its "mark as received" button there.
   */
  noteAction?: (item: AcquisitionSummary) => ReactNode;
}

export function AcquisitionTable({ items, caption, noteAction }: AcquisitionTableProps) {
  const { t } = useTranslation();
  const c = (key: string) => t(`acquisitions.fields.${key}`);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{c('title')}</Table.Th>
            <Table.Th scope="col">{c('departmentId')}</Table.Th>
            <Table.Th scope="col" ta="right">{c('estimatedValueShort')}</Table.Th>
            <Table.Th scope="col">{c('reportedOn')}</Table.Th>
            <Table.Th scope="col">{c('route')}</Table.Th>
            <Table.Th scope="col">{c('councilNotedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw={500}>
                <AnchorLink to="/anskaffning/$id" params={{ id: item.id }}>
                  {item.title}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{item.departmentName}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(item.estimatedValue)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(item.reportedOn)}</Table.Td>
              <Table.Td><RouteBadge step={item.step} outcome={item.outcome} /></Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {item.councilNotedAt
                  ? formatDayOf(item.councilNotedAt)
                  : (noteAction?.(item) ?? <Text size="sm">{t('acquisitions.list.notNoted')}</Text>)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
