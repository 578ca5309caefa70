import { withdrawInput } from '../../../../shared/acquisitions';
import { schemaValidation } from '../../../kit/forms/schema-validation';

export interface WithdrawValues {
  reason: string;
}

/** The withdrawal is checked by the schema the server checks its body with; the body is the form's values. */
export const validateWithdraw = schemaValidation(withdrawInput, (v: WithdrawValues) => ({ reason: v.reason }));
