import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { formatNumber } from '../../../kit/format';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useInactiveResponsible } from '../api/handover';

/** Who left without handing everything over: each links to their hand-over view. */
export function InactiveResponsiblePage() {
  const { t } = useTranslation();
  const list = useInactiveResponsible();
  useDocumentTitle(t('handover.inactiveList.title'));
  if (list.isPending) return <PageLoader />;
  return (
    <Stack gap="md" maw={880}>
      <Title order={1}>{t('handover.inactiveList.title')}</Title>
      <Text>{t('handover.inactiveList.intro')}</Text>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && list.data.items.length === 0 && <Text>{t('handover.inactiveList.none')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('handover.inactiveList.person')}</Table.Th>
              <Table.Th scope="col">{t('handover.inactiveList.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <AnchorLink to="/admin/personer/$id/overlamning" params={{ id: p.id }}>
                    {p.name}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{formatNumber(p.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
