import { z } from 'zod';
import { isoDate, kronor, pageQuery, queryBoolean, requiredText, text, uuid } from './common.js';

/** system: many people change shared data (ProCapita); application: a personal tool (a word processor). */
export const applicationKinds = ['system', 'application'] as const;
export const applicationKind = z.enum(applicationKinds);

/** The municipality's use of a system: planerad → i drift → avvecklas → avvecklad. */
export const lifecycles = ['planned', 'in_use', 'phasing_out', 'phased_out'] as const;
export const lifecycle = z.enum(lifecycles);
export type Lifecycle = z.infer<typeof lifecycle>;

/** TIME assessment: tolerate (behåll), invest, migrate, eliminate (avveckla). */
export const assessments = ['tolerate', 'invest', 'migrate', 'eliminate'] as const;
export const assessment = z.enum(assessments);

export const disruptionResults = ['passed', 'passed_with_remarks', 'failed'] as const;
export const disruptionResult = z.enum(disruptionResults);

/** One level of the four-level K/R/T scale; empty (null) means not classified. */
export const classificationLevel = z.number().int().min(1).max(4).nullable();

export const classification = z.object({
  /** Konfidentialitet: harm if the information is disclosed. */
  k: classificationLevel,
  /** Riktighet (Mjölby's "integritet"): harm if the information is wrong or changed. */
  r: classificationLevel,
  /** Tillgänglighet: harm if the information is unavailable. */
  t: classificationLevel,
});
export type Classification = z.infer<typeof classification>;

export const contractInput = z.object({
  /** The agreement's end date. */
  endDate: isoDate.nullable(),
  /** Months of notice before the end date. */
  noticeMonths: z.number().int().min(0).max(120).nullable(),
  /**
   * An agreement of the agreements register that is the system's contract: its dates then come
   * from the register (send them unchanged or null). Null: the system's own contract, dated here.
   * Left out: as it was.
   */
  agreementId: uuid.nullable().optional(),
});

export const integrationInput = z.object({
  /** The system data flows to. */
  targetId: uuid,
  description: text(500).default(''),
});

export const disruptionTestInput = z.object({
  testedOn: isoDate,
  result: disruptionResult,
  notes: text(2000).default(''),
});

/** What a client sends to create or replace a system (POST, PUT). */
export const applicationInput = z.object({
  name: requiredText(200),
  /** The supplier's name; a supplier record is found or created by it. */
  vendor: text(200).nullable().default(null),
  /** Versions in use, e.g. ["2016", "365"] for an office suite in two versions. */
  versions: z.array(requiredText(60)).max(20).default([]),
  kind: applicationKind,
  description: text(5000).default(''),
  lifecycle: lifecycle,
  assessment: assessment.nullable().default(null),
  /** Total yearly cost in whole kronor (licences, operation, support). */
  yearlyCost: kronor.nullable().default(null),
  /** Systemägare: a person of the municipality. */
  ownerId: uuid.nullable().default(null),
  /** Förvaltningsledare: a person of the municipality. */
  managerId: uuid.nullable().default(null),
  departmentIds: z.array(uuid).max(100).default([]),
  capabilityIds: z.array(uuid).max(100).default([]),
  personalData: z.boolean().default(false),
  classification: classification.default({ k: null, r: null, t: null }),
  contract: contractInput.default({ endDate: null, noticeMonths: null }),
  integrations: z.array(integrationInput).max(200).default([]),
  disruptionTests: z.array(disruptionTestInput).max(100).default([]),
  /** Visible, as a limited projection, to the other municipalities of the collaboration. */
  sharedWithCollaboration: z.boolean().default(false),
});
export type ApplicationInput = z.infer<typeof applicationInput>;
export type ApplicationInputDraft = z.input<typeof applicationInput>;

/** Deviations the register finds by itself; see rules.ts for each rule. */
export const applicationFlags = [
  'no_owner',
  'personal_data_unclassified',
  'notice_date_passed',
  'contract_expired',
  'disruption_test_missing',
] as const;
export const applicationFlag = z.enum(applicationFlags);
export type ApplicationFlag = z.infer<typeof applicationFlag>;

