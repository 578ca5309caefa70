import { applicationInput } from '../../../../shared/applications';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toApplicationInput } from './form-values';

/** The create and edit form is checked by the schema the server checks its body with. */
export const validateApplication = schemaValidation(applicationInput, toApplicationInput);
