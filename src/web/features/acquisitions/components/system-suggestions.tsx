import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../kit/table-scroll';
import { AnchorLink } from '../../../kit/links/anchor-link';
import type { Suggestions } from '../api/types';

type InternalSuggestion = Suggestions['internal'][number];
type PartnerSuggestion = Suggestions['partner'][number];

interface SystemSuggestionsProps {
  kind: 'internal' | 'partner';
  items: (InternalSuggestion | PartnerSuggestion)[];
  needCapabilities: number;
}

/** Roder's proposals for steps 1 and 2: systems serving the same capabilities, best match first. */
export function SystemSuggestions({ kind, items, needCapabilities }: SystemSuggestionsProps) {
  const { t } = useTranslation();
  const s = (key: string) => t(`acquisitions.suggestions.${key}`);
  if (items.length === 0) return <Text>{s(kind === 'internal' ? 'noInternal' : 'noPartner')}</Text>;
  return (
    <TableScroll minWidth={640} label={s(kind === 'internal' ? 'internalCaption' : 'partnerCaption')}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{s(kind === 'internal' ? 'internalCaption' : 'partnerCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{s('system')}</Table.Th>
            {kind === 'partner' && <Table.Th scope="col">{s('municipality')}</Table.Th>}
            <Table.Th scope="col">{s('supplier')}</Table.Th>
            {kind === 'internal' && <Table.Th scope="col">{s('lifecycle')}</Table.Th>}
            <Table.Th scope="col">{s('matched')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw={500}>
                {kind === 'internal' ? (
                  <AnchorLink to="/system/$id" params={{ id: item.id }}>
                    {item.name}
                  </AnchorLink>
                ) : (
                  item.name
                )}
              </Table.Th>
              {'municipality' in item && <Table.Td>{item.municipality}</Table.Td>}
              <Table.Td>{item.supplier ?? '–'}</Table.Td>
              {'lifecycle' in item && <Table.Td>{t(`enums.lifecycle.${item.lifecycle}`, { defaultValue: item.lifecycle })}</Table.Td>}
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
    </TableScroll>
  );
}
