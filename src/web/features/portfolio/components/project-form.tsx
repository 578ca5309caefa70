import { Button, Checkbox, Fieldset, Group, MultiSelect, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInputDraft } from '../../../../shared/portfolio';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { currentLanguage } from '../../../kit/i18n';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { usePeople } from '../../../kit/organisation/use-people';
import { useGoalOptions } from '../api/get-link-options';
import { healths, projectKinds } from '../lib/enums';
import { fieldId, toInput, type ProjectFormValues } from '../lib/form-values';
import { validateProject } from '../lib/project.validation';
import { ProjectField } from './project-field';
import { ProjectRows } from './project-rows';

interface ProjectFormProps {
  initialValues: ProjectFormValues;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (input: ProjectInputDraft) => void;
  onCancel: () => void;
  onReloadLatest?: () => void;
  reloading?: boolean;
}

export function ProjectForm({ initialValues, submitLabel, submitting, error, onSubmit, onCancel, onReloadLatest, reloading }: ProjectFormProps) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const people = usePeople().data ?? [];
  const departments = useDepartments().data ?? [];
  const goals = useGoalOptions().data ?? [];
  const form = useForm<ProjectFormValues>({
    initialValues,
    validate: (values) => validateProject(values, currentLanguage()),
  });
  useServerFieldErrors(error, form.setErrors, () => setAttempt((n) => n + 1));
  const label = (path: string) => {
    const parts = path.split('.');
    const field = parts[parts.length - 1] ?? path;
    const name = t(`portfolio.fields.${field}`, { defaultValue: field });
    return parts.length > 1 ? `${t(`portfolio.form.${parts[0]}`)} ${t('portfolio.form.row', { position: Number(parts[1]) + 1 })}, ${name}` : name;
  };
  const personOptions = [{ value: '', label: t('portfolio.form.noneSelected') }, ...people.map((p) => ({ value: p.id, label: p.name }))];

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => onSubmit(toInput(values)),
        () => setAttempt((n) => n + 1),
      )}
    >
      <Stack gap="lg">
        <ErrorSummary errors={form.errors} attempt={attempt} label={label} fieldId={fieldId} />
        {isConflict(error) && onReloadLatest && <ConflictAlert onReload={onReloadLatest} reloading={reloading} />}
        {isOtherError(error) && <ErrorAlert error={error} />}
        <Fieldset legend={t('portfolio.form.basics')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ProjectField form={form} path="name" label="name" required />
            <ProjectField form={form} path="kind" label="kind" options={projectKinds.map((k) => ({ value: k, label: t(`portfolio.kinds.${k}`) }))} />
            <ProjectField form={form} path="ownerId" label="ownerId" options={personOptions} />
            <ProjectField form={form} path="sponsorId" label="sponsorId" options={personOptions} />
            <ProjectField form={form} path="startDate" label="startDate" type="date" />
            <ProjectField form={form} path="endDate" label="endDate" type="date" />
            <ProjectField form={form} path="health" label="health" options={healths.map((h) => ({ value: h, label: t(`portfolio.health.${h}`) }))} />
            <ProjectField form={form} path="healthReason" label="healthReason" />
          </SimpleGrid>
          <Stack mt="md" gap="md">
            <ProjectField form={form} path="purpose" label="purpose" type="textarea" />
            <Checkbox.Group id={fieldId('departmentIds')} label={t('portfolio.fields.departmentIds')} {...form.getInputProps('departmentIds')}>
              <Group mt={4} gap="md">
                {departments.map((d) => (
                  <Checkbox key={d.id} value={d.id} label={d.name} />
                ))}
              </Group>
            </Checkbox.Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('portfolio.form.costs')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <ProjectField form={form} path="yearlyRunningCost" label="yearlyRunningCost" type="number" />
            <ProjectField form={form} path="runningFromYear" label="runningFromYear" type="number" />
            <ProjectField form={form} path="horizonYears" label="horizonYears" type="number" />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('portfolio.fields.goalIds')}>
          <MultiSelect
            id={fieldId('goalIds')}
            label={t('portfolio.form.goalsLabel')}
            searchable
            data={goals.map((g) => ({ value: g.id, label: `${g.number ? `${g.number} ` : ''}${g.title} — ${g.documentTitle}` }))}
            {...form.getInputProps('goalIds')}
          />
        </Fieldset>
        <ProjectRows form={form} personOptions={personOptions} />
        <Group>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('portfolio.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
