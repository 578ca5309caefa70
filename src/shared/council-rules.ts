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

/**
 * Who attended, as municipal minutes record it: one chair, one secretary and at most two adjusters (justerare), each of them an attendee. The list
 * holds each capacity on an attendee's row, so whoever chairs, keeps or checks the minutes was
 * there, and nobody both chairs and checks. An external needs a name; a person is listed once.
 * A list may be recorded before the meeting with capacities still open.
 */
export function participantProblems(input: { participants: { personId: string | null; name: string; role: string }[] }): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const counts = { chair: 0, secretary: 0, adjuster: 0 } as Record<string, number>;
  const limits: Record<string, [number, FieldError['key']]> = { chair: [1, 'council_one_chair'], secretary: [1, 'council_one_secretary'], adjuster: [2, 'council_two_adjusters'] };
  input.participants.forEach((p, i) => {
    if (p.personId) {
      if (seen.has(p.personId)) errors.push({ field: `participants.${i}.personId`, key: 'duplicate_value' });
      seen.add(p.personId);
    } else if (!p.name.trim()) errors.push({ field: `participants.${i}.name`, key: 'required' });
    const limit = limits[p.role];
    if (limit && ++counts[p.role]! > limit[0]) errors.push({ field: `participants.${i}.role`, key: limit[1] });
  });
  return errors;
}
