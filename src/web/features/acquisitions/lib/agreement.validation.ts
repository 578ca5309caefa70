import type { FormErrors } from '@mantine/form';
import { agreementInput } from '../../../../shared/agreements';
import { agreementProblems } from '../../../../shared/agreement-rules';
import type { Language } from '../../../../shared/common';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toAgreementInput, type AgreementFormValues } from './agreement-form-values';
import { errorsOnLists } from '../../../kit/forms/errors-on-lists';

// The dates' order is the domain's rule on the body that the server's command applies after the
// schema (shared/agreement-rules.ts): the form applies the same function.
const bySchema = schemaValidation(agreementInput, toAgreementInput, { rules: agreementProblems });

/**
 * An agreement's form is checked by the schema the server checks its body with. Like the
 * server's, an error on one capability (`capabilityIds.2`) is shown on the one multi-select.
 */
export const validateAgreement = (values: AgreementFormValues, language: Language): FormErrors => errorsOnLists(bySchema(values, language), ['capabilityIds']);
