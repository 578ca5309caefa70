import { loginInput } from '../../../../shared/organisation';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toLoginInput } from './login-form';

/**
 * The login form is checked by the schema the server checks its body with. Only the login page
 * imports this (with zod), and it is a lazy route: the first page stays without it.
 */
export const validateLogin = schemaValidation(loginInput, toLoginInput);
