import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationInput } from '../../../../shared/applications';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { currentLanguage } from '../../../kit/i18n';
import { validateApplication } from '../lib/application.validation';
import { fieldId, fieldLabel } from '../lib/field-label';
import { toApplicationInput, type ApplicationFormValues } from '../lib/form-values';
import { FormBasicsSection } from './form-basics-section';
import { FormContractSection } from './form-contract-section';
import { FormDisruptionTestsSection } from './form-disruption-tests-section';
import { FormIntegrationsSection } from './form-integrations-section';
import { FormResponsibilitySection } from './form-responsibility-section';
import { FormSecuritySection } from './form-security-section';

interface ApplicationFormProps {
  initialValues: ApplicationFormValues;
  onSubmit: (input: ApplicationInput) => void;
  onCancel: () => void;
  submitLabel: string;
  submitting: boolean;
  /** The last save's error: field errors go to their fields, a 412 offers a reload. */
  error: unknown;
  onReloadLatest?: () => void;
  reloading?: boolean;
  currentId?: string;
}

/** The create and edit form: every field of ApplicationInput. */
export function ApplicationForm(props: ApplicationFormProps) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<ApplicationFormValues>({
    initialValues: props.initialValues,
    validate: (values) => validateApplication(values, currentLanguage()),
  });
  const { setErrors } = form;

  const { error } = props;
  const conflict = isApiError(error) && error.status === 412;
  const validation = isApiError(error) && error.errors.length > 0;
  useEffect(() => {
    if (isApiError(error) && error.errors.length > 0) {
      setErrors(Object.fromEntries(error.errors.map((e) => [e.field, e.message])));
      setAttempt((n) => n + 1);
    }
  }, [error, setErrors]);

  const submit = form.onSubmit(
    (values) => props.onSubmit(toApplicationInput(values)),
    () => setAttempt((n) => n + 1),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {conflict && props.onReloadLatest && (
          <ConflictAlert onReload={props.onReloadLatest} reloading={props.reloading} />
        )}
        {attempt > 0 && (
          <ErrorSummary errors={form.errors} attempt={attempt} label={(path) => fieldLabel(t, path)} fieldId={fieldId} />
        )}
        {isApiError(error) && !conflict && !validation && <ErrorAlert error={error} />}
        {!isApiError(error) && error !== null && error !== undefined && <ErrorAlert error={error} />}
        <FormBasicsSection form={form} />
        <FormResponsibilitySection form={form} />
        <FormSecuritySection form={form} />
        <FormContractSection form={form} />
        <FormIntegrationsSection form={form} currentId={props.currentId} />
        <FormDisruptionTestsSection form={form} />
        <Group gap="sm">
          <Button type="submit" loading={props.submitting} disabled={conflict}>
            {props.submitLabel}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
