import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Assignment, type AssignmentStatus, CLOSING_STATUSES } from '../../../../shared/assignments';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { notifySuccess } from '../../../kit/notify';
import { useSetAssignmentStatus } from '../api/assignments';

const STATUSES: AssignmentStatus[] = ['not_started', 'in_progress', 'done', 'cancelled'];
const fieldId = (path: string) => `assignment-status-${path}`;

/** Sets an assignment's status; klar and inställd need a comment saying how it ended. */
export function AssignmentStatusDialog({ assignment, onReload }: { assignment: Assignment; onReload: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const setStatus = useSetAssignmentStatus();
  const form = useForm<{ status: AssignmentStatus; comment: string }>({
    initialValues: { status: assignment.status, comment: assignment.statusComment },
    validate: { comment: (v, values) => (CLOSING_STATUSES.includes(values.status) && !v.trim() ? t('documents.assignments.commentRequired') : null) },
  });
  useServerFieldErrors(setStatus.error, form.setErrors, () => setAttempt((n) => n + 1));
  const open = () => {
    form.setValues({ status: assignment.status, comment: assignment.statusComment });
    form.clearErrors();
    setStatus.reset();
    setAttempt(0);
    setOpened(true);
  };
  const submit = form.onSubmit(
    (values) =>
      setStatus.mutate(
        { id: assignment.id, rowVersion: assignment.rowVersion, input: values },
        {
          onSuccess: (updated) => {
            setOpened(false);
            notifySuccess(t('documents.assignments.statusSaved', { title: updated.title, status: t(`documents.assignments.status.${updated.status}`) }));
          },
        },
      ),
    () => setAttempt((n) => n + 1),
  );
  return (
    <>
      <Button size="xs" variant="default" onClick={open} aria-label={t('documents.assignments.setStatusFor', { title: assignment.title })}>
        {t('documents.assignments.setStatus')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('documents.assignments.setStatusFor', { title: assignment.title })} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {isConflict(setStatus.error) && <ConflictAlert onReload={() => { onReload(); setOpened(false); }} message={t('documents.assignments.conflict')} />}
            {attempt > 0 && <ErrorSummary errors={form.errors} attempt={attempt} label={() => t('documents.assignments.fields.statusComment')} fieldId={fieldId} />}
            {isOtherError(setStatus.error) && <ErrorAlert error={setStatus.error} />}
            <Radio.Group id={fieldId('status')} label={t('documents.assignments.fields.status')} {...form.getInputProps('status')}>
              <Stack gap="xs" mt="xs">
                {STATUSES.map((s) => (
                  <Radio key={s} value={s} label={t(`documents.assignments.status.${s}`)} />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              id={fieldId('comment')}
              label={t('documents.assignments.fields.statusComment')}
              description={t('documents.assignments.commentHint')}
              required={CLOSING_STATUSES.includes(form.values.status)}
              autosize
              minRows={2}
              maxLength={2000}
              {...form.getInputProps('comment')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={setStatus.isPending} disabled={isConflict(setStatus.error)}>
                {t('documents.assignments.saveStatus')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
