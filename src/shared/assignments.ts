import { z } from 'zod';
import { isoDate, requiredText, text, uuid } from './common.js';

/**
 * What a steering document makes someone answer for: its responsibility table (who is responsible
 * for what: KS, nämnderna, kommundirektören, IT-chefen) and the assignments (uppdrag) its items
 * give, each with an owner, a deadline and a status (issue 13, item 7).
 */

const responsibilityRowInput = z.object({
  party: requiredText(200).describe('Who is responsible: a role or body, e.g. `Kommunstyrelsen`, `Nämnderna`, `IT-chef`.'),
  personId: uuid.nullable().default(null).describe('A person of the register who holds the role; null if none is named.'),
  departmentId: uuid.nullable().default(null).describe('A department of the register the responsibility lies with; null if none.'),
  responsibility: requiredText(2000).describe('What the party is responsible for, as text.'),
});

/** The whole table as sent: it replaces the table the client read (If-Match). */
export const responsibilityTableInput = z.object({
  rows: z.array(responsibilityRowInput).max(100).describe('The rows in the order the document lists them; at most 100.'),
});
export type ResponsibilityTableInput = z.input<typeof responsibilityTableInput>;

export const responsibilityRow = z.object({
  party: z.string().describe('Who is responsible: a role or body.'),
  personId: uuid.nullable().describe('The person of the register who holds the role; null if none.'),
  personName: z.string().nullable().describe("That person's name; null if none."),
  departmentId: uuid.nullable().describe('The department the responsibility lies with; null if none.'),
  departmentName: z.string().nullable().describe("That department's name; null if none."),
  responsibility: z.string().describe('What the party is responsible for.'),
});
export type ResponsibilityRow = z.infer<typeof responsibilityRow>;
/** A row as the working table stores it: names are read fresh from the register. */
export type StoredResponsibilityRow = Pick<ResponsibilityRow, 'party' | 'personId' | 'departmentId' | 'responsibility'>;

export const responsibilityTable = z.object({
  documentId: uuid.describe("The document's id."),
  rows: z.array(responsibilityRow).describe('Who is responsible for what, in the order the document lists them.'),
  rowVersion: z
    .number()
    .int()
    .describe("The table's version; send it back as the ETag in `If-Match` to change it (0 while the document has no table)."),
  allowedUpdate: z.boolean().describe('Whether the signed-in person may change the table now (a decided document is changed by a revision).'),
});
export type ResponsibilityTable = z.infer<typeof responsibilityTable>;

/** ej påbörjad → pågår → klar / inställd. */
const assignmentStatuses = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
const assignmentStatus = z.enum(assignmentStatuses);
export type AssignmentStatus = z.infer<typeof assignmentStatus>;
/** The statuses that end an assignment: setting one needs a comment saying how it ended. */
export const CLOSING_STATUSES: readonly AssignmentStatus[] = ['done', 'cancelled'];

export const assignmentInput = z.object({
  itemId: uuid.describe('The item of the document (principle, goal, focus area) that gives the assignment.'),
  title: requiredText(500).describe('What is to be done, e.g. "En it-säkerhetspolicy ska under perioden skapas".'),
  description: text(5000).default('').describe('More about the assignment; may be empty.'),
  ownerId: uuid.describe('The person who answers for the assignment; they are notified.'),
  dueOn: isoDate.describe('The deadline, YYYY-MM-DD.'),
});
export type AssignmentInput = z.input<typeof assignmentInput>;

export const assignmentStatusInput = z
  .object({
    status: assignmentStatus.describe('`not_started`, `in_progress`, `done` or `cancelled`.'),
    comment: text(2000).default('').describe('How it ended: required when the status is `done` or `cancelled`.'),
  })
  .superRefine((v, ctx) => {
    if (CLOSING_STATUSES.includes(v.status) && v.comment.length === 0) ctx.addIssue({ code: 'custom', path: ['comment'], message: 'required' });
  });
export type AssignmentStatusInput = z.input<typeof assignmentStatusInput>;

export const assignment = z.object({
  id: uuid.describe("The assignment's id."),
  documentId: uuid.describe('The document whose item gives it.'),
  documentTitle: z.string().describe("That document's title."),
  itemId: uuid.describe('The item that gives it.'),
  itemTitle: z.string().describe("That item's number and title."),
  title: z.string().describe('What is to be done.'),
  description: z.string().describe('More about it; may be empty.'),
  ownerId: uuid.describe('The person who answers for it.'),
  ownerName: z.string().describe("The owner's name."),
  dueOn: z.string().describe('The deadline, YYYY-MM-DD.'),
  status: assignmentStatus.describe('`not_started`, `in_progress`, `done` or `cancelled`.'),
  statusComment: z.string().describe('How it ended (done or cancelled); empty otherwise.'),
  overdue: z.boolean().describe('Whether the deadline has passed and it is neither done nor cancelled.'),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
  allowed: z
    .object({
      update: z.boolean().describe('Whether the signed-in person may change it (who may change the document).'),
      setStatus: z.boolean().describe('Whether the signed-in person may set its status (its owner, or who may change the document).'),
    })
    .describe('What the signed-in person may do with it.'),
});
export type Assignment = z.infer<typeof assignment>;

export const assignmentList = z.object({
  items: z.array(assignment).describe('The assignments, by deadline.'),
  allowedCreate: z.boolean().describe('Whether the signed-in person may add assignments here (who may change the document).'),
});
