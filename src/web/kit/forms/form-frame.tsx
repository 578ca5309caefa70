import { Button, Group, Stack } from '@mantine/core';
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../conflict-alert';
import { ErrorAlert } from '../error-alert';
import { ErrorSummary } from './error-summary';
import { errorsOnLists } from './errors-on-lists';
import { isConflict, isOtherError, useServerFieldErrors } from './use-server-field-errors';

/** What a create or edit page gives a register's form. */
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
  /** A field's name in words, for the error summary (given the field's whole path). */
  fieldLabel: (path: string) => string;
  /** The DOM id of a field path, so the error summary can focus the field. */
  fieldId: (path: string) => string;
  /** The fields that are lists shown as one input: their items' errors land on them. */
  listFields?: readonly string[];
  /** The fields. */
  children: ReactNode;
}

/**
 * Around a register form's fields: the error summary, which takes focus after a failed save, a
 * conflict or other save error, and save and cancel below. The server's field errors land on the
 * fields, a list item's on its list.
 */
export function FormFrame<Values, Input>(props: FormFrameProps<Values, Input>) {
  const { form, toInput, fieldLabel, fieldId, listFields = [], submitLabel, submitting, error, onSubmit, onCancel, onReloadLatest, reloading, children } = props;
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const setErrors = form.setErrors;
  const lists = listFields.join(',');
  const setServerErrors = useCallback((errors: FormErrors) => setErrors(errorsOnLists(errors, lists ? lists.split(',') : [])), [setErrors, lists]);
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
        <ErrorSummary errors={form.errors} attempt={attempt} label={fieldLabel} fieldId={fieldId} />
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
