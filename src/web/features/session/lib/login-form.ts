import type { LoginInput } from '../api/login';

/** The body the login form sends: the e-mail address as typed, without surrounding spaces. */
export function toLoginInput(values: LoginInput): LoginInput {
  return { email: values.email.trim(), password: values.password };
}
