import { departmentInput } from '../../../../shared/organisation';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toDepartmentInput } from './department-fields';

/** The add form and the rename dialog are checked by the schema the server checks their body with. */
export const validateDepartment = schemaValidation(departmentInput, toDepartmentInput);
