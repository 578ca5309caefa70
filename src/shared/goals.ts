import { z } from 'zod';
import { isoDate, requiredText, text, uuid } from './common.js';

/** Goals are document items (vision → focus area → goal); a goal is followed up by KPIs. */

export const kpiUnits = ['percent', 'kronor', 'days', 'count', 'index'] as const;
const kpiUnit = z.enum(kpiUnits);
export const kpiDirections = ['higher', 'lower'] as const;
const kpiDirection = z.enum(kpiDirections);
/**
 * How a KPI's values arrive: entered by hand, imported, or computed on read from the e-services
 * register (issue 14, item 9): the share of possible e-services introduced (services in use of
 * those in use and candidates), or the digital share of cases weighted by volume. A computed KPI
 * takes no measurements by hand.
 */
export const kpiSources = ['manual', 'import', 'eservices_introduced', 'eservices_digital_share'] as const;
/** The sources whose values the register gives (computed on read). */
export const registerKpiSources: readonly KpiSource[] = ['eservices_introduced', 'eservices_digital_share'];
const kpiSource = z.enum(kpiSources);
type KpiSource = z.infer<typeof kpiSource>;

/** Derived from measurements against the target path; never typed in. */
const kpiStatuses = ['met', 'on_track', 'at_risk', 'missed', 'no_data'] as const;
const kpiStatus = z.enum(kpiStatuses);
export type KpiStatus = z.infer<typeof kpiStatus>;

/** A measured value: finite, within a range no real indicator leaves. */
const measuredValue = z.number().finite().min(-1_000_000_000_000).max(1_000_000_000_000);

const targetInput = z.object({
  value: measuredValue.describe("The target value (målvärde) to reach, in the KPI's unit."),
  targetDate: isoDate.describe('The day by which to reach it, YYYY-MM-DD.'),
});

export const kpiInput = z.object({
  /** The goal (a document item of kind goal) the KPI follows up. */
  goalId: uuid.describe('The goal (a document item of kind goal) the KPI follows up.'),
  name: requiredText(200).describe("The KPI's name."),
  /** Precise enough that there is no doubt about what it shows (Mjölby). */
  definition: requiredText(5000).describe('What exactly is measured and how: precise enough that there is no doubt about what it shows.'),
  unit: kpiUnit.describe('The unit of its values: `percent`, `kronor`, `days`, `count` or `index`.'),
  direction: kpiDirection.describe('Which way is better: `higher` or `lower` values.'),
  source: kpiSource.default('manual').describe('How values arrive: `manual` (entered by hand), `import`, or computed from the e-services register: `eservices_introduced` (per cent of possible e-services in use) or `eservices_digital_share` (per cent of cases digital, weighted by volume).'),
  ownerId: uuid.nullable().default(null).describe('The person responsible for the KPI; null if none.'),
  /** The baseline measurement (nulägesmätning). */
  baselineValue: measuredValue.nullable().default(null).describe('The baseline measurement (nulägesmätning); null if none.'),
  baselineDate: isoDate.nullable().default(null).describe('The day of the baseline measurement, YYYY-MM-DD; null if none.'),
  targets: z.array(targetInput).min(1).max(20).describe('The targets, each a value to reach by a date: at least one.'),
});
export type KpiInput = z.input<typeof kpiInput>;

export const measurementInput = z.object({
  /** The last day of the period measured, e.g. 2025-12-31 for the year 2025. */
  periodEnd: isoDate.describe('The last day of the period measured, e.g. 2025-12-31 for the year 2025.'),
  value: measuredValue.describe("The measured value, in the KPI's unit."),
  comment: text(2000).default('').describe('A remark on the value, e.g. its source or a caveat.'),
});
export type MeasurementInput = z.input<typeof measurementInput>;

const measurement = z.object({
  id: uuid.describe("The measurement's id."),
  periodEnd: z.string().describe('The last day of the period measured, YYYY-MM-DD.'),
  value: z.number().describe("The measured value, in the KPI's unit."),
  comment: z.string().describe('A remark on the value.'),
  enteredByName: z.string().nullable().describe('Who entered the value; null when no person is on record for it.'),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
});

const kpiEvaluation = z.object({
  status: kpiStatus.describe('Derived from the measurements against the target path: `met`, `on_track`, `at_risk`, `missed` or `no_data`.'),
  latest: z
    .object({ periodEnd: z.string().describe('The last day of its period, YYYY-MM-DD.'), value: z.number().describe('Its value.') })
    .nullable()
    .describe('The latest measurement; null when there is none.'),
  /** The target the latest measurement is judged against. */
  target: z
    .object({ value: z.number().describe('The target value.'), targetDate: z.string().describe('The day to reach it by, YYYY-MM-DD.') })
    .nullable()
    .describe('The target the latest measurement is judged against; null when there is none.'),
  /** Where the straight path from the start to the target stands at the latest measurement. */
  expected: z.number().nullable().describe('Where the straight path from the start to the target stands at the latest measurement; null without data.'),
});
export type KpiEvaluation = z.infer<typeof kpiEvaluation>;

