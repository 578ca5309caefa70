import type { FormErrors } from '@mantine/form';
import type { Language } from '../../../../shared/common';
import { eserviceInput } from '../../../../shared/eservices';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { type EserviceFormValues, toEserviceInput } from './form-values';

const bySchema = schemaValidation(eserviceInput, toEserviceInput);

/** The form is checked by the schema the server checks its body with; an error on one system (`applicationIds.2`) lands on the one picker. */
export function validateEservice(values: EserviceFormValues, language: Language): FormErrors {
  const result: FormErrors = {};
  for (const [path, message] of Object.entries(bySchema(values, language))) {
    const field = path.replace(/^applicationIds\.\d+$/, 'applicationIds');
    if (!(field in result)) result[field] = message;
  }
  return result;
}
