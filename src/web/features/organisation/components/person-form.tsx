import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonInput } from '../../../../shared/organisation';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { currentLanguage } from '../../../kit/i18n';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { PageLoader } from '../../../kit/page-loader';
import { useRoles } from '../api/get-roles';
import { toPersonInput, type PersonFormValues } from '../lib/person-form-values';
import { personFieldId, personFieldLabel } from '../lib/person-fields';
import { validatePerson } from '../lib/person.validation';
import { PersonLoginFields } from './person-login-fields';

interface PersonFormProps {
  initialValues: PersonFormValues;
  /** The person already has a login: no first password is asked for. */
  hadLogin: boolean;
  onSubmit: (input: PersonInput) => void;
  onCancel: () => void;
  submitLabel: string;
  submitting: boolean;
  /** The last save's error: field errors go to their fields, a 412 offers a reload. */
  error: unknown;
  onReloadLatest?: () => void;
  reloading?: boolean;
}

/** Add or change a person: who they are, where they work, and whether and as what they log in. */
export function PersonForm(props: PersonFormProps) {
  const { t } = useTranslation();
  const rolesQuery = useRoles();
  const departmentsQuery = useDepartments();
  const roles = rolesQuery.data ?? [];
  const departments = departmentsQuery.data ?? [];
  const [attempt, setAttempt] = useState(0);
  const form = useForm<PersonFormValues>({
    initialValues: props.initialValues,
    validate: (values) =>
      validatePerson(values, currentLanguage(), {
        hadLogin: props.hadLogin,
        needsDepartment: roles.find((r) => r.key === values.roleKey)?.needsDepartment ?? false,
      }),
  });
  useServerFieldErrors(props.error, form.setErrors, () => setAttempt((n) => n + 1));
  const conflict = isConflict(props.error);

  const submit = form.onSubmit(
    (values) => props.onSubmit(toPersonInput(values, props.hadLogin)),
    () => setAttempt((n) => n + 1),
  );

  // The selects must hold their real options before a saved role or department is shown in them.
  if (rolesQuery.isPending || departmentsQuery.isPending) return <PageLoader />;
  if (rolesQuery.isError) return <ErrorAlert error={rolesQuery.error} />;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {conflict && props.onReloadLatest && (
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
            label={(path) => personFieldLabel(t, path)}
            fieldId={personFieldId}
          />
        )}
        {isOtherError(props.error) && <ErrorAlert error={props.error} />}
        <Fieldset legend={t('organisation.people.form.personSection')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              id={personFieldId('name')}
              label={t('organisation.people.fields.name')}
              required
              maxLength={200}
              autoComplete="off"
              {...form.getInputProps('name')}
            />
            <TextInput
              id={personFieldId('email')}
              label={t('organisation.people.fields.email')}
              description={t('organisation.people.form.emailHint')}
              type="email"
              maxLength={254}
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <TextInput
              id={personFieldId('title')}
              label={t('organisation.people.fields.title')}
              maxLength={200}
              {...form.getInputProps('title')}
            />
            <NativeSelect
              id={personFieldId('departmentId')}
              label={t('organisation.people.fields.departmentId')}
              data={[
                { value: '', label: t('organisation.people.noDepartment') },
                ...departments.map((d) => ({ value: d.id, label: d.name })),
              ]}
              {...form.getInputProps('departmentId')}
            />
          </SimpleGrid>
        </Fieldset>
        <PersonLoginFields form={form} roles={roles} hadLogin={props.hadLogin} />
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
