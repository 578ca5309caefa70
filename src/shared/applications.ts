import { z } from 'zod';
import { isoDate, kronor, pageQuery, queryBoolean, requiredText, text, uuid } from './common.js';
import { applicationQuality, qualityBands } from './quality.js';

/** system: many people change shared data (ProCapita); application: a personal tool (a word processor). */
export const applicationKinds = ['system', 'application'] as const;
const applicationKind = z.enum(applicationKinds);

/** The municipality's use of a system: planerad → i drift → avvecklas → avvecklad. */
const lifecycles = ['planned', 'in_use', 'phasing_out', 'phased_out'] as const;
const lifecycle = z.enum(lifecycles);
export type Lifecycle = z.infer<typeof lifecycle>;

/** TIME assessment: tolerate (behåll), invest, migrate, eliminate (avveckla). */
export const assessments = ['tolerate', 'invest', 'migrate', 'eliminate'] as const;
const assessment = z.enum(assessments);

export const disruptionResults = ['passed', 'passed_with_remarks', 'failed'] as const;
const disruptionResult = z.enum(disruptionResults);
export type DisruptionResult = z.infer<typeof disruptionResult>;

/** One level of the four-level K/R/T scale; empty (null) means not classified. */
const classificationLevel = z.number().int().min(1).max(4).nullable();

const classification = z.object({
  /** Konfidentialitet: harm if the information is disclosed. */
  k: classificationLevel.describe('Confidentiality (konfidentialitet), 1–4: how much harm disclosure of the information would do; null: not classified.'),
  /** Riktighet (Mjölby's "integritet"): harm if the information is wrong or changed. */
  r: classificationLevel.describe('Integrity (riktighet), 1–4: how much harm wrong or changed information would do; null: not classified.'),
  /** Tillgänglighet: harm if the information is unavailable. */
  t: classificationLevel.describe('Availability (tillgänglighet), 1–4: how much harm unavailable information would do; null: not classified.'),
});
export type Classification = z.infer<typeof classification>;

const contractInput = z.object({
  /** The agreement's end date. */
  endDate: isoDate.nullable().describe('The end date of the agreement, YYYY-MM-DD; null if none.'),
  /** Months of notice before the end date. */
  noticeMonths: z.number().int().min(0).max(120).nullable().describe('The notice period: months before the end date by which notice must be given; null if none.'),
  /**
   * An agreement of the agreements register that is the system's contract: its dates then come
   * from the register (send them unchanged or null). Null: the system's own contract, dated here.
   * Left out: as it was.
   */
  agreementId: uuid
    .nullable()
    .optional()
    .describe(
      "An agreement of the agreements register that is the system's contract; its dates then come from the register (send them unchanged or null). Null: the system's own contract, dated here. Left out: unchanged.",
    ),
});

const integrationInput = z.object({
  /** The system data flows to. */
  targetId: uuid.describe('The system the data flows to.'),
  description: text(500).default('').describe('What flows and how, in words.'),
});

const disruptionTestInput = z.object({
  testedOn: isoDate.describe('The day the disruption test was held, YYYY-MM-DD.'),
  result: disruptionResult.describe('How the system came through the test.'),
  notes: text(2000).default('').describe('Remarks and findings of the test.'),
});

