import { Button, Group, Stack } from '@mantine/core';
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';

interface FormFrameProps<Values, Input> {
  form: UseFormReturnType<Values>;
  toInput: (values: Values) => Input;
  fieldLabel: (field: string) => string;
  fieldId: (path: string) => string;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (input: Input) => void;
  onCancel: () => void;
  onReloadLatest?: () => void;
  reloading?: boolean;
  children: ReactNode;
}

/** Around the e-service form's fields: the error summary (focused after a failed save), a conflict or other error, save and cancel. */
export function FormFrame<Values, Input>(props: FormFrameProps<Values, Input>) {
  const { form, toInput, fieldLabel, fieldId, submitLabel, submitting, error, onSubmit, onCancel, onReloadLatest, reloading, children } = props;
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const setErrors = form.setErrors;
  const setServerErrors = useCallback(
    (errors: FormErrors) => setErrors(Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^applicationIds\.\d+$/, 'applicationIds'), message]))),
    [setErrors],
  );
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
        <ErrorSummary errors={form.errors} attempt={attempt} label={(path) => fieldLabel(path)} fieldId={fieldId} />
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
