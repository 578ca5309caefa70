import { Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { currentLanguage } from '../../../kit/i18n';
import { isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { notifySuccess } from '../../../kit/notify';
import { useChangePassword } from '../api/change-password';
import {
  MIN_PASSWORD_LENGTH,
  passwordFieldId,
  passwordFieldLabel,
  toPasswordChangeInput,
  type PasswordFormValues,
} from '../lib/password-form';
import { validatePasswordForm } from '../lib/password.validation';

/** "Byt lösenord": the current password, then the new one twice. */
export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<PasswordFormValues>({
    initialValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
    validate: (values) => validatePasswordForm(values, currentLanguage(), t),
  });
  useServerFieldErrors(change.error, form.setErrors, () => setAttempt((n) => n + 1));

  const submit = form.onSubmit(
    (values) =>
      change.mutate(toPasswordChangeInput(values), {
        onSuccess: () => {
          form.reset();
          setAttempt(0);
          notifySuccess(t('session.password.done'));
        },
      }),
    () => setAttempt((n) => n + 1),
  );
  const toggle = { 'aria-label': t('common.showPassword') };
  // Mantine's PasswordInput marks its inner input invalid only by a data attribute: said in ARIA below.

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="password-heading" maw={560}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="password-heading">
            {t('session.password.title')}
          </Title>
          <Text size="sm">{t('session.password.intro')}</Text>
          {attempt > 0 && (
            <ErrorSummary
              errors={form.errors}
              attempt={attempt}
              label={(path) => passwordFieldLabel(t, path)}
              fieldId={passwordFieldId}
            />
          )}
          {isOtherError(change.error) && <ErrorAlert error={change.error} />}
          <PasswordInput
            id={passwordFieldId('currentPassword')}
            label={t('session.password.fields.currentPassword')}
            autoComplete="current-password"
            required
            maxLength={1000}
            visibilityToggleButtonProps={toggle}
            {...form.getInputProps('currentPassword')}
            aria-invalid={Boolean(form.errors.currentPassword)}
          />
          <PasswordInput
            id={passwordFieldId('newPassword')}
            label={t('session.password.fields.newPassword')}
            description={t('session.password.newHint', { count: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            maxLength={200}
            visibilityToggleButtonProps={toggle}
            {...form.getInputProps('newPassword')}
            aria-invalid={Boolean(form.errors.newPassword)}
          />
          <PasswordInput
            id={passwordFieldId('repeatPassword')}
            label={t('session.password.fields.repeatPassword')}
            autoComplete="new-password"
            required
            maxLength={200}
            visibilityToggleButtonProps={toggle}
            {...form.getInputProps('repeatPassword')}
            aria-invalid={Boolean(form.errors.repeatPassword)}
          />
          <div>
            <Button type="submit" loading={change.isPending}>
              {t('session.password.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