/** What a client sends to create or replace a system (POST, PUT). */
export const applicationInput = z.object({
  name: requiredText(200).describe("The system's name."),
  /** The supplier's name; a supplier record is found or created by it. */
  vendor: text(200).nullable().default(null).describe("The supplier's name; a supplier record is found or created by it. Null: no supplier."),
  /** Versions in use, e.g. ["2016", "365"] for an office suite in two versions. */
  versions: z.array(requiredText(60)).max(20).default([]).describe('Versions in use, e.g. ["2016", "365"] for an office suite in two versions.'),
  kind: applicationKind.describe('`system`: shared data that many people change (e.g. ProCapita); `application`: a personal tool (e.g. a word processor).'),
  description: text(5000).default('').describe('What the system is and does, in words.'),
  lifecycle: lifecycle.describe("The municipality's use of the system: planned → in use → phasing out → phased out."),
  assessment: assessment.nullable().default(null).describe('The TIME assessment: tolerate, invest, migrate or eliminate; null: not assessed.'),
  /** Total yearly cost in whole kronor (licences, operation, support). */
  yearlyCost: kronor.nullable().default(null).describe('Total yearly cost in whole kronor (licences, operation, support); null: unknown.'),
  /** Systemägare: a person of the municipality. */
  ownerId: uuid.nullable().default(null).describe('The system owner (systemägare), a person of the municipality; null: none yet.'),
  /** Förvaltningsledare: a person of the municipality. */
  managerId: uuid.nullable().default(null).describe('The system manager (förvaltningsledare), a person of the municipality; null: none.'),
  departmentIds: z.array(uuid).max(100).default([]).describe('The departments that use the system.'),
  capabilityIds: z.array(uuid).max(100).default([]).describe('The business capabilities the system serves; overlaps are counted per capability.'),
  personalData: z.boolean().default(false).describe('Whether the system processes personal data (GDPR).'),
  classification: classification.default({ k: null, r: null, t: null }).describe('The information classification on the K/R/T scale.'),
  contract: contractInput.default({ endDate: null, noticeMonths: null }).describe("The system's contract: its own dates, or an agreement of the register."),
  integrations: z.array(integrationInput).max(200).default([]).describe('Data flows from this system to others; the whole list replaces the stored one.'),
  disruptionTests: z.array(disruptionTestInput).max(100).default([]).describe('Documented disruption tests; the whole list replaces the stored one.'),
  /** Visible, as a limited projection, to the other municipalities of the collaboration. */
  sharedWithCollaboration: z.boolean().default(false).describe('Visible, as a limited projection, to the other municipalities of the collaboration.'),
});
export type ApplicationInput = z.infer<typeof applicationInput>;
export type ApplicationInputDraft = z.input<typeof applicationInput>;

/** Deviations the register finds by itself; see rules.ts for each rule. */
export const applicationFlags = [
  'no_owner',
  'owner_inactive',
  'personal_data_unclassified',
  'notice_date_passed',
  'contract_expired',
  'disruption_test_missing',
  'disruption_test_failed',
  // Another live system has the same name or one that differs only in spelling (issue 12, item 1).
  'probable_duplicate',
] as const;
const applicationFlag = z.enum(applicationFlags);
export type ApplicationFlag = z.infer<typeof applicationFlag>;

