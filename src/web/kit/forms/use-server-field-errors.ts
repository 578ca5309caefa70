import type { FormErrors } from '@mantine/form';
import { useEffect } from 'react';
import { isApiError } from '../api-error';

/**
 * Puts the server's per-field messages (a 400 with `errors`) on the form's fields, by the same
 * paths the API names them, and tells the caller so the error summary can take focus.
 */
export function useServerFieldErrors(error: unknown, setErrors: (errors: FormErrors) => void, onApplied: () => void): void {
  useEffect(() => {
    if (isApiError(error) && error.errors.length > 0) {
      setErrors(Object.fromEntries(error.errors.map((e) => [e.field, e.message])));
      onApplied();
    }
    // onApplied is a fresh closure each render; only a new error should apply again.
  }, [error, setErrors]);
}

/** A save error that is neither a conflict (412) nor field errors: shown as one alert. */
export function isOtherError(error: unknown): boolean {
  if (error === null || error === undefined) return false;
  if (!isApiError(error)) return true;
  return error.status !== 412 && error.errors.length === 0;
}

export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 412;
}
