import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { currentLanguage } from '../../../kit/i18n';
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
  return (
    <FormDialog
      opened={opened}
      title={t('council.create.title')}
      form={form}
      mutation={create}
      toVariables={toMeetingInput}
      submitLabel={t('council.create.submit')}
      doneMessage={t('council.create.done')}
      onDone={(created) => void navigate({ to: '/itrad/$id', params: { id: created.id }, search: projekt ? { projekt } : {} })}
      onClose={onClose}
    >
      <TextInput id="meeting-body" label={t('council.list.body')} required {...form.getInputProps('body')} />
      <TextInput id="meeting-date" label={t('council.list.date')} type="date" required {...form.getInputProps('meetingDate')} />
      <TextInput id="meeting-location" label={t('council.list.location')} {...form.getInputProps('location')} />
    </FormDialog>
  );
}
