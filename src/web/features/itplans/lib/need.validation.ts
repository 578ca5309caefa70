import type { FormErrors } from '@mantine/form';
import type { Language } from '../../../../shared/common';
import { needInput } from '../../../../shared/itplans';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { type NeedFormValues, toNeedInput } from './form-values';

const bySchema = schemaValidation(needInput, (values: NeedFormValues) => toNeedInput(values));
const LISTS = /^(goalIds|capabilityIds|applicationIds)\.\d+$/;

/** The form is checked by the schema the server checks its body with; an error on one goal lands on the goals' picker. */
export function validateNeed(values: NeedFormValues, language: Language): FormErrors {
  const result: FormErrors = {};
  for (const [path, message] of Object.entries(bySchema(values, language))) {
    const field = path.replace(LISTS, '$1');
    if (!(field in result)) result[field] = message;
  }
  return result;
}
