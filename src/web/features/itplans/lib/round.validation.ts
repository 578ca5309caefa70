import type { FormErrors } from '@mantine/form';
import type { Language } from '../../../../shared/common';
import { roundInput } from '../../../../shared/itplans';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { roundFormPath, type RoundFormValues, toRoundInput } from './form-values';

const bySchema = schemaValidation(roundInput, toRoundInput);

/** The form is checked by the schema the server checks its body with; a frame's error lands on its year's field. */
export function validateRound(values: RoundFormValues, language: Language): FormErrors {
  const result: FormErrors = {};
  for (const [path, message] of Object.entries(bySchema(values, language))) {
    const field = roundFormPath(path, values);
    if (!(field in result)) result[field] = message;
  }
  return result;
}
