import type { FormErrors } from '@mantine/form';
import type { ZodType } from 'zod';
import type { Language } from '../../../shared/common';
import { type FieldError, fieldErrorFromIssue } from '../../../shared/field-errors';
import { message } from '../../../shared/messages';

interface Checks<Values, Output> {
  /**
   * The domain's rules on the body that the server's command applies after the schema (from
   * src/shared, the same function): run on the parsed body once the schema passes, as there.
   */
  rules?: (body: Output) => FieldError[];
  /** What only the form can check (a confirmation field never sent); its errors win on their field. */
  extra?: (values: Values, language: Language) => FormErrors;
}

/**
 * A form's validation by the shared schema the server checks the same body with: the form's
 * values are turned into the body it would send, parsed, and every issue becomes its field's
 * message in the words the server would have answered with, in the language given (the one shown:
 * `validate: (values) => validateX(values, currentLanguage())`). The paths are the API's, which
 * the forms use as their field paths, so an error lands where the server's would.
 */
export function schemaValidation<Values, Output, Body>(
  schema: ZodType<Output, Body>,
  toBody: (values: Values) => Body,
  checks: Checks<Values, Output> = {},
): (values: Values, language: Language) => FormErrors {
  return (values, language) => {
    const errors: FormErrors = {};
    const add = (error: FieldError) => {
      errors[error.field] ??= message(language, error.key, error.params);
    };
    const parsed = schema.safeParse(toBody(values), { reportInput: true });
    if (!parsed.success) for (const issue of parsed.error.issues) fieldErrorFromIssue(issue).forEach(add);
    else checks.rules?.(parsed.data).forEach(add);
    for (const [field, error] of Object.entries(checks.extra?.(values, language) ?? {})) if (error) errors[field] = error;
    return errors;
  };
}
