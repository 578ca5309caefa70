import { decisionInput, itemInput, meetingInput } from '../../../../shared/council';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toDecisionInput, toItemInput, toMeetingInput, type ItemValues } from './form-values';

// Each form of the IT council is checked by the schema the server checks its body with. What the
// server checks in its commands against other records (that the subject exists) or by rules the
// web does not hold (the diarienummer's form) comes back as its field error after the save.

export const validateMeeting = schemaValidation(meetingInput, toMeetingInput);

/** A matter's title defaults to its subject's name, so the check takes the names loaded. */
export const validateItem = (subjectTitle: (subjectKind: string, id: string) => string) =>
  schemaValidation(itemInput, (v: ItemValues) => toItemInput(v, subjectTitle));

export const validateDecision = schemaValidation(decisionInput, toDecisionInput);
