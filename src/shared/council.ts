import { z } from 'zod';
import { isoDate, requiredText, text, uuid } from './common.js';

export const decisions = ['approved', 'approved_with_conditions', 'rejected', 'returned'] as const;
const decision = z.enum(decisions);
/** What an agenda item (ärende) is about; acquisitions join with the acquisition route. */
export const subjectKinds = ['project', 'document', 'acquisition', 'other'] as const;

/**
 * In what capacity someone attended: as a member or guest (`attendee`), chairing (`chair`),
 * keeping the minutes (`secretary`) or checking them (`adjuster`, justerare).
 */
export const participantRoles = ['attendee', 'chair', 'secretary', 'adjuster'] as const;
const participantRole = z.enum(participantRoles);

const participantInput = z.object({
  personId: uuid.nullable().default(null).describe('The person of the municipality who attended; null for an external, named in `name`.'),
  name: text(200).default('').describe("An external attendee's name; ignored for a person of the municipality."),
  note: text(200).default('').describe("A title or organisation the minutes print beside the name; empty prints a person's title."),
  role: participantRole.default('attendee').describe('In what capacity: `attendee`, `chair`, `secretary` or `adjuster` (justerare).'),
});

export const participantsInput = z.object({
  participants: z
    .array(participantInput)
    .max(100)
    .describe('Who attended, in the order the minutes list them. At most one chair and one secretary, at most two adjusters; the list replaces the one recorded.'),
});

const participant = z.object({
  personId: uuid.nullable().describe('The person of the municipality; null for an external.'),
  name: z.string().describe("The attendee's name: the person's current name, or the external's as written."),
  note: z.string().describe('The title or organisation recorded beside the name (may be empty).'),
  role: participantRole.describe('In what capacity: `attendee`, `chair`, `secretary` or `adjuster` (justerare).'),
});

export const meetingInput = z.object({
  /** The deciding body: IT-rådet by default; a municipality may decide in another forum. */
  body: requiredText(200).default('IT-rådet').describe('The deciding body: IT-rådet by default; a municipality may decide in another forum.'),
  meetingDate: isoDate.describe('The day of the meeting, YYYY-MM-DD.'),
  location: text(200).default('').describe('Where the meeting is held.'),
});

export const itemInput = z.object({
  title: requiredText(300).describe("The matter's title as the agenda shows it."),
  subjectKind: z.enum(subjectKinds).describe('What the matter is about: a `project`, a `document`, an `acquisition`, or `other`.'),
  subjectId: uuid.nullable().default(null).describe('The project, document or acquisition the matter is about; null (and ignored) for `other`.'),
  background: text(10_000).default('').describe('The background of the matter, for the minutes.'),
});

export const decisionInput = z.object({
  decision: decision.describe('The outcome: approved, approved with conditions, rejected, or returned for more preparation.'),
  decisionText: requiredText(10_000).describe('The decision as the minutes record it.'),
  decidedOn: isoDate.describe('The day of the decision, YYYY-MM-DD.'),
  diarienummer: text(50).nullable().default(null).describe('The registration number (diarienummer) of the decision, e.g. `KS 2010/0095`; null if none.'),
});

export const councilItem = z.object({
  id: uuid.describe("The matter's id."),
  meetingId: uuid.describe('The meeting whose agenda holds the matter.'),
  number: z.number().int().describe('The paragraph number (§) within the meeting, in the order added.'),
  title: z.string().describe("The matter's title."),
  subjectKind: z.enum(subjectKinds).describe('What the matter is about: a `project`, a `document`, an `acquisition`, or `other`.'),
  subjectId: uuid.nullable().describe('The project, document or acquisition the matter is about; null for `other`.'),
  subjectTitle: z.string().nullable().describe('The name or title of that project, document or acquisition; null for `other`.'),
  background: z.string().describe('The background of the matter.'),
  decision: decision.nullable().describe('The outcome; null until decided.'),
  decisionText: z.string().describe('The decision as the minutes record it; empty until decided.'),
  decidedOn: z.string().nullable().describe('The day of the decision, YYYY-MM-DD; null until decided.'),
  diarienummer: z.string().nullable().describe('The registration number (diarienummer) of the decision; null if none.'),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
});

export const meeting = z.object({
  id: uuid.describe("The meeting's id."),
  body: z.string().describe('The deciding body, e.g. IT-rådet.'),
  meetingDate: z.string().describe('The day of the meeting, YYYY-MM-DD.'),
  location: z.string().describe('Where the meeting is held.'),
  items: z.array(councilItem).describe('The agenda: the matters in § order, with their decisions.'),
  participants: z.array(participant).describe('Who attended and in what capacity, in the order the minutes list them.'),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
  allowedManage: z.boolean().describe('Whether the signed-in person may add matters and record decisions.'),
});
export const meetingList = z.object({
  items: z
    .array(
      z.object({
        id: uuid.describe("The meeting's id."),
        body: z.string().describe('The deciding body, e.g. IT-rådet.'),
        meetingDate: z.string().describe('The day of the meeting, YYYY-MM-DD.'),
        location: z.string().describe('Where the meeting is held.'),
        itemCount: z.number().int().describe('How many matters the agenda holds.'),
        decidedCount: z.number().int().describe('How many of them are decided.'),
      }),
    )
    .describe('The meetings, newest first.'),
  allowedManage: z.boolean().describe('Whether the signed-in person may plan meetings and record decisions.'),
});
export const decisionLog = z.object({
  items: z
    .array(
      councilItem.extend({
        meetingDate: z.string().describe('The day of the meeting that decided, YYYY-MM-DD.'),
        body: z.string().describe('The body that decided, e.g. IT-rådet.'),
      }),
    )
    .describe('Every decided matter, newest decision first.'),
});
export const decisionLogQuery = z.object({ q: text(200).optional().describe('Free text over title, decision text and registration number.') });
