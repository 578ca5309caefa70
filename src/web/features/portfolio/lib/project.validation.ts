import { projectInput } from '../../../../shared/portfolio';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toInput } from './form-values';

/** A project form is checked by the schema the server checks its body with. */
export const validateProject = schemaValidation(projectInput, toInput);
