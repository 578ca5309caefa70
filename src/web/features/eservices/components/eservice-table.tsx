import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EserviceSummary } from '../../../../shared/eservices';
import { formatKronor, formatNumber } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';

export function EserviceTable({ items, caption }: { items: EserviceSummary[]; caption: string }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`eservices.fields.${key}`);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{f('name')}</Table.Th>
            <Table.Th scope="col">{f('step')}</Table.Th>
            <Table.Th scope="col">{f('owner')}</Table.Th>
            <Table.Th scope="col" ta="right">{f('yearlyVolume')}</Table.Th>
            <Table.Th scope="col" ta="right">{f('digitalShare')}</Table.Th>
            <Table.Th scope="col">{f('needsEid')}</Table.Th>
            <Table.Th scope="col">{f('accessibility')}</Table.Th>
            <Table.Th scope="col" ta="right">{f('netPresentValue')}</Table.Th>
            <Table.Th scope="col">{f('paybackYear')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw={500}>
                <Group gap="xs" wrap="nowrap">
                  <AnchorLink to="/e-tjanster/$id" params={{ id: item.id }}>
                    {item.name}
                  </AnchorLink>
                  {item.candidate && (
                    <Badge variant="outline" color="#495057" tt="none">
                      {t('eservices.list.candidate')}
                    </Badge>
                  )}
                </Group>
              </Table.Th>
              <Table.Td>{t(`eservices.steps.${item.step}`)}</Table.Td>
              <Table.Td>{item.ownerName ?? '–'}</Table.Td>
              <Table.Td ta="right">{formatNumber(item.yearlyVolume)}</Table.Td>
              <Table.Td ta="right">{item.digitalShare} %</Table.Td>
              <Table.Td>{item.needsEid ? f('yes') : f('no')}</Table.Td>
              <Table.Td>{t(`eservices.accessibility.${item.accessibility}`)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{item.netPresentValue === null ? '–' : formatKronor(item.netPresentValue)}</Table.Td>
              <Table.Td>{item.paybackYear ?? '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
