import type { ZodType } from 'zod';
import { fieldErrorFromIssue } from '../../../shared/field-errors.js';
import { validationFailed } from '../../platform/errors.js';

/**
 * A module's current input with one field set back, checked with the module's own input schema
 * (so a value the schema refuses today answers 400 naming the field). Only fields of the module's
 * form can be set back: `fields` names them (a nested list such as a document's items is not one).
 */
export function inputWithField<T>(schema: ZodType<T>, current: Record<string, unknown>, fields: readonly string[], field: string, value: unknown): T {
  if (!fields.includes(field)) throw validationFailed([{ field, key: 'not_settable' }]);
  const result = schema.safeParse({ ...current, [field]: value }, { reportInput: true });
  if (!result.success) throw validationFailed(result.error.issues.flatMap((issue) => fieldErrorFromIssue(issue)));
  return result.data;
}
