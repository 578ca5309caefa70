import { applicationProblems } from '../../../../shared/application-rules';
import { applicationInput } from '../../../../shared/applications';
import { dateInSweden } from '../../../../shared/dates';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toApplicationInput } from './form-values';

/**
 * The create and edit form is checked by the schema the server checks its body with, and by the
 * domain's rules its command applies (shared/application-rules.ts: no disruption test after today).
 */
export const validateApplication = schemaValidation(applicationInput, toApplicationInput, {
  rules: (body) => applicationProblems(body, { today: dateInSweden(new Date()) }),
});
