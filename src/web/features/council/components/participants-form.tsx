import { Button, Fieldset, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { participantRoles, type meeting } from '../../../../shared/council';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { notifySuccess } from '../../../kit/notify';
import { usePeople } from '../../../kit/organisation/use-people';
import { useSetParticipants } from '../api/set-participants';
import { validateParticipants } from '../lib/council.validation';
import { toParticipantsInput, type ParticipantsValues, type ParticipantValues } from '../lib/form-values';

type Meeting = z.infer<typeof meeting>;

const emptyRow = (): ParticipantValues => ({ personId: '', name: '', note: '', role: 'attendee' });
const valuesOf = (m: Meeting): ParticipantsValues => ({
  participants: m.participants.map((p) => ({ personId: p.personId ?? '', name: p.personId ? '' : p.name, note: p.note, role: p.role })),
});

/**
 * Who attended the meeting and in what capacity (chair, secretary, adjusters), as the minutes list
 * them. Everyone reads the list; a council manager edits it: each row is a person of the
 * municipality, or an external typed by name.
 */
export function ParticipantsSection({ meeting: m, onReload }: { meeting: Meeting; onReload: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const p = (key: string, options?: Record<string, unknown>) => t(`council.participants.${key}`, options ?? {});
  return (
    <section aria-labelledby="meeting-participants">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="meeting-participants">
          {p('title')}
        </Title>
        {m.allowedManage && !editing && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {p('edit')}
          </Button>
        )}
      </Group>
      {editing ? (
        <ParticipantsForm meeting={m} onDone={() => setEditing(false)} onReload={onReload} />
      ) : m.participants.length === 0 ? (
        <Text>{p('none')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{p('name')}</Table.Th>
              <Table.Th>{p('role')}</Table.Th>
              <Table.Th>{p('note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {m.participants.map((row, i) => (
              <Table.Tr key={i}>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td>{row.role === 'attendee' ? '' : p(`roles.${row.role}`)}</Table.Td>
                <Table.Td>{row.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

function ParticipantsForm({ meeting: m, onDone, onReload }: { meeting: Meeting; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const save = useSetParticipants();
  const people = usePeople().data ?? [];
  const form = useForm<ParticipantsValues>({
    initialValues: m.participants.length ? valuesOf(m) : { participants: [emptyRow()] },
    validate: (values) => validateParticipants(values, currentLanguage()),
  });
  useServerFieldErrors(save.error, form.setErrors, () => undefined);
  // A failed check puts focus on the first field in error, so a keyboard user meets it.
  const [focusError, setFocusError] = useState(0);
  useEffect(() => {
    if (focusError) document.querySelector<HTMLElement>('#meeting-participants-form [aria-invalid="true"]')?.focus();
  }, [focusError]);
  const p = (key: string, options?: Record<string, unknown>) => t(`council.participants.${key}`, options ?? {});
  const error = save.error;
  const conflict = isApiError(error) && error.status === 412;
  const rows = form.getValues().participants;
  return (
    <form
      id="meeting-participants-form"
      noValidate
      onSubmit={form.onSubmit(
        (values) =>
          save.mutate(
            { meetingId: m.id, rowVersion: m.rowVersion, input: toParticipantsInput(values) },
            {
              onSuccess: () => {
                notifySuccess(p('done'));
                onDone();
              },
            },
          ),
        () => setFocusError((n) => n + 1),
      )}
    >
      <Stack gap="sm">
        {conflict && <ConflictAlert onReload={() => { save.reset(); onReload(); onDone(); }} />}
        {error && !conflict && !(isApiError(error) && error.errors.length > 0) && <ErrorAlert error={error} />}
        <Text size="sm">{p('help')}</Text>
        {rows.map((row, i) => (
          <Fieldset key={i} legend={p('row', { n: i + 1 })}>
            <Group align="flex-start" grow>
              <NativeSelect
                id={`participant-${i}-personId`}
                label={p('person')}
                data={[{ value: '', label: p('external') }, ...people.map((person) => ({ value: person.id, label: person.name }))]}
                {...form.getInputProps(`participants.${i}.personId`)}
              />
              {row.personId === '' && <TextInput id={`participant-${i}-name`} label={p('externalName')} required {...form.getInputProps(`participants.${i}.name`)} />}
              <NativeSelect
                id={`participant-${i}-role`}
                label={p('role')}
                data={participantRoles.map((r) => ({ value: r, label: p(`roles.${r}`) }))}
                {...form.getInputProps(`participants.${i}.role`)}
              />
              <TextInput id={`participant-${i}-note`} label={p('note')} {...form.getInputProps(`participants.${i}.note`)} />
            </Group>
            <Button variant="subtle" color="red" size="xs" mt="xs" onClick={() => form.removeListItem('participants', i)}>
              {p('remove', { n: i + 1 })}
            </Button>
          </Fieldset>
        ))}
        <Group>
          <Button variant="default" onClick={() => form.insertListItem('participants', emptyRow())}>
            {p('add')}
          </Button>
        </Group>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {p('submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