export const application = z.object({
  id: uuid.describe("The system's id."),
  name: z.string().describe("The system's name."),
  vendor: z.string().nullable().describe("The supplier's name; null: no supplier."),
  versions: z.array(z.string()).describe('Versions in use.'),
  kind: applicationKind.describe('`system`: shared data that many people change; `application`: a personal tool.'),
  description: z.string().describe('What the system is and does.'),
  lifecycle: lifecycle.describe("The municipality's use of the system: planned → in use → phasing out → phased out."),
  assessment: assessment.nullable().describe('The TIME assessment; null: not assessed.'),
  yearlyCost: z.number().int().nullable().describe('Total yearly cost in whole kronor; null: unknown.'),
  ownerId: uuid.nullable().describe("The system owner's (systemägare) person id; null: none."),
  ownerName: z.string().nullable().describe("The system owner's name; null: none."),
  managerId: uuid.nullable().describe("The system manager's (förvaltningsledare) person id; null: none."),
  managerName: z.string().nullable().describe("The system manager's name; null: none."),
  departmentIds: z.array(uuid).describe('The departments that use the system.'),
  capabilityIds: z.array(uuid).describe('The business capabilities the system serves.'),
  personalData: z.boolean().describe('Whether the system processes personal data (GDPR).'),
  classification: classification.describe('The information classification on the K/R/T scale.'),
  contract: z.object({
    endDate: z.string().nullable().describe("The contract's end date, YYYY-MM-DD; null if none."),
    noticeMonths: z.number().int().nullable().describe('The notice period in months; null if none.'),
    /** The last day to give notice: end date minus the notice period. */
    noticeDate: z.string().nullable().describe('The last day to give notice, YYYY-MM-DD: the end date minus the notice period.'),
    /** The agreements register's agreement the dates come from; null for the system's own contract. */
    agreementId: uuid.nullable().describe("The agreement of the agreements register the dates come from; null for the system's own contract."),
    agreement: z
      .object({
        id: uuid.describe("The agreement's id."),
        name: z.string().describe("The agreement's name."),
        kind: z.string().describe('`framework` (ramavtal) or `contract`.'),
      })
      .nullable()
      .describe("The agreement the dates come from; null for the system's own contract."),
  }).describe("The system's contract dates, its own or from the agreements register."),
  integrations: z
    .array(
      z.object({
        targetId: uuid.describe('The system the data flows to.'),
        targetName: z.string().describe("That system's name."),
        description: z.string().describe('What flows and how.'),
      }),
    )
    .describe('Data flows from this system to others.'),
  /** Integrations other systems declared towards this one (read-only here). */
  incomingIntegrations: z
    .array(
      z.object({
        sourceId: uuid.describe('The system the data flows from.'),
        sourceName: z.string().describe("That system's name."),
        description: z.string().describe('What flows and how.'),
      }),
    )
    .describe('Integrations other systems declared towards this one (read-only here).'),
  disruptionTests: z
    .array(
      z.object({
        testedOn: z.string().describe('The day of the test, YYYY-MM-DD.'),
        result: disruptionResult.describe('How the system came through the test.'),
        notes: z.string().describe('Remarks and findings of the test.'),
      }),
    )
    .describe('Documented disruption tests.'),
  sharedWithCollaboration: z.boolean().describe('Visible, as a limited projection, to the other municipalities of the collaboration.'),
  flags: z.array(applicationFlag).describe('Deviations the register finds by itself, e.g. `no_owner` or `contract_expired`.'),
  quality: applicationQuality.describe("The record's completeness: score, band and the missing fields."),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
  createdAt: z.string().describe('When the system was registered (ISO 8601 timestamp).'),
  updatedAt: z.string().describe('When the system was last changed (ISO 8601 timestamp).'),
  archivedAt: z.string().nullable().describe('When the system was archived (ISO 8601 timestamp); null: live.'),
  /** The acquisition the system was installed from (issue 5, step 7), if any. */
  acquisition: z
    .object({ id: uuid.describe("The acquisition's id."), title: z.string().describe("The acquisition's title.") })
    .nullable()
    .describe('The acquisition the system was installed from; null if none.'),
  /** What the signed-in person may do with this system, so the UI shows only usable buttons. */
  allowed: z
    .object({
      update: z.boolean().describe('Whether the signed-in person may change the system.'),
      archive: z.boolean().describe('Whether the signed-in person may archive or restore the system.'),
    })
    .describe('What the signed-in person may do with this system, so the UI shows only usable buttons.'),
});
export type Application = z.infer<typeof application>;

export const applicationSortKeys = [
  'name',
  'vendor',
  'lifecycle',
  'yearlyCost',
  'contractEnd',
  'updatedAt',
  'quality',
] as const;

export const contractFilters = ['expired', 'notice_passed', 'within_90_days', 'within_365_days'] as const;

export const applicationListQuery = z.object({
  /** Free text over name, vendor and description. */
  q: text(200).optional().describe('Free text over name, vendor and description.'),
  department: uuid.optional().describe('Only systems used by this department.'),
  capability: uuid.optional().describe('Only systems serving this business capability.'),
  lifecycle: lifecycle.optional().describe('Only systems in this lifecycle state.'),
  /** A person's id, or `none` for systems without a systemägare. */
  owner: z.union([uuid, z.literal('none')]).optional().describe("A person's id for the systems they own, or `none` for systems without a system owner."),
  personalData: queryBoolean.optional().describe('`true`: only systems that process personal data; `false`: only those that do not.'),
  contract: z
    .enum(contractFilters)
    .optional()
    .describe('By contract: `expired`, `notice_passed` (still running, notice date passed), or ending `within_90_days` / `within_365_days`.'),
  flag: applicationFlag.optional().describe('Only systems showing this deviation.'),
  quality: z.enum(qualityBands).optional().describe('By completeness score: `low` (below 50), `medium` (50–79) or `high` (80 and above).'),
  /** `true`: only archived systems, for restoring them (needs application.archive). */
  archived: queryBoolean.optional().describe('`true`: only archived systems, for restoring them (needs application.archive).'),
  sort: z.enum(applicationSortKeys).default('name').describe('The column to sort by.'),
  order: z.enum(['asc', 'desc']).default('asc').describe('Ascending or descending.'),
  ...pageQuery,
});
export type ApplicationListQuery = z.infer<typeof applicationListQuery>;

