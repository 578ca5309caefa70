import type { FieldError } from './field-errors.js';

/**
 * A person's body as the domain wants it beyond its schema, applied by the server's command and by
 * the web's form alike: a person with a login (a role) has an e-mail address to sign in with.
 */
export function personProblems(input: { email: string | null; roleKey: string | null }): FieldError[] {
  return input.roleKey && !input.email ? [{ field: 'email', key: 'required' }] : [];
}
