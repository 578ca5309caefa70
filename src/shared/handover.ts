import { z } from 'zod';
import { uuid } from './common.js';

/**
 * What a person can answer for across Roder, one kind per column that names them. Agreements and
 * acquisitions name no responsible person (an acquisition only its reporter), so they have no kind.
 */
const responsibilityKinds = [
  'system_owner',
  'system_manager',
  'document_owner',
  'kpi_owner',
  'project_owner',
  'project_sponsor',
  'benefit_follow_up',
  'document_assignment',
] as const;
const responsibilityKind = z.enum(responsibilityKinds);
export type ResponsibilityKind = z.infer<typeof responsibilityKind>;

const responsibilityItem = z.object({
  id: uuid.describe('The record: a system, document, KPI or project (a follow-up names its project).'),
  name: z.string().describe("The record's name; a follow-up's is its project's name and its own title."),
  link: z.string().describe('Where the record is shown in Roder, a path such as `/applications/…`.'),
});

export const responsibilities = z.object({
  person: z
    .object({
    id: uuid.describe("The person's id."),
    name: z.string().describe("The person's name."),
    active: z.boolean().describe('False once the person is deactivated (archived).'),
    rowVersion: z.number().int().describe("The person's version; send it as `If-Match` to hand over."),
    })
    .describe('The person, active or deactivated.'),
  groups: z
    .array(
      z.object({
        kind: responsibilityKind.describe('What the person is responsible for.'),
        count: z.number().int().describe('How many records of the kind.'),
        items: z.array(responsibilityItem).describe('The records, by name.'),
      }),
    )
    .describe('Every kind with at least one record, in a fixed order.'),
  total: z.number().int().describe('All records together.'),
});

export const handoverInput = z.object({
  assignments: z
    .array(
      z.object({
        kind: z.union([responsibilityKind, z.literal('all')]).describe('A kind, or `all` for every kind the person has (alone in the list).'),
        toPersonId: uuid.describe('The active person of the municipality who takes over.'),
      }),
    )
    .max(responsibilityKinds.length)
    .describe('Who takes over what; kinds left out stay with the person. May be empty only when deactivating.'),
  deactivate: z
    .boolean()
    .default(false)
    .describe('Also deactivate the person, ending their sessions. What is not handed over stays with them and shows as the deviation `owner_inactive` (systems) until handed over.'),
});
export type HandoverInput = z.infer<typeof handoverInput>;

export const handoverResult = z.object({
  handedOver: z
    .array(z.object({ kind: responsibilityKind.describe('What moved.'), count: z.number().int().describe('How many records (or follow-ups) moved.'), toPersonId: uuid.describe('Who took it over.') }))
    .describe('What moved, per kind.'),
  active: z.boolean().describe('Whether the person is still active.'),
  rowVersion: z.number().int().describe("The person's version after the hand-over."),
});
export type Responsibilities = z.infer<typeof responsibilities>;
export type HandoverInputDraft = z.input<typeof handoverInput>;

export const inactiveResponsibleList = z.object({
  items: z
    .array(
      z.object({
        id: uuid.describe("The deactivated person's id."),
        name: z.string().describe("The person's name."),
        total: z.number().int().describe('How many records they still answer for.'),
      }),
    )
    .describe('Deactivated people who still answer for something, by name.'),
});
