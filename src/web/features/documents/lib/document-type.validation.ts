import { documentTypeInput } from '../../../../shared/documents';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toDocumentTypeInput } from './document-type-values';

/** A document type is checked by the schema the server checks its body with; nothing else is needed. */
export const validateDocumentType = schemaValidation(documentTypeInput, toDocumentTypeInput);
