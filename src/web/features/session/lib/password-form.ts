import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';

export const MIN_PASSWORD_LENGTH = 12;

export interface PasswordFormValues {
  currentPassword: string;
  newPassword: string;
  /** Typed twice so a slip of the finger does not lock the person out; never sent. */
  repeatPassword: string;
}

export const passwordFieldId = (path: string) => `password-${path}`;

export const passwordFieldLabel = (t: TFunction, path: string) =>
  t(`session.password.fields.${path}`, { defaultValue: path });

export function validatePasswordForm(t: TFunction, values: PasswordFormValues): FormErrors {
  const errors: FormErrors = {};
  if (!values.currentPassword) errors.currentPassword = t('session.password.currentRequired');
  if (values.newPassword.length < MIN_PASSWORD_LENGTH) {
    errors.newPassword = t('session.password.tooShort', { count: MIN_PASSWORD_LENGTH });
  }
  if (values.repeatPassword !== values.newPassword) errors.repeatPassword = t('session.password.mismatch');
  return errors;
}
