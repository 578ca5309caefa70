import { z } from 'zod';
import { isoDate, requiredText, text, uuid } from './common.js';

export const decisions = ['approved', 'approved_with_conditions', 'rejected', 'returned'] as const;
export const decision = z.enum(decisions);
/** What an agenda item (ärende) is about; acquisitions join with the acquisition route. */
export const subjectKinds = ['project', 'document', 'acquisition', 'other'] as const;

export const meetingInput = z.object({
  /** The deciding body: IT-rådet by default; a municipality may decide in another forum. */
  body: requiredText(200).default('IT-rådet'),
  meetingDate: isoDate,
  location: text(200).default(''),
});

export const itemInput = z.object({
  title: requiredText(300),
  subjectKind: z.enum(subjectKinds),
  subjectId: uuid.nullable().default(null),
  background: text(10_000).default(''),
});

export const decisionInput = z.object({
  decision,
  decisionText: requiredText(10_000),
  decidedOn: isoDate,
  diarienummer: text(50).nullable().default(null),
});

export const councilItem = z.object({
  id: uuid,
  meetingId: uuid,
  number: z.number().int(),
  title: z.string(),
  subjectKind: z.enum(subjectKinds),
  subjectId: uuid.nullable(),
  subjectTitle: z.string().nullable(),
  background: z.string(),
  decision: decision.nullable(),
  decisionText: z.string(),
  decidedOn: z.string().nullable(),
  diarienummer: z.string().nullable(),
  rowVersion: z.number().int(),
});

export const meeting = z.object({
  id: uuid,
  body: z.string(),
  meetingDate: z.string(),
  location: z.string(),
  items: z.array(councilItem),
  rowVersion: z.number().int(),
  allowedManage: z.boolean(),
});
export const meetingList = z.object({
  items: z.array(z.object({ id: uuid, body: z.string(), meetingDate: z.string(), location: z.string(), itemCount: z.number().int(), decidedCount: z.number().int() })),
  allowedManage: z.boolean(),
});
export const decisionLog = z.object({
  items: z.array(councilItem.extend({ meetingDate: z.string(), body: z.string() })),
});
export const decisionLogQuery = z.object({ q: text(200).optional() });
