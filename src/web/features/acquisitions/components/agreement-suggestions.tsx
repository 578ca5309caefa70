import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import type { Suggestions } from '../api/types';

/** Roder's proposals for step 4: agreements whose scope covers the need's capabilities, best match first. */
export function AgreementSuggestions({ items, needCapabilities }: { items: Suggestions['agreements']; needCapabilities: number }) {
  const { t } = useTranslation();
  const s = (key: string) => t(`acquisitions.suggestions.${key}`);
  if (items.length === 0) return <Text>{s('noAgreements')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{s('agreementCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{s('agreement')}</Table.Th>
            <Table.Th scope="col">{s('kind')}</Table.Th>
            <Table.Th scope="col">{s('supplier')}</Table.Th>
            <Table.Th scope="col">{s('endDate')}</Table.Th>
            <Table.Th scope="col">{s('matched')}</Table.Th>
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
              <Table.Td>{t(`agreements.kinds.${item.kind}`, { defaultValue: item.kind })}</Table.Td>
              <Table.Td>{item.supplier ?? '–'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.endDate)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {t('acquisitions.suggestions.matchCount', { matched: item.matched, total: needCapabilities })}
                </Text>
                <Text size="sm">{item.capabilityNames.join(', ')}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
