import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useMeetings } from '../api/get-meetings';
import { CouncilNav } from './council-nav';
import { MeetingCreateDialog } from './meeting-create-dialog';

const route = getRouteApi('/_authed/itrad');

export function MeetingListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('council.list.title'));
  const { projekt } = route.useSearch();
  const query = useMeetings();
  const [creating, setCreating] = useState(false);
  const l = (key: string) => t(`council.list.${key}`);
  return (
    <Stack gap="md" maw={1100}>
      <CouncilNav />
      <Group justify="space-between" align="center">
        <Title order={1}>{l('title')}</Title>
        {query.data?.allowedManage && <Button onClick={() => setCreating(true)}>{l('create')}</Button>}
      </Group>
      {projekt && (
        <Alert variant="outline" color="#1c4f8a">
          {l('pickMeeting')}
        </Alert>
      )}
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} />}
      {query.data && query.data.items.length === 0 && <Text>{l('empty')}</Text>}
      {query.data && query.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{l('caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{l('date')}</Table.Th>
                <Table.Th scope="col">{l('body')}</Table.Th>
                <Table.Th scope="col">{l('location')}</Table.Th>
                <Table.Th scope="col" ta="right">{l('items')}</Table.Th>
                <Table.Th scope="col" ta="right">{l('decided')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Th scope="row" fw={500}>
                    <AnchorLink to="/itrad/$id" params={{ id: m.id }} search={projekt ? { projekt } : {}}>
                      {formatDate(m.meetingDate)}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>{m.body}</Table.Td>
                  <Table.Td>{m.location}</Table.Td>
                  <Table.Td ta="right">{m.itemCount}</Table.Td>
                  <Table.Td ta="right">{m.decidedCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MeetingCreateDialog opened={creating} onClose={() => setCreating(false)} projekt={projekt} />
    </Stack>
  );
}
