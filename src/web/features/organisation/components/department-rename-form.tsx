import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, DepartmentInput } from '../../../../shared/organisation';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { currentLanguage } from '../../../kit/i18n';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import {
  departmentFieldId,
  departmentFieldLabel,
  toDepartmentInput,
  type DepartmentFormValues,
} from '../lib/department-fields';
import { validateDepartment } from '../lib/department.validation';
import { DepartmentFields } from './department-fields';

interface DepartmentRenameFormProps {
  department: Department;
  onSubmit: (input: DepartmentInput) => void;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
  onReloadLatest: () => void;
  reloading: boolean;
}

/** The rename dialog's form; started again from the saved data whenever the row version changes. */
export function DepartmentRenameForm(props: DepartmentRenameFormProps) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<DepartmentFormValues>({
    initialValues: { name: props.department.name, code: props.department.code ?? '' },
    validate: (values) => validateDepartment(values, currentLanguage()),
  });
  useServerFieldErrors(props.error, form.setErrors, () => setAttempt((n) => n + 1));
  const conflict = isConflict(props.error);
  const submit = form.onSubmit(
    (values) => props.onSubmit(toDepartmentInput(values)),
    () => setAttempt((n) => n + 1),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {conflict && (
          <ConflictAlert
            onReload={props.onReloadLatest}
            reloading={props.reloading}
            message={isApiError(props.error) ? props.error.detail : undefined}
          />
        )}
        {attempt > 0 && (
          <ErrorSummary
            errors={form.errors}
            attempt={attempt}
            label={(path) => departmentFieldLabel(t, path)}
            fieldId={(path) => departmentFieldId('rename', path)}
          />
        )}
        {isOtherError(props.error) && <ErrorAlert error={props.error} />}
        <DepartmentFields form={form} which="rename" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={props.submitting} disabled={conflict}>
            {t('organisation.departments.renameSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
