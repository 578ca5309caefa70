import type { TFunction } from 'i18next';
import type { ChangePasswordInput } from '../api/change-password';

/** The shortest new password the server takes (passwordChangeInput.newPassword). */
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

/** The body the form sends: the repeated password stays in the browser. */
export function toPasswordChangeInput(values: PasswordFormValues): ChangePasswordInput {
  return { currentPassword: values.currentPassword, newPassword: values.newPassword };
}
