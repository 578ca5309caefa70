import { Button, Group, Stack } from '@mantine/core';
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { normaliseErrors } from '../lib/normalise-errors';

/** What a create or edit page gives the form of a need or of an agreement. */
export interface SaveFormProps<Values, Input> {
  initialValues: Values;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (input: Input) => void;
  onCancel: () => void;
  onReloadLatest?: () => void;
  reloading?: boolean;
}

interface FormFrameProps<Values, Input> extends Omit<SaveFormProps<Values, Input>, 'initialValues'> {
  form: UseFormReturnType<Values>;
  toInput: (values: Values) => Input;
  /** A field's name in words, for the error summary. */
  fieldLabel: (field: string) => string;
  /** The DOM id of a field path, so the error summary can focus the field. */
  fieldId: (path: string) => string;
  /** The fields. */
  children: ReactNode;
}

/**
 * Around the fields of a need's or an agreement's form: the error summary, which takes focus after
 * a failed save, a conflict or other save error, and save and cancel below. The server's field
 * errors land on the fields; a refused capability (`capabilityIds.2`) on the one multi-select.
 */
export function FormFrame<Values, Input>(props: FormFrameProps<Values, Input>) {
  const { form, toInput, fieldLabel, fieldId, submitLabel, submitting, error, onSubmit, onCancel, onReloadLatest, reloading, children } = props;
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const setErrors = form.setErrors;
  const setServerErrors = useCallback((errors: FormErrors) => setErrors(normaliseErrors(errors)), [setErrors]);
  useServerFieldErrors(error, setServerErrors, () => setAttempt((n) => n + 1));

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => onSubmit(toInput(values)),
        () => setAttempt((n) => n + 1),
      )}
    >
      <Stack gap="md">
        <ErrorSummary errors={form.errors} attempt={attempt} label={(path) => fieldLabel(path.split('.')[0] ?? path)} fieldId={fieldId} />
        {isConflict(error) && onReloadLatest && <ConflictAlert onReload={onReloadLatest} reloading={reloading} />}
        {isOtherError(error) && <ErrorAlert error={error} />}
        {children}
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
