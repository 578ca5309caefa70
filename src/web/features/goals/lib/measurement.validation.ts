import { measurementInput } from '../../../../shared/goals';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toMeasurementInput } from './measurement-form-values';

/**
 * A measurement is checked by the schema the server checks its body with. A period already
 * measured is the server's to say (it needs the other measurements); its error lands on periodEnd.
 */
export const validateMeasurement = schemaValidation(measurementInput, toMeasurementInput);