const applicationListItem = z.object({
  id: uuid.describe("The system's id."),
  name: z.string().describe("The system's name."),
  vendor: z.string().nullable().describe("The supplier's name; null: no supplier."),
  kind: applicationKind.describe('`system` (shared data) or `application` (a personal tool).'),
  lifecycle: lifecycle.describe("The municipality's use of the system."),
  assessment: assessment.nullable().describe('The TIME assessment; null: not assessed.'),
  yearlyCost: z.number().int().nullable().describe('Total yearly cost in whole kronor; null: unknown.'),
  ownerId: uuid.nullable().describe("The system owner's person id; null: none."),
  ownerName: z.string().nullable().describe("The system owner's name; null: none."),
  personalData: z.boolean().describe('Whether the system processes personal data.'),
  contractEndDate: z.string().nullable().describe("The contract's end date, YYYY-MM-DD; null if none."),
  noticeDate: z.string().nullable().describe('The last day to give notice, YYYY-MM-DD; null if no end date.'),
  flags: z.array(applicationFlag).describe('Deviations the register finds by itself.'),
  qualityScore: z.number().int().describe('Completeness 0–100 from the weighted fields.'),
  updatedAt: z.string().describe('When the system was last changed (ISO 8601 timestamp).'),
});
export type ApplicationListItem = z.infer<typeof applicationListItem>;

export const applicationList = z.object({
  items: z.array(applicationListItem).describe('The systems of the requested page.'),
  total: z.number().int().describe('How many systems match, over all pages.'),
  page: z.number().int().describe('The page returned, counting from 1.'),
  pageSize: z.number().int().describe('How many items a page holds.'),
  /** Whether the person may create systems. */
  allowedCreate: z.boolean().describe('Whether the signed-in person may create systems.'),
});

/** How a municipality has judged an overlap: kept on purpose, or being migrated away. */
export const overlapMarkStatuses = ['intended', 'migrating'] as const;
const overlapMarkStatus = z.enum(overlapMarkStatuses);

/** What a client sends to mark an overlap group (POST) or change its mark (PUT). */
export const overlapMarkInput = z.object({
  status: overlapMarkStatus.describe('`intended` (avsiktlig: the systems are kept side by side on purpose) or `migrating` (under migration to fewer systems).'),
  reason: requiredText(2000).describe('Why the overlap is intended or how the migration goes, in words.'),
  reviewOn: isoDate.describe('When the mark is to be reviewed again, YYYY-MM-DD; after it the group shows as overdue for review.'),
});
export type OverlapMarkInput = z.infer<typeof overlapMarkInput>;

export const overlapMark = z.object({
  capabilityId: uuid.describe('The leaf capability whose overlap group is marked.'),
  status: overlapMarkStatus.describe('`intended` or `migrating`.'),
  reason: z.string().describe('Why, in words.'),
  reviewOn: z.string().describe('When the mark is to be reviewed again, YYYY-MM-DD.'),
  reviewOverdue: z.boolean().describe('Whether the review date has passed (before today).'),
  rowVersion: z.number().int().describe('The version of the mark; send it back as the ETag in `If-Match` to change or remove it.'),
});

export const overlapMarkParams = z.object({ capabilityId: uuid.describe('The leaf capability whose overlap group the mark belongs to.') });

const overlapGroup = z.object({
  capabilityId: uuid.describe('The leaf capability the systems overlap on.'),
  capabilityCode: z.string().describe("The capability's stable code, e.g. `VO.DOK`."),
  capabilityName: z.string().describe("The capability's name in the reader's language."),
  systems: z
    .array(
      z.object({
        id: uuid.describe("The system's id."),
        name: z.string().describe("The system's name."),
        yearlyCost: z.number().int().nullable().describe("The system's whole yearly cost in whole kronor; null: unknown."),
        capabilityCount: z.number().int().describe('How many leaf capabilities the system serves; its cost is split evenly over them.'),
        costShare: z.number().int().nullable().describe("The part of the system's yearly cost counted in this group: the cost split evenly over its leaf capabilities, in whole kronor; null: unknown."),
      }),
    )
    .describe('The systems (not being phased out) that serve the capability.'),
  /** Sum of the members' known cost shares. */
  totalYearlyCost: z.number().int().describe("Sum of the members' known cost shares in kronor; a lower bound when some cost is unknown."),
  /** Conservative saving: the total minus the largest share, as if that system were kept. */
  possibleSaving: z.number().int().describe('Conservative saving in kronor: the total minus the largest known share, as if that system were kept (DECISIONS.md 10); a lower bound when some cost is unknown.'),
  unknownCostSystems: z.number().int().describe('How many of the systems have no known yearly cost.'),
  mark: overlapMark.nullable().describe('How the municipality has judged the overlap; null: not marked (the group counts in the possible saving).'),
});
export type OverlapGroup = z.infer<typeof overlapGroup>;

