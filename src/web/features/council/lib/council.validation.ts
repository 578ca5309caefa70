import { decisionInput, itemInput, meetingInput, participantsInput } from '../../../../shared/council';
import { decisionProblems, participantProblems } from '../../../../shared/council-rules';
import { dateInSweden } from '../../../../shared/dates';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toDecisionInput, toItemInput, toMeetingInput, toParticipantsInput, type ItemValues } from './form-values';

// Each form of the IT council is checked by the schema the server checks its body with. What the
// server checks in its commands against other records (that the subject exists) comes back as its
// field error after the save.

export const validateMeeting = schemaValidation(meetingInput, toMeetingInput);

/** A matter's title defaults to its subject's name, so the check takes the names loaded. */
export const validateItem = (subjectTitle: (subjectKind: string, id: string) => string) =>
  schemaValidation(itemInput, (v: ItemValues) => toItemInput(v, subjectTitle));

/**
 * A decision, also by the domain's rules the server's command applies (shared/council-rules.ts):
 * the registration number's form, and a date on or after the meeting and not after today.
 */
export const validateDecision = (meetingDate: string) =>
  schemaValidation(decisionInput, toDecisionInput, { rules: (body) => decisionProblems(body, { today: dateInSweden(new Date()), meetingDate }) });

/** Who attended, by the shared rules: one chair, one secretary, two adjusters at most, a name for an external. */
export const validateParticipants = schemaValidation(participantsInput, toParticipantsInput, { rules: participantProblems });
