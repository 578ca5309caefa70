import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementInputDraft } from '../../../../shared/acquisitions';
import { ConflictAlert } from '../../../app/conflict-alert';
import { ErrorAlert } from '../../../app/error-alert';
import { ErrorSummary } from '../../../app/forms/error-summary';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../app/forms/use-server-field-errors';
import { agreementFieldId, toAgreementInput, type AgreementFormValues } from '../lib/agreement-form-values';
import { agreementKinds } from '../lib/enums';
import { normaliseErrors } from '../lib/normalise-errors';
import { CapabilityMultiSelect } from './capability-multi-select';

interface AgreementFormProps {
  initialValues: AgreementFormValues;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (input: AgreementInputDraft) => void;
  onCancel: () => void;
  onReloadLatest?: () => void;
  reloading?: boolean;
}

/** An agreement: who with, what it covers (as capabilities), and when it runs and can be ended. */
export function AgreementForm({ initialValues, submitLabel, submitting, error, onSubmit, onCancel, onReloadLatest, reloading }: AgreementFormProps) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const f = (key: string) => t(`agreements.fields.${key}`);
  const form = useForm<AgreementFormValues>({
    initialValues,
    validate: {
      name: (value) => (value.trim() ? null : t('acquisitions.form.required', { field: f('name') })),
      noticeMonths: (value) => (value.trim() === '' || /^\d{1,3}$/.test(value.trim()) ? null : t('agreements.form.wholeMonths')),
      endDate: (value, values) => (value && values.startDate && value < values.startDate ? t('agreements.form.endBeforeStart') : null),
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
        (values) => onSubmit(toAgreementInput(values)),
        () => setAttempt((n) => n + 1),
      )}
    >
      <Stack gap="md">
        <ErrorSummary errors={form.errors} attempt={attempt} label={(path) => f(path.split('.')[0] ?? path)} fieldId={agreementFieldId} />
        {isConflict(error) && onReloadLatest && <ConflictAlert onReload={onReloadLatest} reloading={reloading} />}
        {isOtherError(error) && <ErrorAlert error={error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput id={agreementFieldId('name')} label={f('name')} required maxLength={200} {...form.getInputProps('name')} />
          <NativeSelect
            id={agreementFieldId('kind')}
            label={f('kind')}
            data={agreementKinds.map((k) => ({ value: k, label: t(`agreements.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput id={agreementFieldId('supplier')} label={f('supplier')} description={t('agreements.form.supplierHint')} {...form.getInputProps('supplier')} />
          <TextInput id={agreementFieldId('reference')} label={f('reference')} description={t('agreements.form.referenceHint')} {...form.getInputProps('reference')} />
        </SimpleGrid>
        <Textarea id={agreementFieldId('description')} label={f('description')} autosize minRows={3} {...form.getInputProps('description')} />
        <CapabilityMultiSelect
          id={agreementFieldId('capabilityIds')}
          label={f('capabilityIds')}
          description={t('agreements.form.capabilityHint')}
          value={capabilities.value as string[]}
          onChange={capabilities.onChange as (value: string[]) => void}
          error={capabilities.error as React.ReactNode}
          onFocus={capabilities.onFocus as () => void}
          onBlur={capabilities.onBlur as () => void}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput id={agreementFieldId('startDate')} label={f('startDate')} type="date" {...form.getInputProps('startDate')} />
          <TextInput id={agreementFieldId('endDate')} label={f('endDate')} type="date" {...form.getInputProps('endDate')} />
          <TextInput id={agreementFieldId('noticeMonths')} label={f('noticeMonths')} inputMode="numeric" {...form.getInputProps('noticeMonths')} />
        </SimpleGrid>
        <TextInput
          id={agreementFieldId('extensionOptions')}
          label={f('extensionOptions')}
          description={t('agreements.form.extensionHint')}
          {...form.getInputProps('extensionOptions')}
        />
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
