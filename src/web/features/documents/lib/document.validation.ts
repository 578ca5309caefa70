import { documentProblems } from '../../../../shared/document-rules';
import { documentInput } from '../../../../shared/documents';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toDocumentInput } from './form-values';

/**
 * A document form is checked by the schema the server checks its body with, then by the domain's
 * rules on it that the server's command applies (registration number, dates, item nesting). An
 * unchosen type is sent as missing, so it reads "required" as the server's answer would.
 */
export const validateDocument = schemaValidation(documentInput, toDocumentInput, { rules: documentProblems });
