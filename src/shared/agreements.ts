import { z } from 'zod';
import { isoDate, named, pageQuery, requiredText, text, uuid } from './common.js';

/**
 * The agreements register (ramavtal och avtal): the framework agreements and contracts that the
 * acquisition route's step 4 searches and that systems link to (DECISIONS.md 7).
 */

const agreementKinds = ['framework', 'contract'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

export const agreementInput = z.object({
  name: requiredText(200).describe("The agreement's name."),
  kind: z.enum(agreementKinds).describe('`framework` (ramavtal, to call off from) or `contract` (avtal).'),
  /** The supplier's name; a new name creates the supplier. */
  supplier: text(200).nullable().default(null).describe("The supplier's name; a new name creates the supplier. Null: none."),
  /** The agreement's number or diarienummer. */
  reference: text(100).default('').describe("The agreement's number or diarienummer."),
  description: text(5000).default('').describe('What the agreement covers, in words.'),
  /** The scope as capabilities: what the agreement can be used for. */
  capabilityIds: z.array(uuid).max(50).default([]).describe('The scope as capabilities: what the agreement can be used for.'),
  startDate: isoDate.nullable().default(null).describe('The first day the agreement applies, YYYY-MM-DD; null if not set.'),
  endDate: isoDate.nullable().default(null).describe('The end date, YYYY-MM-DD; null if none.'),
  noticeMonths: z.number().int().min(0).max(120).nullable().default(null).describe('The notice period: months before the end date by which notice must be given; null if none.'),
  /** Options to extend, in words (e.g. "2 × 12 månader"). */
  extensionOptions: text(1000).default('').describe('Options to extend, in words (e.g. "2 × 12 månader").'),
});
export type AgreementInput = z.infer<typeof agreementInput>;
export type AgreementInputDraft = z.input<typeof agreementInput>;

export const agreementListQuery = z.object({
  q: z.string().max(200).optional().describe('Free text over name, reference and supplier.'),
  kind: z.enum(agreementKinds).optional().describe('Only agreements of this kind.'),
  capabilityId: uuid.optional().describe('Only agreements whose scope covers this capability.'),
  /** On today's date: `in_force`, `expired`, or `not_started`. */
  status: z.enum(['in_force', 'expired', 'not_started']).optional().describe("On today's date: `in_force`, `expired`, or `not_started`."),
  ...pageQuery,
});

const agreementSummary = z.object({
  id: uuid.describe("The agreement's id."),
  name: z.string().describe("The agreement's name."),
  kind: z.enum(agreementKinds).describe('`framework` (ramavtal) or `contract` (avtal).'),
  supplier: z.string().nullable().describe("The supplier's name; null if none."),
  reference: z.string().describe("The agreement's number or diarienummer."),
  startDate: z.string().nullable().describe('The first day it applies, YYYY-MM-DD; null if not set.'),
  endDate: z.string().nullable().describe('The end date, YYYY-MM-DD; null if none.'),
  noticeMonths: z.number().int().nullable().describe('The notice period in months; null if none.'),
  /** The last day to give notice: end date minus the notice period. */
  noticeDate: z.string().nullable().describe('The last day to give notice, YYYY-MM-DD: the end date minus the notice period.'),
  status: z.enum(['in_force', 'expired', 'not_started']).describe("On today's date: `in_force`, `expired`, or `not_started`."),
  capabilityNames: z.array(z.string()).describe("The names of the capabilities in the agreement's scope."),
  systemCount: z.number().int().describe('How many live systems of the register are linked to it.'),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
});
export const agreementList = z.object({
  items: z.array(agreementSummary).describe('The agreements of the requested page, by name.'),
  total: z.number().int().describe('How many match, over all pages.'),
  page: z.number().int().describe('The page returned, counting from 1.'),
  pageSize: z.number().int().describe('How many items a page holds.'),
  allowedCreate: z.boolean().describe('Whether the signed-in person may register agreements.'),
});
export const agreementDetail = agreementSummary.extend({
  description: z.string().describe('What the agreement covers, in words.'),
  extensionOptions: z.string().describe('Options to extend, in words.'),
  capabilityIds: z.array(uuid).describe("The capabilities in the agreement's scope."),
  systems: z.array(named).describe('The live systems of the register linked to it.'),
  acquisitions: z
    .array(z.object({ id: uuid.describe("The acquisition's id."), title: z.string().describe("The need's title.") }))
    .describe('The acquisitions whose current step-4 answer names it (a call-off).'),
  allowedEdit: z.boolean().describe('Whether the signed-in person may change the agreement.'),
  archived: z.boolean().describe('Whether the agreement is archived.'),
});
export type AgreementDetail = z.infer<typeof agreementDetail>;
