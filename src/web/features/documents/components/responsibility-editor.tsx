import { Button, Fieldset, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponsibilityTable } from '../../../../shared/assignments';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { notifySuccess } from '../../../kit/notify';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { usePeople } from '../../../kit/organisation/use-people';
import { useSaveResponsibilities } from '../api/responsibilities';

interface RowValues {
  party: string;
  personId: string | null;
  departmentId: string | null;
  responsibility: string;
}

const fieldId = (path: string) => `responsibility-${path.replace(/\./g, '-')}`;
const emptyRow = (): RowValues => ({ party: '', personId: null, departmentId: null, responsibility: '' });

/** Edits the whole table at once and saves it under the version the person read. */
export function ResponsibilityEditor({ documentId, table, onClose, onReload }: { documentId: string; table: ResponsibilityTable; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const people = usePeople().data ?? [];
  const departments = useDepartments().data ?? [];
  const save = useSaveResponsibilities(documentId);
  const [attempt, setAttempt] = useState(0);
  const form = useForm<{ rows: RowValues[] }>({
    initialValues: { rows: table.rows.map(({ party, personId, departmentId, responsibility }) => ({ party, personId, departmentId, responsibility })) },
    validate: {
      rows: {
        party: (v) => (v.trim() ? null : t('documents.responsibilities.partyRequired')),
        responsibility: (v) => (v.trim() ? null : t('documents.responsibilities.responsibilityRequired')),
      },
    },
  });
  useServerFieldErrors(save.error, form.setErrors, () => setAttempt((n) => n + 1));
  const label = (path: string) => {
    const [, index, field] = path.split('.');
    return `${t('documents.responsibilities.row', { number: Number(index) + 1 })}: ${t(`documents.responsibilities.${field === 'personId' ? 'person' : field === 'departmentId' ? 'department' : (field ?? 'title')}`)}`;
  };
  const submit = form.onSubmit(
    (values) =>
      save.mutate(
        { rowVersion: table.rowVersion, input: { rows: values.rows } },
        {
          onSuccess: () => {
            notifySuccess(t('documents.responsibilities.saved'));
            onClose();
          },
        },
      ),
    () => setAttempt((n) => n + 1),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {isConflict(save.error) && <ConflictAlert onReload={onReload} message={t('documents.responsibilities.conflict')} />}
        {attempt > 0 && <ErrorSummary errors={form.errors} attempt={attempt} label={label} fieldId={fieldId} />}
        {isOtherError(save.error) && <ErrorAlert error={save.error} />}
        {form.values.rows.map((_, index) => (
          <Fieldset key={index} legend={t('documents.responsibilities.row', { number: index + 1 })}>
            <Stack gap="xs">
              <TextInput
                id={fieldId(`rows.${index}.party`)}
                label={t('documents.responsibilities.party')}
                description={t('documents.responsibilities.partyHint')}
                required
                maxLength={200}
                {...form.getInputProps(`rows.${index}.party`)}
              />
              <Group grow align="flex-start" wrap="wrap">
                <Select
                  id={fieldId(`rows.${index}.personId`)}
                  label={t('documents.responsibilities.person')}
                  data={people.map((p) => ({ value: p.id, label: p.name }))}
                  searchable
                  clearable
                  miw={200}
                  {...form.getInputProps(`rows.${index}.personId`)}
                />
                <Select
                  id={fieldId(`rows.${index}.departmentId`)}
                  label={t('documents.responsibilities.department')}
                  data={departments.map((d) => ({ value: d.id, label: d.name }))}
                  searchable
                  clearable
                  miw={200}
                  {...form.getInputProps(`rows.${index}.departmentId`)}
                />
              </Group>
              <Textarea
                id={fieldId(`rows.${index}.responsibility`)}
                label={t('documents.responsibilities.responsibility')}
                required
                autosize
                minRows={2}
                maxLength={2000}
                {...form.getInputProps(`rows.${index}.responsibility`)}
              />
              <Group justify="flex-end">
                <Button variant="default" size="xs" onClick={() => form.removeListItem('rows', index)}>
                  {t('documents.responsibilities.removeRow', { number: index + 1 })}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <Group justify="space-between" wrap="wrap">
          <Button variant="default" onClick={() => form.insertListItem('rows', emptyRow())}>
            {t('documents.responsibilities.addRow')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={isConflict(save.error)}>
              {t('documents.responsibilities.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
