import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../shared/documents';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { notifySuccess } from '../../../kit/notify';
import { usePeople } from '../../../kit/organisation/use-people';
import { useCreateAssignment } from '../api/assignments';

interface Values {
  itemId: string | null;
  title: string;
  description: string;
  ownerId: string | null;
  dueOn: string;
}

const fieldId = (path: string) => `assignment-${path}`;
const REQUIRED: (keyof Values)[] = ['itemId', 'title', 'ownerId', 'dueOn'];

/** Every item of the tree, in reading order, labelled with its number and title. */
const flatten = (items: Item[], depth = 0): { value: string; label: string }[] =>
  items.flatMap((i) => [{ value: i.id, label: `${'– '.repeat(depth)}${[i.number, i.title].filter(Boolean).join(' ')}` }, ...flatten(i.children, depth + 1)]);

/** "Nytt uppdrag": gives an assignment on an item of the document; its owner is notified. */
export function AssignmentCreateDialog({ documentId, items }: { documentId: string; items: Item[] }) {
  const { t } = useTranslation();
  const people = usePeople().data ?? [];
  const [opened, setOpened] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateAssignment(documentId);
  const form = useForm<Values>({
    initialValues: { itemId: null, title: '', description: '', ownerId: null, dueOn: '' },
    validate: Object.fromEntries(REQUIRED.map((f) => [f, (v: unknown) => (typeof v === 'string' && v.trim() ? null : t('documents.assignments.required'))])),
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
            <Select id={fieldId('itemId')} label={t('documents.assignments.fields.itemId')} data={flatten(items)} searchable required {...form.getInputProps('itemId')} />
            <TextInput id={fieldId('title')} label={t('documents.assignments.fields.title')} description={t('documents.assignments.titleHint')} required maxLength={500} {...form.getInputProps('title')} />
            <Textarea id={fieldId('description')} label={t('documents.assignments.fields.description')} autosize minRows={2} maxLength={5000} {...form.getInputProps('description')} />
            <Select
              id={fieldId('ownerId')}
              label={t('documents.assignments.fields.ownerId')}
              data={people.map((p) => ({ value: p.id, label: p.name }))}
              searchable
              required
              {...form.getInputProps('ownerId')}
            />
            <TextInput id={fieldId('dueOn')} type="date" label={t('documents.assignments.fields.dueOn')} required {...form.getInputProps('dueOn')} />
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