const overlapReportData = z.object({
  groups: z.array(overlapGroup).describe('Unmarked groups, one per leaf capability served by two or more systems, largest saving first.'),
  markedGroups: z.array(overlapGroup).describe('Groups marked intended or under migration, shown apart and not counted in the totals; earliest review first.'),
  totalYearlyCost: z.number().int().describe("Sum of the unmarked groups' yearly cost in kronor; each system's cost counts once, split over its capabilities."),
  possibleSaving: z.number().int().describe("Sum of the unmarked groups' possible saving in kronor."),
  unknownCostSystems: z.number().int().describe('How many systems in the unmarked groups have no known yearly cost: when above 0, the totals are lower bounds.'),
});
export type OverlapReport = z.infer<typeof overlapReportData>;

export const overlapReport = overlapReportData.extend({
  allowedMark: z.boolean().describe('Whether the signed-in person may mark groups (application.update for the whole register).'),
});

/** Every live system's id and name, for choosing integration targets. */
export const applicationNames = z.object({
  items: z
    .array(z.object({ id: uuid.describe("The system's id."), name: z.string().describe("The system's name.") }))
    .describe('Every live system of the municipality.'),
});

/** Two systems of the register, for judging them not to be duplicates. */
export const duplicatePairParams = z.object({
  id: uuid.describe("One system's id."),
  otherId: uuid.describe("The other system's id."),
});

/** A system's probable duplicates (issue 12, item 1): other live systems with the same or a near name. */
export const applicationDuplicates = z.object({
  items: z
    .array(z.object({ id: uuid.describe("The other system's id."), name: z.string().describe("The other system's name.") }))
    .describe('Other live systems whose names are the same or differ only in spelling, a company form or a typo; pairs judged not duplicates are left out.'),
  dismissed: z
    .array(z.object({ id: uuid.describe("The other system's id."), name: z.string().describe("The other system's name.") }))
    .describe('Other live systems a person judged not to be the same system as this one; the judgement can be undone.'),
  allowedDismiss: z.boolean().describe('Whether the signed-in person may judge a pair not to be duplicates, or undo such a judgement.'),
});

/** The register at a glance: how many systems, and how many show each deviation. */
export const applicationSummary = z.object({
  total: z.number().int().describe('How many live systems the register holds.'),
  flags: z.record(applicationFlag, z.number().int()).describe('How many systems show each deviation.'),
});

/**
 * One change of a record, as its history tab shows it. Values are as stored, with ids replaced by
 * names: ownerId/managerId a name; departmentIds/capabilityIds lists of names; classification
 * `{k, r, t}`; contract `{endDate, noticeMonths}`; integrations `[{target, description}]`;
 * disruptionTests `[{testedOn, result, notes}]`; versions a list of strings.
 */
const historyEvent = z.object({
  id: uuid.describe("The event's id."),
  occurredAt: z.string().describe('When the change was made (ISO 8601 timestamp).'),
  action: z.string().describe('What was done: `create`, `update`, `archive` or `restore`.'),
  actorName: z.string().nullable().describe('The name of the person who made the change; null when no person is on record for it.'),
  /** Only the fields that changed, each with its value before and after. */
  changes: z
    .array(
      z.object({
        field: z.string().describe("The changed field's name, e.g. `ownerId` or `classification`."),
        before: z.unknown().describe('The value before the change, ids replaced by names; null if none.'),
        after: z.unknown().describe('The value after the change, ids replaced by names; null if none.'),
      }),
    )
    .describe('Only the fields that changed, each with its value before and after.'),
});
export const historyList = z.object({ items: z.array(historyEvent).describe("The record's changes, one event each.") });
export type HistoryEvent = z.infer<typeof historyEvent>;
