import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AcquisitionInputDraft } from '../../../../shared/acquisitions';
import { ConflictAlert } from '../../../app/conflict-alert';
import { ErrorAlert } from '../../../app/error-alert';
import { ErrorSummary } from '../../../app/forms/error-summary';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../app/forms/use-server-field-errors';
import { useDepartments } from '../../../app/organisation/use-departments';
import { fieldId, isWholeKronor, toInput, type AcquisitionFormValues } from '../lib/form-values';
import { normaliseErrors } from '../lib/normalise-errors';
import { CapabilityMultiSelect } from './capability-multi-select';

interface AcquisitionFormProps {
  initialValues: AcquisitionFormValues;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (input: AcquisitionInputDraft) => void;
  onCancel: () => void;
  onReloadLatest?: () => void;
  reloading?: boolean;
}

/** The need as a department reports it: what, why, which capabilities, who, how much and by when. */
export function AcquisitionForm({ initialValues, submitLabel, submitting, error, onSubmit, onCancel, onReloadLatest, reloading }: AcquisitionFormProps) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const departments = useDepartments().data ?? [];
  const f = (key: string) => t(`acquisitions.fields.${key}`);
  const required = (key: string) => (value: unknown) =>
    (Array.isArray(value) ? value.length > 0 : String(value).trim() !== '') ? null : t('acquisitions.form.required', { field: f(key) });
  const form = useForm<AcquisitionFormValues>({
    initialValues,
    validate: {
      title: required('title'),
      needText: required('needText'),
      capabilityIds: required('capabilityIds'),
      departmentId: required('departmentId'),
      estimatedValue: (value) =>
        value.trim() === '' ? t('acquisitions.form.required', { field: f('estimatedValue') }) : isWholeKronor(value) ? null : t('acquisitions.form.wholeKronor'),
    },
  });
  const setErrors = form.setErrors;
  // A refused capability comes back as `capabilityIds.2`: it is shown on the one multi-select.
  const setServerErrors = useCallback((errors: FormErrors) => setErrors(normaliseErrors(errors)), [setErrors]);
  useServerFieldErrors(error, setServerErrors, () => setAttempt((n) => n + 1));
  const capabilities = form.getInputProps('capabilityIds');

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => onSubmit(toInput(values)),
        () => setAttempt((n) => n + 1),
      )}
    >
      <Stack gap="md">
        <ErrorSummary errors={form.errors} attempt={attempt} label={(path) => f(path.split('.')[0] ?? path)} fieldId={fieldId} />
        {isConflict(error) && onReloadLatest && <ConflictAlert onReload={onReloadLatest} reloading={reloading} />}
        {isOtherError(error) && <ErrorAlert error={error} />}
        <TextInput id={fieldId('title')} label={f('title')} required maxLength={200} {...form.getInputProps('title')} />
        <Textarea
          id={fieldId('needText')}
          label={f('needText')}
          description={t('acquisitions.form.needTextHint')}
          required
          autosize
          minRows={4}
          {...form.getInputProps('needText')}
        />
        <CapabilityMultiSelect
          id={fieldId('capabilityIds')}
          label={f('capabilityIds')}
          description={t('acquisitions.form.capabilityHint')}
          required
          value={capabilities.value as string[]}
          onChange={capabilities.onChange as (value: string[]) => void}
          error={capabilities.error as React.ReactNode}
          onFocus={capabilities.onFocus as () => void}
          onBlur={capabilities.onBlur as () => void}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            id={fieldId('departmentId')}
            label={f('departmentId')}
            required
            data={[{ value: '', label: t('acquisitions.form.choose') }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
            {...form.getInputProps('departmentId')}
          />
          <TextInput
            id={fieldId('estimatedValue')}
            label={f('estimatedValue')}
            description={t('acquisitions.form.valueHint')}
            // The hint below the field keeps the three inputs of the row in line.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
            inputMode="numeric"
            {...form.getInputProps('estimatedValue')}
          />
          <TextInput id={fieldId('neededBy')} label={f('neededBy')} type="date" {...form.getInputProps('neededBy')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
