import { z } from 'zod';
import { isoDate, text, uuid } from './common.js';
import { item } from './documents.js';

/**
 * Remiss (consultation) of a steering document: a draft sent to departments and people with a last
 * answer date, their answers (comments tied to an item, a paragraph or the whole, or "inget att
 * erinra"), and the owner's response to each comment. A round is frozen to the text it was sent
 * with, and its compiled answers (sammanställning) belong to the version decided next.
 */

/** The body's paragraphs, which a comment may point to (counting from 1): blocks separated by blank lines. */
export const paragraphs = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

export const consultationInput = z
  .object({
    personIds: z.array(uuid).max(200).default([]).describe('People the remiss goes to (of the same municipality).'),
    departmentIds: z.array(uuid).max(200).default([]).describe('Departments the remiss goes to; anyone of the department answers for it, once.'),
    lastAnswerOn: isoDate.describe('The last answer date (sista svarsdag), after today.'),
    coverLetter: text(10_000).default('').describe('An optional cover letter (missiv) to the recipients.'),
  })
  .strict();
export type ConsultationInput = z.input<typeof consultationInput>;

const commentTarget = {
  itemId: uuid.nullable().default(null).describe('The item of the sent text the comment is about; null for a paragraph or the whole.'),
  paragraph: z.number().int().min(1).max(10_000).nullable().default(null).describe('The paragraph of the sent body (counting from 1) the comment is about; null for an item or the whole.'),
};

export const answerInput = z
  .object({
    noObjection: z.boolean().describe('"Inget att erinra": no objection; then there are no comments.'),
    comments: z
      .array(z.object({ ...commentTarget, text: text(10_000).refine((s) => s.length > 0, { message: 'required' }).describe('The comment.') }).strict())
      .max(200)
      .default([])
      .describe('The comments, each tied to an item, a paragraph or the whole.'),
  })
  .strict();
export type AnswerInput = z.input<typeof answerInput>;

export const responseKinds = ['accepted', 'partly', 'not_accepted'] as const;
const responseKind = z.enum(responseKinds);
export type ResponseKind = z.infer<typeof responseKind>;

export const responseInput = z
  .object({
    response: responseKind.describe('`accepted` (beaktad), `partly` (delvis beaktad) or `not_accepted` (ej beaktad).'),
    text: text(10_000).default('').describe("The owner's reasoning."),
  })
  .strict();

export const consultationParams = z.object({ id: uuid.describe('The remiss round.') });
export const commentParams = z.object({ id: uuid.describe('The remiss round.'), commentId: uuid.describe('The comment.') });

const comment = z.object({
  id: uuid.describe("The comment's id."),
  itemId: uuid.nullable().describe('The item of the sent text; null for a paragraph or the whole.'),
  paragraph: z.number().int().nullable().describe('The paragraph of the sent body; null for an item or the whole.'),
  text: z.string().describe('The comment.'),
  response: responseKind.nullable().describe("The owner's response; null until given."),
  responseText: z.string().describe("The owner's reasoning."),
  rowVersion: z.number().int().describe('For If-Match when responding.'),
});

const answerStatus = z.enum(['pending', 'draft', 'submitted']);
const recipient = z.object({
  id: uuid.describe("The recipient's id in this round."),
  kind: z.enum(['person', 'department']).describe('A person or a department.'),
  name: z.string().describe("The person's or the department's name."),
  status: answerStatus.describe('`pending` (nothing saved), `draft` (saved, not submitted) or `submitted`.'),
  submittedAt: z.string().nullable().describe('When the answer was submitted (ISO time).'),
  answeredBy: z.string().nullable().describe('Who submitted it.'),
  noObjection: z.boolean().describe('"Inget att erinra".'),
  comments: z.array(comment).describe('Submitted comments (others see a recipient’s comments only once submitted).'),
});

const snapshot = z.object({
  title: z.string().describe('The title as sent.'),
  body: z.string().describe('The body as sent.'),
  items: z.array(item).describe('The items as sent.'),
});

