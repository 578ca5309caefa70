import { overlapMarkInput } from '../../../../shared/applications';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import type { OverlapMarkStatus } from './enums';

export interface OverlapMarkValues {
  status: OverlapMarkStatus;
  reason: string;
  reviewOn: string;
}

/** The mark is checked by the schema the server checks its body with; the body is the form's values. */
export const validateOverlapMark = schemaValidation(overlapMarkInput, (v: OverlapMarkValues) => ({ ...v }));
