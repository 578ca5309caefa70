import { z } from 'zod';
import { isoDate, kronor, pageQuery, requiredText, text, uuid } from './common.js';

/**
 * Acquiring a new IT system (issue 5): needs (anmälan) walked along the collaboration-first route
 * (Lidköping's IT policy, appendix 5.1), and the agreements register the route's step 4 searches.
 * Input schemas may transform; response schemas never reuse them (a transform cannot encode).
 */

export const acquisitionSteps = ['internal', 'partner', 'prestudy', 'agreement', 'procedure'] as const;
export type AcquisitionStep = (typeof acquisitionSteps)[number];
/** The steps a person answers; the procedure follows from the value and the rules in force. */
export const answerSteps = ['internal', 'partner', 'prestudy', 'agreement'] as const;
export type AnswerStep = (typeof answerSteps)[number];

export const acquisitionOutcomes = [
  'use_internal',
  'join_partner',
  'no_purchase',
  'wait',
  'call_off',
  'direct_procurement',
  'simplified_or_selection',
  'open_or_selective',
  /** Withdrawn by the department (not an outcome of the route itself). */
  'withdrawn',
] as const;
export type AcquisitionOutcome = (typeof acquisitionOutcomes)[number];
/** Outcomes that end in buying something (and so may become a project and, installed, a system). */
export const purchaseOutcomes: readonly AcquisitionOutcome[] = ['call_off', 'direct_procurement', 'simplified_or_selection', 'open_or_selective'];
/** Outcomes after which the acquisition can be installed as a system in the register. */
export const installableOutcomes: readonly AcquisitionOutcome[] = ['join_partner', ...purchaseOutcomes];

export const prestudyResults = ['no_purchase', 'wait', 'purchase'] as const;
export const purchaseKinds = ['framework_agreement', 'one_time_purchase'] as const;

/** A reported need (anmälan). */
export const acquisitionInput = z.object({
  title: requiredText(200),
  /** What the need is, in the department's words. */
  needText: requiredText(10_000),
  /** The capabilities (verksamhetsförmågor) the need concerns: at least one, so systems can be matched. */
  capabilityIds: z.array(uuid).min(1).max(30),
  departmentId: uuid,
  /** Purchase plus running cost over the whole contract period, options and extensions included, excl. VAT. */
  estimatedValue: kronor,
  /** When the need must be met. */
  neededBy: isoDate.nullable().default(null),
});
export type AcquisitionInput = z.infer<typeof acquisitionInput>;
export type AcquisitionInputDraft = z.input<typeof acquisitionInput>;

const comment = text(2000).default('');
/** One answer on the route; answering an earlier step again replaces it and every later answer. */
export const answerInput = z.discriminatedUnion('step', [
  z.object({ step: z.literal('internal'), covered: z.boolean(), systemId: uuid.nullable().default(null), comment }),
  z.object({ step: z.literal('partner'), covered: z.boolean(), systemId: uuid.nullable().default(null), comment }),
  z.object({ step: z.literal('prestudy'), result: z.enum(prestudyResults), comment }),
  z.object({ step: z.literal('agreement'), exists: z.boolean(), agreementId: uuid.nullable().default(null), comment }),
]);
export type AnswerInput = z.infer<typeof answerInput>;

export const prestudyInput = z.object({ prestudyText: text(50_000) });

/** Withdrawing a need (återkalla): why, for the record and the council. */
export const withdrawInput = z.object({ reason: requiredText(2000) });

/** An attachment to the pre-study, sent as base64 (at most 5 MB). */
export const attachmentInput = z.object({
  fileName: requiredText(200),
  contentBase64: z.string().min(1).max(7_000_000),
});

/** Step 7: the bought (or joined) solution is installed and becomes a system in the register. */
export const installInput = z.object({
  name: requiredText(200),
  vendor: text(200).nullable().default(null),
  purchaseKind: z.enum(purchaseKinds).nullable().default(null),
  /** The agreement the purchase ended in (from the agreements register); a call-off's agreement by default. */
  agreementId: uuid.nullable().default(null),
  installedOn: isoDate,
});

export const acquisitionListQuery = z.object({
  q: z.string().max(200).optional(),
  step: z.enum(acquisitionSteps).optional(),
  outcome: z.enum(acquisitionOutcomes).optional(),
  /** `open`: the route has not ended; `ended`: it has. */
  state: z.enum(['open', 'ended']).optional(),
  departmentId: uuid.optional(),
  /** The IT council's inbox: `false` lists what the council has not yet noted. */
  noted: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});

const named = z.object({ id: uuid, name: z.string() });

