import type { FormErrors } from '@mantine/form';
import type { Language } from '../../../../shared/common';
import { message } from '../../../../shared/messages';
import { personInput } from '../../../../shared/organisation';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toPersonInput, type PersonFormValues } from './person-form-values';

interface PersonRules {
  /** The person already has a login, so no first password is sent (toPersonInput). */
  hadLogin: boolean;
  /** The chosen role works within a department (from the role list the form shows). */
  needsDepartment: boolean;
}

/**
 * A person form is checked by the schema the server checks its body with, and by the two login
 * rules the server's command checks (people-commands.ts) that need nothing the form lacks, in the
 * server's own words: a login needs an e-mail address (the schema takes a person without one),
 * and a role that works within a department needs one (the schema does not know the roles; the
 * form has them). What needs the server stays there: an e-mail address taken, a first password
 * missing for a new login (the e-mail may already have an account elsewhere).
 */
export function validatePerson(values: PersonFormValues, language: Language, rules: PersonRules): FormErrors {
  const loginRules = (v: PersonFormValues): FormErrors => ({
    email: v.roleKey && !v.email.trim() ? message(language, 'required') : null,
    departmentId: v.roleKey && rules.needsDepartment && !v.departmentId ? message(language, 'role_needs_department') : null,
  });
  return schemaValidation(personInput, (v: PersonFormValues) => toPersonInput(v, rules.hadLogin), loginRules)(values, language);
}
