import { installInput } from '../../../../shared/acquisitions';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toInstallInput } from './install-form-values';

/**
 * The installation form is checked by the schema the server checks its body with. That the day is
 * not before the need was reported is the server's check against the record (`before_reported`),
 * so its error lands on the field after the save.
 */
export const validateInstall = schemaValidation(installInput, toInstallInput);
