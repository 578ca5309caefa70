import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryEvent } from '../../../../shared/applications';
import { formatDateTime } from '../../../kit/format';
import { fieldLabel } from '../lib/field-label';
import { formatHistoryValue } from '../lib/format-history-value';

export function HistoryEventCard({ event }: { event: HistoryEvent }) {
  const { t } = useTranslation();
  const action = t(`applications.history.actions.${event.action.replace(/\./g, '_')}`, { defaultValue: event.action });
  const actor = event.actorName ?? t('applications.history.unknownActor');
  return (
    <Paper withBorder p="md" component="article">
      <Title order={2} size="h5">
        {t('applications.history.heading', { action, actor })}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
      </Text>
      {event.changes.length > 0 && (
        <Table.ScrollContainer minWidth={500}>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('applications.history.field')}</Table.Th>
                <Table.Th scope="col">{t('applications.history.before')}</Table.Th>
                <Table.Th scope="col">{t('applications.history.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {event.changes.map((change) => (
                <Table.Tr key={change.field}>
                  <Table.Th scope="row">{fieldLabel(t, change.field)}</Table.Th>
                  <Table.Td>{formatHistoryValue(t, change.field, change.before)}</Table.Td>
                  <Table.Td>{formatHistoryValue(t, change.field, change.after)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
