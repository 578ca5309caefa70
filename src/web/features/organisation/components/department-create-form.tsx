import { Button, Paper, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { currentLanguage } from '../../../kit/i18n';
import { isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { notifySuccess } from '../../../kit/notify';
import { useCreateDepartment } from '../api/create-department';
import {
  departmentFieldId,
  departmentFieldLabel,
  toDepartmentInput,
  type DepartmentFormValues,
} from '../lib/department-fields';
import { validateDepartment } from '../lib/department.validation';
import { DepartmentFields } from './department-fields';

/** Adds a department below the list; the form empties after each one, ready for the next. */
export function DepartmentCreateForm() {
  const { t } = useTranslation();
  const create = useCreateDepartment();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<DepartmentFormValues>({
    initialValues: { name: '', code: '' },
    validate: (values) => validateDepartment(values, currentLanguage()),
  });
  useServerFieldErrors(create.error, form.setErrors, () => setAttempt((n) => n + 1));

  const submit = form.onSubmit(
    (values) =>
      create.mutate(toDepartmentInput(values), {
        onSuccess: (created) => {
          notifySuccess(t('organisation.departments.createDone', { name: created.name }));
          form.reset();
          setAttempt(0);
        },
      }),
    () => setAttempt((n) => n + 1),
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="department-create-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="department-create-heading">
            {t('organisation.departments.createTitle')}
          </Title>
          {attempt > 0 && (
            <ErrorSummary
              errors={form.errors}
              attempt={attempt}
              label={(path) => departmentFieldLabel(t, path)}
              fieldId={(path) => departmentFieldId('create', path)}
            />
          )}
          {isOtherError(create.error) && <ErrorAlert error={create.error} />}
          <DepartmentFields form={form} which="create" />
          <div>
            <Button type="submit" loading={create.isPending}>
              {t('organisation.departments.createSubmit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
