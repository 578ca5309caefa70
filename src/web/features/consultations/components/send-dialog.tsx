import { Button, Group, Modal, MultiSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { useFieldErrors } from '../../../kit/forms/use-field-errors';
import { notifySuccess } from '../../../kit/notify';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { usePeople } from '../../../kit/organisation/use-people';
import { useSendConsultation } from '../api/use-consultation-mutations';

const fieldId = (path: string) => `consultation-send-${path}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** "Skicka på remiss": recipients (departments and people), the last answer date and a cover letter. */
export function SendDialog({ doc }: { doc: { id: string; title: string; rowVersion: number } }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [lastAnswerOn, setLastAnswerOn] = useState(inDays(30));
  const [coverLetter, setCoverLetter] = useState('');
  const departments = useDepartments();
  const people = usePeople();
  const send = useSendConsultation();
  // Each of the server's refusals beside its field ("no recipients" names the people picker, the last one a person reaches).
  const errors = useFieldErrors(send.error, fieldId);

  const open = () => {
    send.reset();
    errors.clear();
    setOpened(true);
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    errors.clear();
    send.mutate(
      { documentId: doc.id, rowVersion: doc.rowVersion, input: { departmentIds, personIds, lastAnswerOn, coverLetter } },
      {
        onSuccess: () => {
          setOpened(false);
          notifySuccess(t('consultations.send.done', { title: doc.title }));
        },
      },
    );
  };

  return (
    <>
      <Button onClick={open}>{t('consultations.send.button')}</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('consultations.send.title', { title: doc.title })} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('consultations.send.intro')}</Text>
            {errors.alert(send.error) && <ErrorAlert error={send.error} />}
            <MultiSelect
              id={fieldId('departmentIds')}
              label={t('consultations.send.departments')}
              error={errors.of('departmentIds')}
              data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              value={departmentIds}
              onChange={(ids) => {
                setDepartmentIds(ids);
                errors.clear('departmentIds');
                errors.clear('personIds');
              }}
              searchable
              // Focus after a refusal must not cover the message beside it with the list.
              openOnFocus={false}
            />
            <MultiSelect
              id={fieldId('personIds')}
              label={t('consultations.send.people')}
              error={errors.of('personIds')}
              data={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={personIds}
              onChange={(ids) => {
                setPersonIds(ids);
                errors.clear('personIds');
              }}
              searchable
              // Focus after a refusal must not cover the message beside it with the list.
              openOnFocus={false}
            />
            <TextInput
              id={fieldId('lastAnswerOn')}
              type="date"
              label={t('consultations.fields.lastAnswerOn')}
              required
              value={lastAnswerOn}
              error={errors.of('lastAnswerOn')}
              onChange={(e) => {
                setLastAnswerOn(e.currentTarget.value);
                errors.clear('lastAnswerOn');
              }}
            />
            <Textarea
              id={fieldId('coverLetter')}
              label={t('consultations.fields.coverLetter')}
              autosize
              minRows={3}
              maxLength={10_000}
              value={coverLetter}
              error={errors.of('coverLetter')}
              onChange={(e) => {
                setCoverLetter(e.currentTarget.value);
                errors.clear('coverLetter');
              }}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={send.isPending}>
                {t('consultations.send.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
