import { isDiarienummer } from './document-rules.js';
import type { FieldError } from './field-errors.js';

/**
 * An IT council decision as the domain wants it beyond its schema, applied by the server's command
 * and by the web's form alike: a registration number in a form municipalities use, and a date not
 * after today (a decision records what was decided, not what will be) and not before the meeting
 * that took it.
 */
export function decisionProblems(input: { decidedOn: string; diarienummer: string | null }, context: { today: string; meetingDate: string }): FieldError[] {
  const errors: FieldError[] = [];
  if (input.diarienummer && !isDiarienummer(input.diarienummer)) errors.push({ field: 'diarienummer', key: 'invalid_diarienummer' });
  if (input.decidedOn > context.today) errors.push({ field: 'decidedOn', key: 'decision_in_future' });
  else if (input.decidedOn < context.meetingDate) errors.push({ field: 'decidedOn', key: 'decision_before_meeting', params: { date: context.meetingDate } });
  return errors;
}
