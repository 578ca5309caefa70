import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { notifySuccess } from '../../../kit/notify';
import { useCreateMeeting } from '../api/create-meeting';
import { validateMeeting } from '../lib/council.validation';
import { toMeetingInput, type MeetingValues } from '../lib/form-values';

/** Nytt möte: the body (IT-rådet by default), the date and the place. */
export function MeetingCreateDialog({ opened, onClose, projekt }: { opened: boolean; onClose: () => void; projekt?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const form = useForm<MeetingValues>({
    initialValues: { body: 'IT-rådet', meetingDate: '', location: '' },
    validate: (values) => validateMeeting(values, currentLanguage()),
  });
  useServerFieldErrors(create.error, form.setErrors, () => undefined);
  return (
    <Modal opened={opened} onClose={onClose} title={t('council.create.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          create.mutate(toMeetingInput(values), {
            onSuccess: async (created) => {
              notifySuccess(t('council.create.done'));
              onClose();
              await navigate({ to: '/itrad/$id', params: { id: created.id }, search: projekt ? { projekt } : {} });
            },
          }),
        )}
      >
        <Stack gap="sm">
          {create.error && !(create.error as { errors?: unknown[] }).errors?.length ? <ErrorAlert error={create.error} /> : null}
          <TextInput id="meeting-body" label={t('council.list.body')} required {...form.getInputProps('body')} />
          <TextInput id="meeting-date" label={t('council.list.date')} type="date" required {...form.getInputProps('meetingDate')} />
          <TextInput id="meeting-location" label={t('council.list.location')} {...form.getInputProps('location')} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('council.create.submit')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