export const application = z.object({
  id: uuid,
  name: z.string(),
  vendor: z.string().nullable(),
  versions: z.array(z.string()),
  kind: applicationKind,
  description: z.string(),
  lifecycle,
  assessment: assessment.nullable(),
  yearlyCost: z.number().int().nullable(),
  ownerId: uuid.nullable(),
  ownerName: z.string().nullable(),
  managerId: uuid.nullable(),
  managerName: z.string().nullable(),
  departmentIds: z.array(uuid),
  capabilityIds: z.array(uuid),
  personalData: z.boolean(),
  classification,
  contract: z.object({
    endDate: z.string().nullable(),
    noticeMonths: z.number().int().nullable(),
    /** The last day to give notice: end date minus the notice period. */
    noticeDate: z.string().nullable(),
    /** The agreements register's agreement the dates come from; null for the system's own contract. */
    agreementId: uuid.nullable(),
    agreement: z.object({ id: uuid, name: z.string(), kind: z.string() }).nullable(),
  }),
  integrations: z.array(
    z.object({ targetId: uuid, targetName: z.string(), description: z.string() }),
  ),
  /** Integrations other systems declared towards this one (read-only here). */
  incomingIntegrations: z.array(
    z.object({ sourceId: uuid, sourceName: z.string(), description: z.string() }),
  ),
  disruptionTests: z.array(
    z.object({ testedOn: z.string(), result: disruptionResult, notes: z.string() }),
  ),
  sharedWithCollaboration: z.boolean(),
  flags: z.array(applicationFlag),
  rowVersion: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
  /** The acquisition the system was installed from (issue 5, step 7), if any. */
  acquisition: z.object({ id: uuid, title: z.string() }).nullable(),
  /** What the signed-in person may do with this system, so the UI shows only usable buttons. */
  allowed: z.object({ update: z.boolean(), archive: z.boolean() }),
});
export type Application = z.infer<typeof application>;

export const applicationSortKeys = [
  'name',
  'vendor',
  'lifecycle',
  'yearlyCost',
  'contractEnd',
  'updatedAt',
] as const;

export const contractFilters = ['expired', 'notice_passed', 'within_90_days', 'within_365_days'] as const;

export const applicationListQuery = z.object({
  /** Free text over name, vendor and description. */
  q: text(200).optional(),
  department: uuid.optional(),
  capability: uuid.optional(),
  lifecycle: lifecycle.optional(),
  /** A person's id, or `none` for systems without a systemägare. */
  owner: z.union([uuid, z.literal('none')]).optional(),
  personalData: queryBoolean.optional(),
  contract: z.enum(contractFilters).optional(),
  flag: applicationFlag.optional(),
  /** `true`: only archived systems, for restoring them (needs application.archive). */
  archived: queryBoolean.optional(),
  sort: z.enum(applicationSortKeys).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...pageQuery,
});
export type ApplicationListQuery = z.infer<typeof applicationListQuery>;

export const applicationListItem = z.object({
  id: uuid,
  name: z.string(),
  vendor: z.string().nullable(),
  kind: applicationKind,
  lifecycle,
  assessment: assessment.nullable(),
  yearlyCost: z.number().int().nullable(),
  ownerId: uuid.nullable(),
  ownerName: z.string().nullable(),
  personalData: z.boolean(),
  contractEndDate: z.string().nullable(),
  noticeDate: z.string().nullable(),
  flags: z.array(applicationFlag),
  updatedAt: z.string(),
});
export type ApplicationListItem = z.infer<typeof applicationListItem>;

export const applicationList = z.object({
  items: z.array(applicationListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Whether the person may create systems. */
  allowedCreate: z.boolean(),
});
export type ApplicationList = z.infer<typeof applicationList>;

export const overlapGroup = z.object({
  capabilityId: uuid,
  capabilityCode: z.string(),
  capabilityName: z.string(),
  systems: z.array(
    z.object({ id: uuid, name: z.string(), yearlyCost: z.number().int().nullable() }),
  ),
  /** Sum of the members' yearly cost (unknown costs count as 0). */
  totalYearlyCost: z.number().int(),
  /** Conservative saving: the total minus the most expensive member, as if that one were kept. */
  possibleSaving: z.number().int(),
});
export type OverlapGroup = z.infer<typeof overlapGroup>;

export const overlapReport = z.object({
  groups: z.array(overlapGroup),
  totalYearlyCost: z.number().int(),
  possibleSaving: z.number().int(),
});
export type OverlapReport = z.infer<typeof overlapReport>;

/** Every live system's id and name, for choosing integration targets. */
export const applicationNames = z.object({ items: z.array(z.object({ id: uuid, name: z.string() })) });

/** The register at a glance: how many systems, and how many show each deviation. */
export const applicationSummary = z.object({
  total: z.number().int(),
  flags: z.record(applicationFlag, z.number().int()),
});
export type ApplicationSummary = z.infer<typeof applicationSummary>;

/**
 * One change of a record, as its history tab shows it. Values are as stored, with ids replaced by
 * names: ownerId/managerId a name; departmentIds/capabilityIds lists of names; classification
 * `{k, r, t}`; contract `{endDate, noticeMonths}`; integrations `[{target, description}]`;
 * disruptionTests `[{testedOn, result, notes}]`; versions a list of strings.
 */
export const historyEvent = z.object({
  id: uuid,
  occurredAt: z.string(),
  action: z.string(),
  actorName: z.string().nullable(),
  /** Only the fields that changed, each with its value before and after. */
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export const historyList = z.object({ items: z.array(historyEvent) });
export type HistoryEvent = z.infer<typeof historyEvent>;
