import type { FormErrors } from '@mantine/form';
import { agreementInput } from '../../../../shared/acquisitions';
import type { Language } from '../../../../shared/common';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { datesOutOfOrder, toAgreementInput, type AgreementFormValues } from './agreement-form-values';
import { normaliseErrors } from './normalise-errors';

// The order of the dates is the server's check in its command (checkAgreement), not the schema's,
// which sees each date alone; it needs nothing but the form's own values, so it is checked here too.
const bySchema = schemaValidation(agreementInput, toAgreementInput, datesOutOfOrder);

/**
 * An agreement's form is checked by the schema the server checks its body with. Like the
 * server's, an error on one capability (`capabilityIds.2`) is shown on the one multi-select.
 */
export const validateAgreement = (values: AgreementFormValues, language: Language): FormErrors => normaliseErrors(bySchema(values, language));
