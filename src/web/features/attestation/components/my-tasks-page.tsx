import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useMyTasks } from '../api/attestation';
import { StateBadge } from './state-badge';

/** "Mina attesteringar": the systems the person owns that the open round asks about. */
export function MyTasksPage() {
  const { t } = useTranslation();
  const l = (key: string) => t(`attestation.mine.${key}`);
  useDocumentTitle(l('title'));
  const query = useMyTasks();
  return (
    <Stack gap="md" maw={960}>
      <Group justify="space-between" align="center">
        <Title order={1}>{l('title')}</Title>
        {query.data?.allowedManage && <AnchorLink to="/attestering/oversikt">{l('manage')}</AnchorLink>}
      </Group>
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} />}
      {query.data && query.data.items.length === 0 && <Text>{l('empty')}</Text>}
      {query.data && query.data.items.length > 0 && (
        <>
          <Text>{l('intro')}</Text>
          {/* Narrow enough for a phone: the due date and "Försenad" are what an owner must not have to scroll to. */}
          <Table.ScrollContainer minWidth={320}>
            <Table striped verticalSpacing="sm">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{l('caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{l('system')}</Table.Th>
                  <Table.Th scope="col">{l('state')}</Table.Th>
                  <Table.Th scope="col">{l('dueDate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((task) => (
                  <Table.Tr key={task.id}>
                    <Table.Th scope="row" fw={500}>
                      <AnchorLink to="/attestering/$id" params={{ id: task.id }}>
                        {task.applicationName}
                      </AnchorLink>
                    </Table.Th>
                    <Table.Td>
                      <StateBadge state={task.state} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDate(task.dueDate)}
                        </Text>
                        {task.overdue && (
                          <Text span size="sm" c="red.9" fw={600}>
                            {l('overdue')}
                          </Text>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
