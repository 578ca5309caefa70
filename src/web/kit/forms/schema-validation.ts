import type { FormErrors } from '@mantine/form';
import type { ZodType } from 'zod';
import type { Language } from '../../../shared/common';
import { fieldErrorFromIssue } from '../../../shared/field-errors';
import { message } from '../../../shared/messages';

/**
 * A form's validation by the shared schema the server checks the same body with: the form's
 * values are turned into the body it would send, parsed, and every issue becomes its field's
 * message in the words the server would have answered with, in the language given (the one shown:
 * `validate: (values) => validateX(values, currentLanguage())`). The paths are
 * the API's, which the forms use as their field paths, so an error lands where the server's would.
 * Checks the schema cannot know (a confirmation field, a rule against other records) stay in
 * `extra`, whose errors win on the same field.
 */
export function schemaValidation<Values, Body>(
  schema: ZodType<unknown, Body>,
  toBody: (values: Values) => Body,
  extra?: (values: Values, language: Language) => FormErrors,
): (values: Values, language: Language) => FormErrors {
  return (values, language) => {
    const errors: FormErrors = {};
    const parsed = schema.safeParse(toBody(values), { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        for (const error of fieldErrorFromIssue(issue)) errors[error.field] ??= message(language, error.key, error.params);
      }
    }
    for (const [field, error] of Object.entries(extra?.(values, language) ?? {})) if (error) errors[field] = error;
    return errors;
  };
}
