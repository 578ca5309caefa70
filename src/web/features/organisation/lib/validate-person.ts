import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { PersonFormValues } from './person-form-values';

export const MIN_PASSWORD_LENGTH = 12;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface PersonRules {
  /** The chosen role works within a department. */
  needsDepartment: boolean;
  /** The person gets a login now (had none), so a first password is asked for. */
  newLogin: boolean;
}

/**
 * The checks worth making before a round trip. The server checks everything again (a first
 * password is not needed when the e-mail already has an account in another municipality), and
 * its messages land on the same fields.
 */
export function validatePerson(t: TFunction, values: PersonFormValues, rules: PersonRules): FormErrors {
  const errors: FormErrors = {};
  if (!values.name.trim()) errors.name = t('organisation.people.form.required');
  const email = values.email.trim();
  if (email && !EMAIL.test(email)) errors.email = t('organisation.people.form.emailInvalid');
  if (values.roleKey && !email) errors.email = t('organisation.people.form.emailNeededForLogin');
  if (values.roleKey && rules.needsDepartment && !values.departmentId) {
    errors.departmentId = t('organisation.people.form.departmentNeeded');
  }
  if (values.roleKey && rules.newLogin && values.initialPassword && values.initialPassword.length < MIN_PASSWORD_LENGTH) {
    errors.initialPassword = t('organisation.people.form.passwordTooShort', { count: MIN_PASSWORD_LENGTH });
  }
  return errors;
}