export const kpi = z.object({
  id: uuid.describe("The KPI's id."),
  goalId: uuid.describe('The goal (a document item of kind goal) the KPI follows up.'),
  goalTitle: z.string().describe("The goal's title."),
  documentId: uuid.describe('The steering document the goal belongs to.'),
  documentTitle: z.string().describe("That document's title."),
  name: z.string().describe("The KPI's name."),
  definition: z.string().describe('What exactly is measured and how.'),
  unit: kpiUnit.describe('The unit of its values.'),
  direction: kpiDirection.describe('Which way is better: `higher` or `lower` values.'),
  source: kpiSource.describe('How values arrive: `manual`, `import`, or computed from the e-services register (`eservices_introduced`, `eservices_digital_share`).'),
  ownerId: uuid.nullable().describe('The person responsible for the KPI; null if none.'),
  ownerName: z.string().nullable().describe("That person's name; null if none."),
  baselineValue: z.number().nullable().describe('The baseline measurement (nulägesmätning); null if none.'),
  baselineDate: z.string().nullable().describe('The day of the baseline, YYYY-MM-DD; null if none.'),
  targets: z
    .array(z.object({ value: z.number().describe('The target value.'), targetDate: z.string().describe('The day to reach it by, YYYY-MM-DD.') }))
    .describe('The targets, each a value to reach by a date.'),
  measurements: z.array(measurement).describe('The measured values, one per period.'),
  evaluation: kpiEvaluation.describe("The KPI's derived status and what it rests on."),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
  allowed: z
    .object({
      update: z.boolean().describe('Whether the signed-in person may change the KPI.'),
      measure: z.boolean().describe('Whether the signed-in person may enter and correct measurements.'),
    })
    .describe('What the signed-in person may do with this KPI.'),
});
export type Kpi = z.infer<typeof kpi>;

export const kpiListQuery = z.object({
  document: uuid.optional().describe('Only KPIs of the goals of this steering document.'),
  goal: uuid.optional().describe('Only KPIs of this goal.'),
  status: kpiStatus.optional().describe('Only KPIs with this derived status.'),
});
export const kpiList = z.object({
  items: z
    .array(kpi.pick({ id: true, goalId: true, goalTitle: true, documentId: true, documentTitle: true, name: true, unit: true, direction: true, ownerName: true, evaluation: true }))
    .describe('The matching KPIs.'),
});

export const measurementParams = z.object({ id: uuid.describe("The KPI's id."), measurementId: uuid.describe("The measurement's id.") });

/** The goal follow-up a council member reads: every goal of a document with its status. */
export interface FollowUpNode {
  itemId: string;
  kind: 'principle' | 'vision' | 'focus_area' | 'goal';
  number: string;
  title: string;
  status: KpiStatus;
  kpis: { id: string; name: string; unit: z.infer<typeof kpiUnit>; evaluation: KpiEvaluation }[];
  children: FollowUpNode[];
}
const followUpNode: z.ZodType<FollowUpNode> = z.lazy(() =>
  z.object({
    itemId: uuid.describe("The document item's id."),
    kind: z.enum(['principle', 'vision', 'focus_area', 'goal']).describe("The item's kind: vision, focus area or goal."),
    number: z.string().describe("The item's label, e.g. `4.1.1`."),
    title: z.string().describe("The item's title."),
    status: kpiStatus.describe("A goal's worst KPI status; a focus area's or vision's from what is under it; `no_data` without KPIs."),
    kpis: z
      .array(
        z.object({
          id: uuid.describe("The KPI's id."),
          name: z.string().describe("The KPI's name."),
          unit: kpiUnit.describe('The unit of its values.'),
          evaluation: kpiEvaluation.describe("The KPI's derived status and what it rests on."),
        }),
      )
      .describe('The KPIs that follow up the goal.'),
    children: z.array(followUpNode).describe('The items under this one.'),
  }),
);
export const followUp = z.object({
  documentId: uuid.describe('The steering document followed up.'),
  documentTitle: z.string().describe('Its title.'),
  /** How many goals are in each status. */
  counts: z.record(kpiStatus, z.number().int()).describe('How many goals are in each status.'),
  goals: z.array(followUpNode).describe("The document's goal tree (principles left out), each node with its status."),
});
export type FollowUp = z.infer<typeof followUp>;

/** Every live goal of the municipality's documents, for linking projects and benefits to goals. */
export const goalList = z.object({
  items: z
    .array(
      z.object({
        id: uuid.describe("The goal's id (a document item)."),
        number: z.string().describe("The goal's label, e.g. `4.1.1`."),
        title: z.string().describe("The goal's title."),
        documentId: uuid.describe('The steering document the goal belongs to.'),
        documentTitle: z.string().describe("That document's title."),
      }),
    )
    .describe("Every live goal of the municipality's documents."),
});

// A recursive tree is a named component of the OpenAPI document.
z.globalRegistry.add(followUpNode, { id: 'FollowUpNode' });
