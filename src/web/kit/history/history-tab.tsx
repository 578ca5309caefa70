import { Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordHistoryEvent, RecordType } from '../../../shared/records';
import { ConfirmDialog } from '../confirm-dialog';
import { ErrorAlert } from '../error-alert';
import { formatDateTime } from '../format';
import { notifySuccess } from '../notify';
import { PageLoader } from '../page-loader';
import { formatHistoryValue } from './format-history-value';
import { useRecordHistory, useSetBack } from './use-record-history';

interface HistoryTabProps {
  type: RecordType;
  id: string;
  /** The heading level of each change (the tab's own heading is the page's concern); default 3. */
  headingOrder?: 2 | 3 | 4;
  /** A field's name in words, for a register whose form names its fields itself (a system's); default `records.fields`. */
  fieldLabel?: (field: string) => string;
  /** A value in the register's own words (levels, amounts in kronor), or undefined for the plain rendering. */
  formatValue?: (field: string, value: unknown) => string | undefined;
}

interface Pending {
  event: RecordHistoryEvent;
  field: string;
  value: unknown;
}

/**
 * Who changed what and when in one record, newest first, with before and after values; a person
 * who may change the record can set any field back to its value before a change (a new audited
 * change, under the version the history was read at, through the record's own rules).
 */
export function HistoryTab({ type, id, headingOrder = 3, fieldLabel, formatValue }: HistoryTabProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const history = useRecordHistory(type, id);
  const setBack = useSetBack(type, id);
  const [pending, setPending] = useState<Pending | null>(null);
  const label = (field: string) => fieldLabel?.(field) ?? t(`records.fields.${field}`, { defaultValue: field });
  const format = (field: string, value: unknown) => formatValue?.(field, value) ?? formatHistoryValue(t, value, language);

  if (history.isPending) return <PageLoader />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  const { items, rowVersion, allowedSetBack, archived } = history.data;
  if (items.length === 0) return <Text>{t('records.history.none')}</Text>;

  const confirm = () => {
    if (!pending) return;
    setBack.mutate(
      { eventId: pending.event.id, field: pending.field, rowVersion },
      {
        onSuccess: () => {
          notifySuccess(t('records.history.done', { field: label(pending.field) }));
          setPending(null);
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('records.history.timeZoneNote')}
      </Text>
      {archived && <Text>{t('records.history.archived')}</Text>}
      {items.map((event) => (
        <Paper key={event.id} withBorder p="md" component="article">
          <Title order={headingOrder} size="h5">
            {t('records.history.heading', {
              action: t(`records.history.actions.${event.action}`, { defaultValue: event.action }),
              actor: event.actorName ?? t('records.history.unknownActor'),
            })}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
          </Text>
          {event.changes.length > 0 && (
            <Table.ScrollContainer minWidth={500}>
              <Table withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('records.history.field')}</Table.Th>
                    <Table.Th scope="col">{t('records.history.before')}</Table.Th>
                    <Table.Th scope="col">{t('records.history.after')}</Table.Th>
                    {allowedSetBack && (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('records.history.setBack')}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {event.changes.map((change) => (
                    <Table.Tr key={change.field}>
                      <Table.Th scope="row">{label(change.field)}</Table.Th>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{format(change.field, change.before)}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{format(change.field, change.after)}</Table.Td>
                      {allowedSetBack && (
                        <Table.Td>
                          {change.settable && (
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('records.history.setBackLabel', { field: label(change.field) })}
                              onClick={() => {
                                setBack.reset();
                                setPending({ event, field: change.field, value: change.before });
                              }}
                            >
                              {t('records.history.setBack')}
                            </Button>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      ))}
      <ConfirmDialog
        opened={pending !== null}
        title={pending ? t('records.history.confirmTitle', { field: label(pending.field) }) : ''}
        body={pending ? t('records.history.confirmBody', { field: label(pending.field), value: format(pending.field, pending.value) }) : ''}
        confirmLabel={t('records.history.confirm')}
        cancelLabel={t('records.history.keep')}
        onConfirm={confirm}
        onClose={() => setPending(null)}
        loading={setBack.isPending}
      >
        {setBack.isError && <ErrorAlert error={setBack.error} />}
      </ConfirmDialog>
    </Stack>
  );
}
