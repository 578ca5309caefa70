import type { FormErrors } from '@mantine/form';
import type { Language } from '../../../../shared/common';
import { message } from '../../../../shared/messages';
import { personInput } from '../../../../shared/organisation';
import { personProblems } from '../../../../shared/organisation-rules';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toPersonInput, type PersonFormValues } from './person-form-values';

interface PersonRules {
  /** The person already has a login, so no first password is sent (toPersonInput). */
  hadLogin: boolean;
  /** The chosen role works within a department (from the role list the form shows). */
  needsDepartment: boolean;
}

/**
 * A person form is checked by the schema the server checks its body with, then by the domain's
 * rule on it that the server's command applies (a login needs an e-mail address,
 * shared/organisation-rules.ts), and by the one login rule that needs the roles, which the form
 * has loaded: a role that works within a department needs one, in the server's words. What needs the server stays there: an e-mail address taken, a first password
 * missing for a new login (the e-mail may already have an account elsewhere).
 */
export function validatePerson(values: PersonFormValues, language: Language, rules: PersonRules): FormErrors {
  const departmentRule = (v: PersonFormValues): FormErrors => ({
    departmentId: v.roleKey && rules.needsDepartment && !v.departmentId ? message(language, 'role_needs_department') : null,
  });
  return schemaValidation(personInput, (v: PersonFormValues) => toPersonInput(v, rules.hadLogin), { rules: personProblems, extra: departmentRule })(values, language);
}
