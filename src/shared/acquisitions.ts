import { z } from 'zod';
import { isoDate, kronor, named, pageQuery, requiredText, text, uuid } from './common.js';

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

/** Why an acquisition above the portfolio threshold may not be installed yet (the refusal's machine code). */
const installBlocks = ['install_council_no_matter', 'install_council_undecided', 'install_council_not_approved'] as const;
export type InstallBlock = (typeof installBlocks)[number];

/** Which date the route's rules were taken from: the procurement's actual start, its planned start, or the report. */
const routeDateBases = ['started', 'planned', 'reported'] as const;
export type RouteDateBasis = (typeof routeDateBases)[number];

/** LOU 5 kap. 1 §: the rules in force when the procurement begins (actual, else planned), else on the day the need was reported. */
export function routeDate(row: { reportedOn: string; procurementPlannedOn: string | null; procurementStartedOn: string | null }): { date: string; basis: RouteDateBasis } {
  if (row.procurementStartedOn) return { date: row.procurementStartedOn, basis: 'started' };
  if (row.procurementPlannedOn) return { date: row.procurementPlannedOn, basis: 'planned' };
  return { date: row.reportedOn, basis: 'reported' };
}

/** Why the route stands where it does: the question asked now, where it ended, or what stops it. */
const routeCodes = [
  'ask_internal',
  'ask_partner',
  'ask_prestudy',
  'ask_agreement',
  'covered_internally',
  'covered_by_partner',
  'prestudy_no_purchase',
  'prestudy_wait',
  'agreement_exists',
  'at_most_direct_limit',
  'below_threshold',
  'at_or_above_threshold',
  'no_rule_in_force',
  'withdrawn',
] as const;

/**
 * The procurement rules a route's grounds name: the law's direct-procurement limit, the
 * municipality's own limit in price base amounts, the price base amount, the EU threshold and the
 * limit above which the reasons for a direct procurement must be documented.
 */
const groundRules = ['direct_limit', 'direct_limit_pbb', 'prisbasbelopp', 'threshold', 'documentation_limit'] as const;
export type GroundRule = (typeof groundRules)[number];
const missingRules = ['direct_limit', 'threshold', 'prisbasbelopp'] as const;

export const prestudyResults = ['no_purchase', 'wait', 'purchase'] as const;
export const purchaseKinds = ['framework_agreement', 'one_time_purchase'] as const;

/** A reported need (anmälan). */
export const acquisitionInput = z.object({
  title: requiredText(200).describe("The need's title."),
  /** What the need is, in the department's words. */
  needText: requiredText(10_000).describe("What the need is, in the department's words."),
  /** The capabilities (verksamhetsförmågor) the need concerns: at least one, so systems can be matched. */
  capabilityIds: z.array(uuid).min(1).max(30).describe('The capabilities (verksamhetsförmågor) the need concerns: at least one, so systems can be matched.'),
  departmentId: uuid.describe('The department that has the need.'),
  /** Purchase plus running cost over the whole contract period, options and extensions included, excl. VAT. */
  estimatedValue: kronor.describe('Purchase plus running cost over the whole contract period, options and extensions included, excl. VAT, whole kronor.'),
  /** When the need must be met. */
  neededBy: isoDate.nullable().default(null).describe('When the need must be met, YYYY-MM-DD; null if not given.'),
  /** LOU 5 kap. 1 §: the value is estimated when the procurement begins; the route applies the rules in force then. */
  procurementPlannedOn: isoDate.nullable().default(null).describe('The planned day the procurement begins (the notice is sent, or the procedure starts), YYYY-MM-DD; null if not planned.'),
  procurementStartedOn: isoDate.nullable().default(null).describe('The day the procurement actually began, YYYY-MM-DD, not after today; null until it has.'),
});
export type AcquisitionInput = z.infer<typeof acquisitionInput>;
export type AcquisitionInputDraft = z.input<typeof acquisitionInput>;

