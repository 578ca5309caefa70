import type { FormErrors } from '@mantine/form';
import { acquisitionInput } from '../../../../shared/acquisitions';
import type { Language } from '../../../../shared/common';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toInput, type AcquisitionFormValues } from './form-values';
import { errorsOnLists } from '../../../kit/forms/errors-on-lists';

const bySchema = schemaValidation(acquisitionInput, toInput);

/**
 * A need's form is checked by the schema the server checks its body with. Like the server's, an
 * error on one capability (`capabilityIds.2`) is shown on the one multi-select.
 */
export const validateAcquisition = (values: AcquisitionFormValues, language: Language): FormErrors => errorsOnLists(bySchema(values, language), ['capabilityIds']);