export const acquisitionSummary = z.object({
  id: uuid,
  title: z.string(),
  departmentId: uuid,
  departmentName: z.string(),
  estimatedValue: z.number(),
  reportedOn: z.string(),
  reportedByName: z.string().nullable(),
  neededBy: z.string().nullable(),
  /** The question to answer next; null when the route has ended or cannot go on. */
  step: z.enum(acquisitionSteps).nullable(),
  outcome: z.enum(acquisitionOutcomes).nullable(),
  councilNotedAt: z.string().nullable(),
  projectId: uuid.nullable(),
  applicationId: uuid.nullable(),
  rowVersion: z.number().int(),
});
export type AcquisitionSummary = z.infer<typeof acquisitionSummary>;
export const acquisitionList = z.object({
  items: z.array(acquisitionSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  allowedCreate: z.boolean(),
});

export const answerView = z.object({
  id: uuid,
  step: z.enum(answerSteps),
  covered: z.boolean().nullable(),
  result: z.enum(prestudyResults).nullable(),
  /** The internal system, or the partner's system (with its municipality). */
  system: z.object({ id: uuid, name: z.string(), municipality: z.string().nullable() }).nullable(),
  agreement: named.nullable(),
  comment: z.string(),
  answeredAt: z.string(),
  answeredByName: z.string().nullable(),
  /** Replaced by a later answer to the same or an earlier step; kept for the record. */
  superseded: z.boolean(),
});
export type AnswerView = z.infer<typeof answerView>;

export const acquisitionDetail = acquisitionSummary.extend({
  needText: z.string(),
  capabilities: z.array(z.object({ id: uuid, code: z.string(), name: z.string() })),
  reportedById: uuid.nullable(),
  prestudyText: z.string(),
  /** Removed ones (`archived`) are listed only to an admin, who may restore them. */
  attachments: z.array(z.object({ id: uuid, fileName: z.string(), contentType: z.string(), size: z.number().int(), uploadedAt: z.string(), uploadedByName: z.string().nullable(), archived: z.boolean() })),
  route: z.object({
    /** The route's reason in the reader's language, naming the rule and value it used. */
    reason: z.string(),
    /** A rule value in force on the need's date is not known; an earlier value was used and named. */
    provisional: z.boolean(),
  }),
  answers: z.array(answerView),
  /** Is the value at or above the portfolio threshold in force on the need's date (null: no threshold)? */
  aboveThreshold: z.boolean().nullable(),
  project: named.nullable(),
  application: named.nullable(),
  installedOn: z.string().nullable(),
  purchaseKind: z.enum(purchaseKinds).nullable(),
  councilNotedByName: z.string().nullable(),
  councilItems: z.array(z.object({ id: uuid, meetingId: uuid, meetingDate: z.string(), number: z.number().int(), decision: z.string().nullable() })),
  withdrawn: z.object({ at: z.string(), byName: z.string().nullable(), reason: z.string() }).nullable(),
  /** `manageAttachments`: remove (archive) and restore attachments — an admin's (DECISIONS.md 11). */
  allowed: z.object({ edit: z.boolean(), answer: z.boolean(), install: z.boolean(), note: z.boolean(), manageAttachments: z.boolean(), withdraw: z.boolean(), reopen: z.boolean() }),
});
export type AcquisitionDetail = z.infer<typeof acquisitionDetail>;

/** What Roder proposes for steps 1, 2 and 4, best match first. */
export const suggestions = z.object({
  internal: z.array(z.object({ id: uuid, name: z.string(), supplier: z.string().nullable(), lifecycle: z.string(), matched: z.number().int(), capabilityNames: z.array(z.string()) })),
  /** Partner municipalities' systems shared with the collaboration: nothing else of theirs is shown. */
  partner: z.array(z.object({ id: uuid, name: z.string(), municipality: z.string(), supplier: z.string().nullable(), matched: z.number().int(), capabilityNames: z.array(z.string()) })),
  agreements: z.array(z.object({ id: uuid, name: z.string(), kind: z.string(), supplier: z.string().nullable(), endDate: z.string().nullable(), matched: z.number().int(), capabilityNames: z.array(z.string()) })),
  /** How many of the need's capabilities there are, to show "2 of 3". */
  needCapabilities: z.number().int(),
});
export type Suggestions = z.infer<typeof suggestions>;

// --- The agreements register (ramavtal och avtal) -----------------------------------------------

export const agreementKinds = ['framework', 'contract'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

export const agreementInput = z.object({
  name: requiredText(200),
  kind: z.enum(agreementKinds),
  /** The supplier's name; a new name creates the supplier. */
  supplier: text(200).nullable().default(null),
  /** The agreement's number or diarienummer. */
  reference: text(100).default(''),
  description: text(5000).default(''),
  /** The scope as capabilities: what the agreement can be used for. */
  capabilityIds: z.array(uuid).max(50).default([]),
  startDate: isoDate.nullable().default(null),
  endDate: isoDate.nullable().default(null),
  noticeMonths: z.number().int().min(0).max(120).nullable().default(null),
  /** Options to extend, in words (e.g. "2 × 12 månader"). */
  extensionOptions: text(1000).default(''),
});
export type AgreementInput = z.infer<typeof agreementInput>;
export type AgreementInputDraft = z.input<typeof agreementInput>;

export const agreementListQuery = z.object({
  q: z.string().max(200).optional(),
  kind: z.enum(agreementKinds).optional(),
  capabilityId: uuid.optional(),
  /** On today's date: `in_force`, `expired`, or `not_started`. */
  status: z.enum(['in_force', 'expired', 'not_started']).optional(),
  ...pageQuery,
});

export const agreementSummary = z.object({
  id: uuid,
  name: z.string(),
  kind: z.enum(agreementKinds),
  supplier: z.string().nullable(),
  reference: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  noticeMonths: z.number().int().nullable(),
  /** The last day to give notice: end date minus the notice period. */
  noticeDate: z.string().nullable(),
  status: z.enum(['in_force', 'expired', 'not_started']),
  capabilityNames: z.array(z.string()),
  systemCount: z.number().int(),
  rowVersion: z.number().int(),
});
export const agreementList = z.object({
  items: z.array(agreementSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  allowedCreate: z.boolean(),
});
export const agreementDetail = agreementSummary.extend({
  description: z.string(),
  extensionOptions: z.string(),
  capabilityIds: z.array(uuid),
  systems: z.array(named),
  acquisitions: z.array(z.object({ id: uuid, title: z.string() })),
  allowedEdit: z.boolean(),
  archived: z.boolean(),
});
export type AgreementDetail = z.infer<typeof agreementDetail>;
