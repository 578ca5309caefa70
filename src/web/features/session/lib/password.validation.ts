import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/common';
import { passwordChangeInput } from '../../../../shared/organisation';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toPasswordChangeInput, type PasswordFormValues } from './password-form';

/**
 * The password form is checked by the schema the server checks its body with. The repeated new
 * password is never sent, so only the form can say that it differs from the new one.
 */
export function validatePasswordForm(values: PasswordFormValues, language: Language, t: TFunction): FormErrors {
  const repeated = (v: PasswordFormValues): FormErrors => ({
    repeatPassword: v.repeatPassword === v.newPassword ? null : t('session.password.mismatch'),
  });
  return schemaValidation(passwordChangeInput, toPasswordChangeInput, { extra: repeated })(values, language);
}
