import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ListTable } from '../../../kit/list-table';
import type { DocumentListItem } from '../api/types';
import { versionLabel } from '../lib/version-label';
import { DocumentFlagBadges } from './document-flag-badges';
import { DocumentStatusBadge } from './document-status-badge';

export function DocumentTable({ items, caption }: { items: DocumentListItem[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <ListTable
      minWidth={900}
      caption={caption}
      columns={[
        t('documents.fields.title'),
        t('documents.fields.typeId'),
        t('documents.fields.diarienummer'),
        t('documents.fields.status'),
        t('documents.fields.ownerId'),
        t('documents.fields.revisionDueOn'),
      ]}
    >
      {items.map((item) => (
        <Table.Tr key={item.id}>
          <Table.Th scope="row" fw={500}>
            <AnchorLink to="/styrdokument/$id" params={{ id: item.id }}>
              {item.title}
            </AnchorLink>
          </Table.Th>
          <Table.Td>{item.typeName}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.diarienummer ?? '–'}</Table.Td>
          <Table.Td>
            <Stack gap={2} align="flex-start">
              <DocumentStatusBadge status={item.status} />
              <Text size="xs">{versionLabel(t, item)}</Text>
            </Stack>
          </Table.Td>
          <Table.Td>{item.ownerName ?? t('documents.noOwner')}</Table.Td>
          <Table.Td>
            <Group gap={6}>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(item.revisionDueOn)}
              </Text>
              <DocumentFlagBadges flags={item.flags} />
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