const comment = text(2000).default('').describe('Why the step was answered so, for the record.');
/** One answer on the route; answering an earlier step again replaces it and every later answer. */
export const answerInput = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('internal').describe('Step 1: does the municipality already have a system that meets the need?'),
    covered: z.boolean().describe('Whether an own system meets the need.'),
    systemId: uuid.nullable().default(null).describe('The own system that meets it; null if none is named.'),
    comment,
  }),
  z.object({
    step: z.literal('partner').describe('Step 2: is there a solution in the collaboration to join?'),
    covered: z.boolean().describe("Whether a partner municipality's system meets the need."),
    systemId: uuid.nullable().default(null).describe("The partner's system shared with the collaboration; null if none is named."),
    comment,
  }),
  z.object({
    step: z.literal('prestudy').describe('Step 3: the needs inventory and pre-study.'),
    result: z.enum(prestudyResults).describe('What the pre-study concluded: `no_purchase`, `wait` or `purchase`.'),
    comment,
  }),
  z.object({
    step: z.literal('agreement').describe('Step 4: is there an agreement to call off from?'),
    exists: z.boolean().describe('Whether an agreement in force covers the need.'),
    agreementId: uuid.nullable().default(null).describe('That agreement of the agreements register; null if none is named.'),
    comment,
  }),
]);
export type AnswerInput = z.infer<typeof answerInput>;

export const prestudyInput = z.object({ prestudyText: text(50_000).describe('The needs inventory and pre-study, as text.') });

/** Withdrawing a need (återkalla): why, for the record and the council. */
export const withdrawInput = z.object({ reason: requiredText(2000).describe('Why the need is withdrawn.') });

/** An attachment to the pre-study, sent as base64 (at most 5 MB). */
export const attachmentInput = z.object({
  fileName: requiredText(200).describe("The file's name."),
  contentBase64: z.string().min(1).max(7_000_000).describe('The file as base64, at most 5 MB.'),
});

/** Step 7: the bought (or joined) solution is installed and becomes a system in the register. */
export const installInput = z.object({
  name: requiredText(200).describe("The new system's name in the register."),
  vendor: text(200).nullable().default(null).describe("The supplier's name; a supplier record is found or created by it. Null: none."),
  purchaseKind: z.enum(purchaseKinds).nullable().default(null).describe('`framework_agreement` or `one_time_purchase`; null if not said.'),
  /** The agreement the purchase ended in (from the agreements register); a call-off's agreement by default. */
  agreementId: uuid.nullable().default(null).describe("The agreement the purchase ended in (from the agreements register); a call-off's agreement by default."),
  installedOn: isoDate.describe('The day the solution was installed, YYYY-MM-DD.'),
});

export const acquisitionListQuery = z.object({
  q: z.string().max(200).optional().describe('Free text over title and need text.'),
  step: z.enum(acquisitionSteps).optional().describe('Only needs waiting at this step.'),
  outcome: z.enum(acquisitionOutcomes).optional().describe('Only needs whose route ended in this outcome.'),
  /** `open`: the route has not ended; `ended`: it has. */
  state: z.enum(['open', 'ended']).optional().describe('`open`: the route has not ended; `ended`: it has.'),
  departmentId: uuid.optional().describe('Only needs of this department.'),
  /** The IT council's inbox: `false` lists what the council has not yet noted. */
  noted: z.enum(['true', 'false']).optional().describe("The IT council's inbox: `false` lists what the council has not yet noted, `true` what it has."),
  ...pageQuery,
});


const acquisitionSummary = z.object({
  id: uuid.describe("The acquisition's id."),
  title: z.string().describe("The need's title."),
  departmentId: uuid.describe('The department that has the need.'),
  departmentName: z.string().describe("That department's name."),
  estimatedValue: z.number().describe('Purchase plus running cost over the whole contract period, excl. VAT, kronor.'),
  reportedOn: z.string().describe('The day the need was reported, YYYY-MM-DD; the rules in force on it apply.'),
  reportedByName: z.string().nullable().describe('Who reported it; null when no person is on record.'),
  neededBy: z.string().nullable().describe('When the need must be met, YYYY-MM-DD; null if not given.'),
  /** The question to answer next; null when the route has ended or cannot go on. */
  step: z.enum(acquisitionSteps).nullable().describe('The question to answer next; null when the route has ended or cannot go on.'),
  outcome: z.enum(acquisitionOutcomes).nullable().describe('Where the route ended, e.g. `call_off` or `direct_procurement`, or `withdrawn`; null while open.'),
  councilNotedAt: z.string().nullable().describe('When the IT council noted the report (ISO 8601 timestamp); null: not yet.'),
  projectId: uuid.nullable().describe('The project proposal made in the portfolio for a purchase above the threshold; null if none.'),
  applicationId: uuid.nullable().describe('The system of the register it was installed as; null until installed.'),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
});
export type AcquisitionSummary = z.infer<typeof acquisitionSummary>;
export const acquisitionList = z.object({
  items: z.array(acquisitionSummary).describe('The needs of the requested page, newest report first.'),
  total: z.number().int().describe('How many match, over all pages.'),
  page: z.number().int().describe('The page returned, counting from 1.'),
  pageSize: z.number().int().describe('How many items a page holds.'),
  allowedCreate: z.boolean().describe('Whether the signed-in person may report needs.'),
});

