import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../../../shared/assignments';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { notifySuccess } from '../../../kit/notify';
import { useUpdateAssignment } from '../api/assignments';
import { AssignmentFields, type AssignmentValues, requiredRules } from './assignment-fields';

const fieldId = (path: string) => `assignment-edit-${path}`;
const valuesOf = (a: Assignment): AssignmentValues => ({ itemId: a.itemId, title: a.title, description: a.description, ownerId: a.ownerId, dueOn: a.dueOn });

/**
 * "Ändra": an assignment's text, owner and deadline, under the version the card was read at. When
 * someone else saved first (412), the conflict is said and what the person typed stays in the form:
 * after reloading they may save it over the newer version.
 */
export function AssignmentEditDialog({ assignment, onReload }: { assignment: Assignment; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [reloading, setReloading] = useState(false);
  const update = useUpdateAssignment();
  const form = useForm<AssignmentValues>({ initialValues: valuesOf(assignment), validate: requiredRules(t('documents.assignments.required')) });
  useServerFieldErrors(update.error, form.setErrors, () => setAttempt((n) => n + 1));
  const open = () => {
    form.setValues(valuesOf(assignment));
    form.clearErrors();
    update.reset();
    setAttempt(0);
    setOpened(true);
  };
  const reload = () => {
    setReloading(true);
    void onReload().finally(() => {
      setReloading(false);
      update.reset();
    });
  };
  const submit = form.onSubmit(
    (values) =>
      update.mutate(
        { id: assignment.id, rowVersion: assignment.rowVersion, input: { itemId: assignment.itemId, title: values.title, description: values.description, ownerId: values.ownerId!, dueOn: values.dueOn } },
        {
          onSuccess: (updated) => {
            setOpened(false);
            notifySuccess(t('documents.assignments.saved', { title: updated.title }));
          },
        },
      ),
    () => setAttempt((n) => n + 1),
  );
  const title = t('documents.assignments.editFor', { title: assignment.title });
  return (
    <>
      <Button size="xs" variant="default" onClick={open} aria-label={title}>
        {t('documents.assignments.edit')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {isConflict(update.error) && <ConflictAlert onReload={reload} reloading={reloading} message={t('documents.assignments.editConflict')} />}
            {attempt > 0 && <ErrorSummary errors={form.errors} attempt={attempt} label={(path) => t(`documents.assignments.fields.${path}`)} fieldId={fieldId} />}
            {isOtherError(update.error) && <ErrorAlert error={update.error} />}
            <AssignmentFields form={form} fieldId={fieldId} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={update.isPending} disabled={isConflict(update.error)}>
                {t('documents.assignments.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
