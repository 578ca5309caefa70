import { z } from 'zod';
import { isoDate, uuid } from './common.js';

/**
 * Attestation: system owners confirm or correct the register once per interval. A task's state is
 * `open`, `confirmed`, `corrected` (the owner changed the record before confirming it) or `dropped`
 * (confirmed, then edited by someone other than the owner: to be confirmed again).
 */
const taskStates = ['open', 'confirmed', 'corrected', 'dropped'] as const;
const taskState = z.enum(taskStates).describe('open; confirmed; corrected (changed by the owner, then confirmed); dropped (edited by someone else after confirmation).');
export type AttestationTaskState = z.infer<typeof taskState>;

const version = z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.');

export const roundInput = z.object({
  dueDate: isoDate.optional().describe('The date by which owners should have answered, YYYY-MM-DD; 30 days from today if left out.'),
});

export const attestationRound = z.object({
  id: uuid.describe("The round's id."),
  openedAt: z.string().describe('When the round was opened (ISO time).'),
  openedBy: z.string().nullable().describe('The name of the person who opened it; null if unknown.'),
  dueDate: z.string().describe('The date by which owners should have answered.'),
  closedAt: z.string().nullable().describe('When the round was closed; null while it is open.'),
  taskCount: z.number().int().describe('How many systems the round asks about.'),
  doneCount: z.number().int().describe('How many of them are confirmed or corrected (and not dropped back).'),
  rowVersion: version,
});

export const attestationSettingsInput = z.object({
  intervalMonths: z.number().int().min(1).max(60).describe('How many months a confirmation counts, 1–60 (12: yearly).'),
});
export const attestationSettings = z.object({
  intervalMonths: z.number().int().describe('How many months a confirmation counts.'),
  rowVersion: version,
});

const taskListItem = z.object({
  id: uuid.describe("The task's id."),
  applicationId: uuid.describe('The system to confirm.'),
  applicationName: z.string().describe("The system's name."),
  state: taskState,
  dueDate: z.string().describe("The round's due date."),
  overdue: z.boolean().describe('Whether the due date has passed without a confirmation.'),
});
export const myAttestationTasks = z.object({
  items: z.array(taskListItem).describe("The signed-in person's tasks in the open round (and earlier ones still to confirm), open first."),
  allowedManage: z.boolean().describe('Whether the person may open rounds and see freshness.'),
});

export const attestationTask = z.object({
  id: uuid.describe("The task's id."),
  state: taskState,
  dueDate: z.string().describe("The round's due date."),
  overdue: z.boolean().describe('Whether the due date has passed without a confirmation.'),
  roundClosed: z.boolean().describe('Whether the round is closed (a closed round takes no answers).'),
  ownerName: z.string().describe('The person asked to confirm.'),
  confirmedAt: z.string().nullable().describe('When it was confirmed; null if not.'),
  confirmedBy: z.string().nullable().describe('Who confirmed it; null if not.'),
  allowedConfirm: z.boolean().describe('Whether the signed-in person may answer the task now.'),
  system: z
    .object({
      id: uuid.describe("The system's id."),
      name: z.string().describe("The system's name."),
      description: z.string().describe("The system's description."),
      kind: z.string().describe('system or application.'),
      lifecycle: z.string().describe('planned, in_use, phasing_out or phased_out.'),
      vendor: z.string().nullable().describe("The supplier's name; null if none."),
      ownerName: z.string().nullable().describe('The system owner (systemägare); null if none.'),
      managerName: z.string().nullable().describe('The system manager (förvaltningsledare); null if none.'),
      departments: z.array(z.string()).describe('The departments that use it.'),
      yearlyCost: z.number().nullable().describe('The yearly cost in whole kronor; null if unknown.'),
      personalData: z.boolean().describe('Whether it processes personal data.'),
      classification: z
        .object({ k: z.number().nullable().describe('Confidentiality 1–4.'), r: z.number().nullable().describe('Integrity 1–4.'), t: z.number().nullable().describe('Availability 1–4.') })
        .describe('The information classification (K/R/T); null levels are unclassified.'),
      rowVersion: version,
    })
    .describe('The record as it stands now: what the owner is asked to confirm.'),
  rowVersion: version,
});

const freshnessGroup = z.object({
  id: uuid.describe('The department or person.'),
  name: z.string().describe('Its name.'),
  total: z.number().int().describe('Systems in the register (not archived, not phased out).'),
  confirmed: z.number().int().describe('Of them, confirmed within the interval and not dropped back.'),
  share: z.number().describe('confirmed / total, 0–1 (1 when there is nothing to confirm).'),
});

const overdueItem = z.object({
  taskId: uuid.describe("The task's id."),
  applicationId: uuid.describe("The system's id."),
  applicationName: z.string().describe("The system's name."),
  ownerId: uuid.describe('The owner asked.'),
  ownerName: z.string().describe("The owner's name."),
  dueDate: z.string().describe("The round's due date."),
  state: taskState,
});

export const attestationOverview = z.object({
  intervalMonths: z.number().int().describe('How many months a confirmation counts.'),
  openRound: attestationRound.nullable().describe('The open round; null if none.'),
  lastRound: attestationRound.nullable().describe('The newest round, open or closed; null if none.'),
  total: z.number().int().describe('Systems in the register (not archived, not phased out).'),
  confirmed: z.number().int().describe('Of them, confirmed within the interval.'),
  share: z.number().describe('confirmed / total, 0–1.'),
  departments: z.array(freshnessGroup).describe('Freshness per department (a system counts in each department that uses it).'),
  owners: z.array(freshnessGroup).describe('Freshness per system owner.'),
  overdue: z.array(overdueItem).describe("The newest round's tasks still unconfirmed after its due date."),
});
export type AttestationOverview = z.infer<typeof attestationOverview>;