const answerView = z.object({
  id: uuid.describe("The answer's id."),
  step: z.enum(answerSteps).describe('The step answered.'),
  covered: z.boolean().nullable().describe('Steps internal and partner: whether a system meets the need; null for other steps.'),
  result: z.enum(prestudyResults).nullable().describe("Step prestudy: the pre-study's conclusion; null for other steps."),
  /** The internal system, or the partner's system (with its municipality). */
  system: z
    .object({
      id: uuid.describe("The system's id."),
      name: z.string().describe("The system's name."),
      municipality: z.string().nullable().describe("The partner municipality's name; null for an own system."),
    })
    .nullable()
    .describe("The internal system, or the partner's system (with its municipality); null if none."),
  agreement: named.nullable().describe('Step agreement: the agreement named; null if none.'),
  comment: z.string().describe('Why the step was answered so.'),
  answeredAt: z.string().describe('When it was answered (ISO 8601 timestamp).'),
  answeredByName: z.string().nullable().describe('Who answered; null when no person is on record.'),
  /** Replaced by a later answer to the same or an earlier step; kept for the record. */
  superseded: z.boolean().describe('Replaced by a later answer to the same or an earlier step; kept for the record.'),
});
export type AnswerView = z.infer<typeof answerView>;

export const acquisitionDetail = acquisitionSummary.extend({
  needText: z.string().describe("What the need is, in the department's words."),
  capabilities: z
    .array(
      z.object({
        id: uuid.describe("The capability's id."),
        code: z.string().describe("The capability's code, e.g. `VO.DOK`."),
        name: z.string().describe("The capability's name in the reader's language."),
      }),
    )
    .describe('The capabilities the need concerns.'),
  reportedById: uuid.nullable().describe('The person who reported the need; null if none on record.'),
  prestudyText: z.string().describe('The needs inventory and pre-study, as text.'),
  /** Removed ones (`archived`) are listed only to an admin, who may restore them. */
  attachments: z
    .array(
      z.object({
        id: uuid.describe("The attachment's id."),
        fileName: z.string().describe("The file's name."),
        contentType: z.string().describe("The file's media type."),
        size: z.number().int().describe("The file's size in bytes."),
        uploadedAt: z.string().describe('When it was attached (ISO 8601 timestamp).'),
        uploadedByName: z.string().nullable().describe('Who attached it; null when no person is on record.'),
        archived: z.boolean().describe('Whether it was removed (archived; an admin may restore it).'),
      }),
    )
    .describe('Files attached to the pre-study; removed ones (`archived`) are listed only to an admin.'),
  route: z
    .object({
      code: z
        .enum(routeCodes)
        .describe(
          'Why the route stands where it does: `ask_*` the question asked now; `covered_internally`, `covered_by_partner`, `prestudy_no_purchase`, `prestudy_wait`, `agreement_exists` where an answer ended it; `at_most_direct_limit`, `below_threshold`, `at_or_above_threshold` the procedure the value gives (see `grounds`); `no_rule_in_force` a rule value is missing (see `missing`); `withdrawn`.',
        ),
      /** The route's reason in one sentence in the reader's language; the figures are in `grounds`. */
      reason: z.string().describe("The route's reason in one sentence in the reader's language; the value and the rules it used are in `grounds`."),
      /** A rule value in force on the need's date is not known; an earlier value was used and named. */
      provisional: z.boolean().describe("Whether a rule value in force on the need's date is not known, so an earlier value was used (and named)."),
      grounds: z
        .object({
          value: z.number().describe('The estimated value the rules were applied to, kronor excl. VAT.'),
          routedOn: z
            .object({
              date: z.string().describe('The day whose rules were applied, YYYY-MM-DD.'),
              basis: z.enum(routeDateBases).describe('Which date that is: `started`, `planned` or `reported` (as `routedOn`).'),
            })
            .describe('The date the rules were taken from (LOU 5 kap. 1 §: when the procurement begins).'),
          rules: z
            .array(
              z.object({
                rule: z
                  .enum(groundRules)
                  .describe('`direct_limit` (the law\'s direct-procurement limit), `direct_limit_pbb` (the municipality\'s own limit in price base amounts), `prisbasbelopp`, `threshold` (the EU threshold) or `documentation_limit`.'),
                amount: z.number().describe('The limit in kronor as applied; for `direct_limit_pbb` the number of price base amounts times the price base amount.'),
                perPbb: z.number().nullable().describe('For `direct_limit_pbb`: the number of price base amounts; null for the others.'),
                comparison: z
                  .enum(['at_most', 'above', 'below', 'at_or_above'])
                  .nullable()
                  .describe('How the value stands to the limit: `at_most` (uppgår till högst), `above`, `below` (understiger) or `at_or_above`; null for `prisbasbelopp`, a factor.'),
                effectiveFrom: z.string().describe('The first day the value used is in force, YYYY-MM-DD.'),
                effectiveUntil: z.string().nullable().describe('The last day it is in force, YYYY-MM-DD: the day before the next value of the rule; null while no later value is entered.'),
                law: z.string().nullable().describe('The paragraph of law the rule rests on, e.g. `LOU 19 kap. 2 §`; null for the municipality\'s own limit and the price base amount.'),
                source: z.string().describe("The source the rule value names (its description's `Källa:` part, else the whole description), as entered."),
                unknownNewerFrom: z.string().nullable().describe('Set when the value in force on the date is not entered yet: the day that value starts; the value shown is the latest earlier one.'),
              }),
            )
            .describe('The rules applied, each with its limit, the period it is in force and its source.'),
          mustDocument: z.boolean().nullable().describe('For a direct procurement: whether its reasons must be documented (above the documentation limit, LOU 19 kap. 30 §); null otherwise.'),
        })
        .nullable()
        .describe('For a procedure worked out from the value (`at_most_direct_limit`, `below_threshold`, `at_or_above_threshold`): the value and the rules applied; null otherwise.'),
      missing: z.array(z.enum(missingRules)).describe('For `no_rule_in_force`: the rules with no value in force on the date; empty otherwise.'),
    })
    .describe('Where the route stands and why.'),
  answers: z.array(answerView).describe('Every answer given on the route, superseded ones included, with who gave it.'),
  /** Is the value at or above the portfolio threshold in force on the need's date (null: no threshold)? */
  aboveThreshold: z.boolean().nullable().describe("Whether the value is at or above the portfolio threshold in force on the need's date; null: no threshold."),
  project: named.nullable().describe('The project proposal made in the portfolio; null if none.'),
  application: named.nullable().describe('The system of the register it was installed as; null until installed.'),
  installedOn: z.string().nullable().describe('The day it was installed, YYYY-MM-DD; null until installed.'),
  purchaseKind: z.enum(purchaseKinds).nullable().describe('`framework_agreement` or `one_time_purchase`, as given at installation; null if not given.'),
  councilNotedByName: z.string().nullable().describe('Who noted the report for the IT council; null: not noted or no person on record.'),
  councilItems: z
    .array(
      z.object({
        id: uuid.describe("The matter's id."),
        meetingId: uuid.describe('The meeting whose agenda holds it.'),
        meetingDate: z.string().describe('The day of that meeting, YYYY-MM-DD.'),
        number: z.number().int().describe('The paragraph number (§) within the meeting.'),
        decision: z.string().nullable().describe('The decision taken, e.g. `approved`; null until decided.'),
      }),
    )
    .describe("The IT council's matters about this acquisition."),
  directReasonsRequired: z
    .boolean()
    .describe('Whether a "no" at step 4 (no agreement) ends the route in a direct procurement above the documentation limit, so the answer\'s comment must give the reasons (LOU 19 kap. 30 §).'),
  procurementPlannedOn: z.string().nullable().describe('The planned day the procurement begins, YYYY-MM-DD; null if not planned.'),
  procurementStartedOn: z.string().nullable().describe('The day the procurement began, YYYY-MM-DD; null until it has.'),
  routedOn: z
    .object({
      date: z.string().describe('The day whose rules the route applies, YYYY-MM-DD.'),
      basis: z.enum(routeDateBases).describe('Which date that is: `started` (the procurement began), `planned` (it is planned to begin) or `reported` (neither is known: the day the need was reported).'),
    })
    .describe('The date the procurement rules were taken from (LOU 5 kap. 1 §: when the procurement begins).'),
  installBlocked: z
    .enum(installBlocks)
    .nullable()
    .describe("Above the portfolio threshold, what installing still needs: the IT council's approval of the matter (`install_council_no_matter`, `install_council_undecided`, `install_council_not_approved`) or the approved project; null when nothing is missing (or it cannot be installed anyway)."),
  withdrawn: z
    .object({
      at: z.string().describe('When the need was withdrawn (ISO 8601 timestamp).'),
      byName: z.string().nullable().describe('Who withdrew it; null when no person is on record.'),
      reason: z.string().describe('Why it was withdrawn.'),
    })
    .nullable()
    .describe('The withdrawal (återkallelse); null unless withdrawn.'),
  /** `manageAttachments`: remove (archive) and restore attachments — an admin's (DECISIONS.md 11). */
  allowed: z
    .object({
      edit: z.boolean().describe('Whether the signed-in person may change the need.'),
      answer: z.boolean().describe("Whether they may answer the route's steps."),
      install: z.boolean().describe('Whether they may install it as a system (step 7).'),
      note: z.boolean().describe('Whether they may note the report for the IT council.'),
      manageAttachments: z.boolean().describe("Whether they may remove (archive) and restore attachments: an admin's."),
      withdraw: z.boolean().describe('Whether they may withdraw the need.'),
      reopen: z.boolean().describe('Whether they may take a withdrawn need up again.'),
    })
    .describe('What the signed-in person may do with this acquisition.'),
});
export type AcquisitionDetail = z.infer<typeof acquisitionDetail>;

