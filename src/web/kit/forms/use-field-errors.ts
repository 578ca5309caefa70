import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { FormErrors } from '@mantine/form';
import { isApiError } from '../api-error';
import { useServerFieldErrors } from './use-server-field-errors';

/** The server's field paths as a form shows them: paths the form shows on one input are named as that input's. */
type FieldOf = (path: string) => string;

/**
 * The server's per-field messages (a 400 with `errors`, already in the person's language) for a
 * form kept in plain state: by field, to show beside each input, and focus on the first invalid
 * input in page order after each failed save. fieldId gives the DOM id of a field's input. A
 * message for a field the form does not show (a tampered request) is not lost: `alert` says the
 * error belongs in the form's one alert, as does an error that names no field.
 */
export function useFieldErrors(error: unknown, fieldId: (path: string) => string, fieldOf: FieldOf = (path) => path) {
  const [errors, setErrors] = useState<Record<string, ReactNode>>({});
  const [attempt, setAttempt] = useState(0);
  const [unplaced, setUnplaced] = useState(false);
  const rename = useRef(fieldOf);
  rename.current = fieldOf;
  // Stable, so the server's errors apply once per error, not once per render.
  const apply = useCallback((found: FormErrors) => setErrors(Object.fromEntries(Object.entries(found).map(([path, message]) => [rename.current(path), message]))), []);
  useServerFieldErrors(error, apply, () => setAttempt((n) => n + 1));
  useEffect(() => {
    if (attempt === 0) return;
    const ids = Object.keys(errors).map(fieldId);
    setUnplaced(ids.some((id) => document.getElementById(id) === null));
    focusFirst(ids);
    // Only a new failed save moves focus; typing after it must not.
  }, [attempt]);
  return {
    /** The message for a field, to pass as an input's `error`; undefined when it has none. */
    of: (field: string): ReactNode => errors[field],
    /** Whether this error is shown in the form's one alert: it names no field, or one the form does not show. */
    alert: (shown: unknown): boolean => namesNoField(shown) || (shown !== null && shown !== undefined && unplaced),
    /** Forget the messages of fields whose path starts with prefix (all of them without one), as the person changes them. */
    clear: (prefix?: string) => {
      if (prefix === undefined) setUnplaced(false);
      setErrors((current) => (prefix === undefined ? {} : Object.fromEntries(Object.entries(current).filter(([path]) => path !== prefix && !path.startsWith(`${prefix}.`)))));
    },
  };
}

/** Focuses the first, in page order, of the elements with these ids that is on the page. */
function focusFirst(ids: string[]): void {
  const elements = ids.map((id) => document.getElementById(id)).filter((e): e is HTMLElement => e !== null);
  elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  elements[0]?.focus();
}

/** An error that names no field (a conflict, a refusal, the network): shown as one alert above the form. */
function namesNoField(error: unknown): boolean {
  if (error === null || error === undefined) return false;
  return !isApiError(error) || error.errors.length === 0;
}
