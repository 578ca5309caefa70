import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import type { AgreementListItem } from '../api/types';
import { AgreementStatusBadge } from './agreement-status-badge';

export function AgreementTable({ items, caption }: { items: AgreementListItem[]; caption: string }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`agreements.fields.${key}`);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{f('name')}</Table.Th>
            <Table.Th scope="col">{f('kind')}</Table.Th>
            <Table.Th scope="col">{f('supplier')}</Table.Th>
            <Table.Th scope="col">{f('endDate')}</Table.Th>
            <Table.Th scope="col">{f('noticeDate')}</Table.Th>
            <Table.Th scope="col">{f('status')}</Table.Th>
            <Table.Th scope="col" ta="right">{f('systemCount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw={500}>
                <AnchorLink to="/avtal/$id" params={{ id: item.id }}>
                  {item.name}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{t(`agreements.kinds.${item.kind}`)}</Table.Td>
              <Table.Td>{item.supplier ?? '–'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.endDate)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.noticeDate)}</Table.Td>
              <Table.Td><AgreementStatusBadge status={item.status} /></Table.Td>
              <Table.Td ta="right">{item.systemCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
