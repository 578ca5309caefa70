import { Alert, Fieldset, NativeSelect, PasswordInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/get-roles';
import { MIN_PASSWORD_LENGTH, type PersonForm } from '../lib/person-form-values';
import { personFieldId } from '../lib/person-fields';

interface PersonLoginFieldsProps {
  form: PersonForm;
  roles: Role[];
  /** The person had a login when the form opened. */
  hadLogin: boolean;
}

/** The login role, or none; a first password when a login is given now. */
export function PersonLoginFields({ form, roles, hadLogin }: PersonLoginFieldsProps) {
  const { t } = useTranslation();
  const role = roles.find((r) => r.key === form.values.roleKey);
  const newLogin = Boolean(form.values.roleKey) && !hadLogin;
  const removingLogin = hadLogin && !form.values.roleKey;
  return (
    <Fieldset legend={t('organisation.people.form.loginSection')}>
      <Stack gap="sm">
        <Text size="sm">{t('organisation.people.form.loginIntro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            id={personFieldId('roleKey')}
            label={t('organisation.people.fields.roleKey')}
            description={role?.needsDepartment ? t('organisation.people.form.roleNeedsDepartment') : undefined}
            data={[
              { value: '', label: t('organisation.people.noLogin') },
              ...roles.map((r) => ({ value: r.key, label: r.name })),
            ]}
            {...form.getInputProps('roleKey')}
          />
          {newLogin && (
            <PasswordInput
              id={personFieldId('initialPassword')}
              label={t('organisation.people.fields.initialPassword')}
              description={t('organisation.people.form.initialPasswordHint', { count: MIN_PASSWORD_LENGTH })}
              autoComplete="new-password"
              maxLength={200}
              visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
              {...form.getInputProps('initialPassword')}
              // Mantine's PasswordInput marks its inner input invalid only by data attribute.
              aria-invalid={Boolean(form.errors.initialPassword)}
            />
          )}
        </SimpleGrid>
        {removingLogin && (
          <Alert color="#8a4b00" variant="outline">
            {t('organisation.people.form.loginRemoved')}
          </Alert>
        )}
      </Stack>
    </Fieldset>
  );
}