/** What Roder proposes for steps 1, 2 and 4, best match first. */
export const suggestions = z.object({
  internal: z
    .array(
      z.object({
        id: uuid.describe("The system's id."),
        name: z.string().describe("The system's name."),
        supplier: z.string().nullable().describe("The supplier's name; null if none."),
        lifecycle: z.string().describe("The system's lifecycle, e.g. `in_use`."),
        matched: z.number().int().describe("How many of the need's capabilities the system serves."),
        capabilityNames: z.array(z.string()).describe('The names of those capabilities.'),
      }),
    )
    .describe("Step 1: the municipality's own systems serving the need's capabilities, best match first."),
  /** Partner municipalities' systems shared with the collaboration: nothing else of theirs is shown. */
  partner: z
    .array(
      z.object({
        id: uuid.describe("The system's id."),
        name: z.string().describe("The system's name."),
        municipality: z.string().describe("The partner municipality's name."),
        supplier: z.string().nullable().describe("The supplier's name; null if none."),
        matched: z.number().int().describe("How many of the need's capabilities the system serves."),
        capabilityNames: z.array(z.string()).describe('The names of those capabilities.'),
      }),
    )
    .describe("Step 2: partner municipalities' systems shared with the collaboration: nothing else of theirs is shown."),
  agreements: z
    .array(
      z.object({
        id: uuid.describe("The agreement's id."),
        name: z.string().describe("The agreement's name."),
        kind: z.string().describe('`framework` (ramavtal) or `contract`.'),
        supplier: z.string().nullable().describe("The supplier's name; null if none."),
        endDate: z.string().nullable().describe("The agreement's end date, YYYY-MM-DD; null if none."),
        matched: z.number().int().describe("How many of the need's capabilities the agreement's scope covers."),
        capabilityNames: z.array(z.string()).describe('The names of those capabilities.'),
      }),
    )
    .describe("Step 4: agreements of the register in force on the need's date whose scope covers its capabilities, best match first."),
  /** How many of the need's capabilities there are, to show "2 of 3". */
  needCapabilities: z.number().int().describe('How many capabilities the need has, to show "2 of 3".'),
});
export type Suggestions = z.infer<typeof suggestions>;