export const consultation = z.object({
  id: uuid.describe("The round's id."),
  documentId: uuid.describe('The document.'),
  documentTitle: z.string().describe("The document's title now."),
  documentVersion: z.number().int().describe('The version the round belongs to: its answers are compiled with this version once decided.'),
  sentOn: z.string().describe('When it was sent (ISO time).'),
  sentBy: z.string().describe('Who sent it.'),
  lastAnswerOn: z.string().describe('The last answer date.'),
  overdue: z.boolean().describe('The last answer date has passed.'),
  coverLetter: z.string().describe('The cover letter.'),
  snapshot: snapshot.describe('The text as it was sent: answers stay tied to what was read.'),
  recipients: z.array(recipient).describe('Every recipient and the state of its answer.'),
  myAnswer: z
    .object({
      recipientId: uuid.describe('The recipient the caller answers as.'),
      name: z.string().describe('The person or the department answered for.'),
      status: answerStatus.describe('`pending`, `draft` or `submitted`.'),
      noObjection: z.boolean().describe('"Inget att erinra".'),
      comments: z.array(comment).describe('The comments, draft or submitted.'),
      rowVersion: z.number().int().describe('For If-Match when saving or submitting.'),
      canEdit: z.boolean().describe('Not submitted and the last date has not passed.'),
    })
    .nullable()
    .describe("The caller's own answer (as a person or for their department); null if not a recipient."),
  allowedRespond: z.boolean().describe('The caller may respond to comments (owns or may edit the document).'),
});
export type Consultation = z.infer<typeof consultation>;

const consultationSummary = z.object({
  id: uuid.describe("The round's id."),
  documentId: uuid.describe('The document.'),
  documentTitle: z.string().describe("The document's title now."),
  documentVersion: z.number().int().describe('The version the round belongs to.'),
  lastAnswerOn: z.string().describe('The last answer date.'),
  overdue: z.boolean().describe('The last answer date has passed.'),
  answered: z.number().int().describe('Recipients that have submitted.'),
  recipients: z.number().int().describe('Recipients in all.'),
  myStatus: answerStatus.nullable().describe("The caller's answer status; null if not a recipient."),
});
export type ConsultationSummary = z.infer<typeof consultationSummary>;
export const consultationList = z.object({ items: z.array(consultationSummary).describe('The rounds, newest first.'), allowedSend: z.boolean().describe('The caller may send this document on remiss now.') });
export const myConsultationList = z.object({ items: z.array(consultationSummary).describe('Open rounds, the nearest last date first.') });

/** The compiled answers of a decided version, one row per comment or "inget att erinra": export-ready. */
export const compiledAnswers = z.object({
  documentId: uuid.describe('The document.'),
  version: z.number().int().describe('The decided version.'),
  rounds: z.array(z.object({ id: uuid.describe("The round's id."), sentOn: z.string().describe('When it was sent (ISO time).'), lastAnswerOn: z.string().describe('The last answer date.'), notAnswered: z.array(z.string()).describe('Recipients who never submitted.') })).describe('The remiss rounds of the version, oldest first.'),
  rows: z.array(
    z.object({
      roundId: uuid.describe('The round.'),
      recipient: z.string().describe('Who answered.'),
      target: z.string().describe('What the comment is about: the item’s number and title, "Stycke N", or empty for the whole.'),
      itemId: uuid.nullable().describe('The item of the sent text; null otherwise.'),
      paragraph: z.number().int().nullable().describe('The paragraph of the sent body; null otherwise.'),
      comment: z.string().describe('The comment; empty for "inget att erinra".'),
      noObjection: z.boolean().describe('The row is an answer of "inget att erinra".'),
      response: responseKind.nullable().describe("The owner's response; null if none."),
      responseText: z.string().describe("The owner's reasoning."),
    }),
  ).describe('One row per comment or "inget att erinra", round by round.'),
});
export const versionParamsConsultation = z.object({ id: uuid.describe("The document."), version: z.coerce.number().int().min(1).max(10_000).describe('The decided version.') });
