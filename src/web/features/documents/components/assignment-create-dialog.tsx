import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../shared/documents';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { notifySuccess } from '../../../kit/notify';
import { useCreateAssignment } from '../api/assignments';
import { AssignmentFields, type AssignmentValues, requiredRules } from './assignment-fields';

const fieldId = (path: string) => `assignment-${path}`;

/** "Nytt uppdrag": gives an assignment on an item of the document; its owner is notified. */
export function AssignmentCreateDialog({ documentId, items }: { documentId: string; items: Item[] }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateAssignment(documentId);
  const form = useForm<AssignmentValues>({
    initialValues: { itemId: null, title: '', description: '', ownerId: null, dueOn: '' },
    validate: requiredRules(t('documents.assignments.required')),
  });
  useServerFieldErrors(create.error, form.setErrors, () => setAttempt((n) => n + 1));
  const open = () => {
    form.reset();
    create.reset();
    setAttempt(0);
    setOpened(true);
  };
  const submit = form.onSubmit(
    (values) =>
      create.mutate(
        { itemId: values.itemId!, title: values.title, description: values.description, ownerId: values.ownerId!, dueOn: values.dueOn },
        {
          onSuccess: (created) => {
            setOpened(false);
            notifySuccess(t('documents.assignments.created', { title: created.title, owner: created.ownerName }));
          },
        },
      ),
    () => setAttempt((n) => n + 1),
  );
  return (
    <>
      <Button onClick={open}>{t('documents.assignments.add')}</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('documents.assignments.add')} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {attempt > 0 && <ErrorSummary errors={form.errors} attempt={attempt} label={(path) => t(`documents.assignments.fields.${path}`)} fieldId={fieldId} />}
            {isOtherError(create.error) && <ErrorAlert error={create.error} />}
            <AssignmentFields form={form} fieldId={fieldId} items={items} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('documents.assignments.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
