import type { UseFormReturnType } from '@mantine/form';
import type { Person, PersonInput } from '../../../../shared/organisation';

/** The shortest first password the server takes (personInput.initialPassword). */
export const MIN_PASSWORD_LENGTH = 12;

/** What the person form edits: '' is "not chosen" here and null in the API. */
export interface PersonFormValues {
  name: string;
  email: string;
  title: string;
  departmentId: string;
  /** '' is "no login": the person can own records but not sign in. */
  roleKey: string;
  initialPassword: string;
}

export type PersonForm = UseFormReturnType<PersonFormValues>;

export function emptyPersonValues(): PersonFormValues {
  return { name: '', email: '', title: '', departmentId: '', roleKey: '', initialPassword: '' };
}

export function fromPerson(person: Person): PersonFormValues {
  return {
    name: person.name,
    email: person.email ?? '',
    title: person.title ?? '',
    departmentId: person.departmentId ?? '',
    roleKey: person.login?.roleKey ?? '',
    initialPassword: '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The API's input. A first password goes only with a new login (`hadLogin` false); the server
 * ignores it for an existing account, so it is never sent where it would mean nothing.
 */
export function toPersonInput(values: PersonFormValues, hadLogin: boolean): PersonInput {
  const roleKey = values.roleKey || null;
  const input: PersonInput = {
    name: values.name.trim(),
    email: orNull(values.email),
    title: orNull(values.title),
    departmentId: values.departmentId || null,
    roleKey,
  };
  if (roleKey && !hadLogin && values.initialPassword) input.initialPassword = values.initialPassword;
  return input;
}
