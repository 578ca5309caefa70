import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ButtonLink } from '../../../kit/links/button-link';
import { ListTable } from '../../../kit/list-table';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useRounds } from '../api/get-rounds';
import { StatusBadge } from './status-badge';

/** IT-planer: the planning rounds, newest period first, with how many departments have submitted. */
export function RoundListPage() {
  const { t } = useTranslation();
  const l = (key: string) => t(`itplans.list.${key}`);
  const f = (key: string) => t(`itplans.fields.${key}`);
  useDocumentTitle(l('title'));
  const query = useRounds();
  const data = query.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{l('title')}</Title>
        {data?.allowedOpen && <ButtonLink to="/it-planer/ny">{l('open')}</ButtonLink>}
      </Group>
      <Text maw={800}>{l('intro')}</Text>
      {query.isError && <ErrorAlert error={query.error} />}
      {query.isPending && <PageLoader />}
      {data && data.items.length === 0 && <Text>{l('empty')}</Text>}
      {data && data.items.length > 0 && (
        <ListTable
          minWidth={800}
          caption={t('itplans.list.caption', { count: data.items.length })}
          columns={[f('title'), f('period'), f('deadline'), f('status'), <Table.Th key="s" scope="col" ta="right">{f('submitted')}</Table.Th>]}
        >
          {data.items.map((round) => (
            <Table.Tr key={round.id}>
              <Table.Th scope="row" fw={500}>
                <AnchorLink to="/it-planer/$roundId" params={{ roundId: round.id }}>
                  {round.title}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{`${round.firstYear}–${round.lastYear}`}</Table.Td>
              <Table.Td>{formatDate(round.deadline)}</Table.Td>
              <Table.Td>
                <StatusBadge kind="round" status={round.status} />
              </Table.Td>
              <Table.Td ta="right">{t('itplans.list.submittedOf', { submitted: round.submitted, departments: round.departments })}</Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
    </Stack>
  );
}
