import { Button, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Assignment, type AssignmentStatus, CLOSING_STATUSES } from '../../../../shared/assignments';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { useSetAssignmentStatus } from '../api/assignments';

const STATUSES: AssignmentStatus[] = ['not_started', 'in_progress', 'done', 'cancelled'];
const fieldId = (path: string) => `assignment-status-${path}`;

/** Sets an assignment's status; klar and inställd need a comment saying how it ended. */
export function AssignmentStatusDialog({ assignment, onReload }: { assignment: Assignment; onReload: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const setStatus = useSetAssignmentStatus();
  const form = useForm<{ status: AssignmentStatus; comment: string }>({
    initialValues: { status: assignment.status, comment: assignment.statusComment },
    validate: { comment: (v, values) => (CLOSING_STATUSES.includes(values.status) && !v.trim() ? t('documents.assignments.commentRequired') : null) },
  });
  const open = () => {
    form.setValues({ status: assignment.status, comment: assignment.statusComment });
    form.clearErrors();
    setStatus.reset();
    setOpened(true);
  };
  const title = t('documents.assignments.setStatusFor', { title: assignment.title });
  return (
    <>
      <Button size="xs" variant="default" onClick={open} aria-label={title}>
        {t('documents.assignments.setStatus')}
      </Button>
      <FormDialog
        opened={opened}
        centered
        title={title}
        form={form}
        mutation={setStatus}
        toVariables={(values) => ({ id: assignment.id, rowVersion: assignment.rowVersion, input: values })}
        submitLabel={t('documents.assignments.saveStatus')}
        doneMessage={(updated) => t('documents.assignments.statusSaved', { title: updated.title, status: t(`documents.assignments.status.${updated.status}`) })}
        onClose={() => setOpened(false)}
        onReload={onReload}
        conflictMessage={t('documents.assignments.conflict')}
        blockOnConflict
        errorSummary={{ label: () => t('documents.assignments.fields.statusComment'), fieldId }}
      >
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
      </FormDialog>
    </>
  );
}
