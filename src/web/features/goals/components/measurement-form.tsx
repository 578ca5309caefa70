import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasurementInput } from '../../../../shared/goals';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { toMeasurementInput, type MeasurementValues } from '../lib/measurement-form-values';
import { validateMeasurement } from '../lib/measurement.validation';

interface MeasurementFormProps {
  /** Prefixes the inputs' ids: the page may hold a new-measurement form and a correction at once. */
  idPrefix: string;
  initialValues: MeasurementValues;
  onSubmit: (input: MeasurementInput) => void;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onCancel?: () => void;
  onReloadLatest?: () => void;
}

/** A period's value: the last day of the period, the value and a comment. The status is the server's. */
export function MeasurementForm(props: MeasurementFormProps) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const fieldId = (path: string) => `${props.idPrefix}-${path}`;
  const form = useForm<MeasurementValues>({
    initialValues: props.initialValues,
    validate: (values) => validateMeasurement(values, currentLanguage()),
  });
  useServerFieldErrors(props.error, form.setErrors, () => setAttempt((n) => n + 1));
  const conflict = isApiError(props.error) && props.error.status === 412;
  const submit = form.onSubmit(
    (values) => props.onSubmit(toMeasurementInput(values)),
    () => setAttempt((n) => n + 1),
  );
  const sv = currentLanguage() === 'sv';

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {conflict && props.onReloadLatest && <ConflictAlert onReload={props.onReloadLatest} message={t('goals.conflict')} />}
        {attempt > 0 && (
          <ErrorSummary errors={form.errors} attempt={attempt} label={(path) => t(`goals.fields.${path}`, { defaultValue: path })} fieldId={fieldId} />
        )}
        {isOtherError(props.error) && <ErrorAlert error={props.error} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            id={fieldId('periodEnd')}
            type="date"
            label={t('goals.fields.periodEnd')}
            description={t('goals.form.periodEndHint')}
            required
            {...form.getInputProps('periodEnd')}
          />
          <NumberInput
            id={fieldId('value')}
            label={t('goals.fields.value')}
            required
            decimalSeparator={sv ? ',' : '.'}
            hideControls
            {...form.getInputProps('value')}
          />
          <TextInput id={fieldId('comment')} label={t('goals.fields.comment')} maxLength={2000} {...form.getInputProps('comment')} />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" loading={props.submitting} disabled={conflict}>
            {props.submitLabel}
          </Button>
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
