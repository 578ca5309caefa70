import { z } from 'zod';
import { isoDate, requiredText, text, uuid } from './common.js';

/** Goals are document items (vision → focus area → goal); a goal is followed up by KPIs. */

export const kpiUnits = ['percent', 'kronor', 'days', 'count', 'index'] as const;
export const kpiUnit = z.enum(kpiUnits);
export const kpiDirections = ['higher', 'lower'] as const;
export const kpiDirection = z.enum(kpiDirections);
export const kpiSources = ['manual', 'import'] as const;
export const kpiSource = z.enum(kpiSources);

/** Derived from measurements against the target path; never typed in. */
export const kpiStatuses = ['met', 'on_track', 'at_risk', 'missed', 'no_data'] as const;
export const kpiStatus = z.enum(kpiStatuses);
export type KpiStatus = z.infer<typeof kpiStatus>;

/** A measured value: finite, within a range no real indicator leaves. */
export const measuredValue = z.number().finite().min(-1_000_000_000_000).max(1_000_000_000_000);

export const targetInput = z.object({ value: measuredValue, targetDate: isoDate });

export const kpiInput = z.object({
  /** The goal (a document item of kind goal) the KPI follows up. */
  goalId: uuid,
  name: requiredText(200),
  /** Precise enough that there is no doubt about what it shows (Mjölby). */
  definition: requiredText(5000),
  unit: kpiUnit,
  direction: kpiDirection,
  source: kpiSource.default('manual'),
  ownerId: uuid.nullable().default(null),
  /** The baseline measurement (nulägesmätning). */
  baselineValue: measuredValue.nullable().default(null),
  baselineDate: isoDate.nullable().default(null),
  targets: z.array(targetInput).min(1).max(20),
});
export type KpiInput = z.input<typeof kpiInput>;

export const measurementInput = z.object({
  /** The last day of the period measured, e.g. 2025-12-31 for the year 2025. */
  periodEnd: isoDate,
  value: measuredValue,
  comment: text(2000).default(''),
});
export type MeasurementInput = z.input<typeof measurementInput>;

export const measurement = z.object({
  id: uuid,
  periodEnd: z.string(),
  value: z.number(),
  comment: z.string(),
  enteredByName: z.string().nullable(),
  rowVersion: z.number().int(),
});

export const kpiEvaluation = z.object({
  status: kpiStatus,
  latest: z.object({ periodEnd: z.string(), value: z.number() }).nullable(),
  /** The target the latest measurement is judged against. */
  target: z.object({ value: z.number(), targetDate: z.string() }).nullable(),
  /** Where the straight path from the start to the target stands at the latest measurement. */
  expected: z.number().nullable(),
});
export type KpiEvaluation = z.infer<typeof kpiEvaluation>;

export const kpi = z.object({
  id: uuid,
  goalId: uuid,
  goalTitle: z.string(),
  documentId: uuid,
  documentTitle: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: kpiUnit,
  direction: kpiDirection,
  source: kpiSource,
  ownerId: uuid.nullable(),
  ownerName: z.string().nullable(),
  baselineValue: z.number().nullable(),
  baselineDate: z.string().nullable(),
  targets: z.array(z.object({ value: z.number(), targetDate: z.string() })),
  measurements: z.array(measurement),
  evaluation: kpiEvaluation,
  rowVersion: z.number().int(),
  allowed: z.object({ update: z.boolean(), measure: z.boolean() }),
});
export type Kpi = z.infer<typeof kpi>;

export const kpiListQuery = z.object({ document: uuid.optional(), goal: uuid.optional(), status: kpiStatus.optional() });
export const kpiList = z.object({
  items: z.array(kpi.pick({ id: true, goalId: true, goalTitle: true, documentId: true, documentTitle: true, name: true, unit: true, direction: true, ownerName: true, evaluation: true })),
});

export const measurementParams = z.object({ id: uuid, measurementId: uuid });

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
export const followUpNode: z.ZodType<FollowUpNode> = z.lazy(() =>
  z.object({
    itemId: uuid,
    kind: z.enum(['principle', 'vision', 'focus_area', 'goal']),
    number: z.string(),
    title: z.string(),
    status: kpiStatus,
    kpis: z.array(z.object({ id: uuid, name: z.string(), unit: kpiUnit, evaluation: kpiEvaluation })),
    children: z.array(followUpNode),
  }),
);
export const followUp = z.object({
  documentId: uuid,
  documentTitle: z.string(),
  /** How many goals are in each status. */
  counts: z.record(kpiStatus, z.number().int()),
  goals: z.array(followUpNode),
});
export type FollowUp = z.infer<typeof followUp>;

/** Every live goal of the municipality's documents, for linking projects and benefits to goals. */
export const goalList = z.object({
  items: z.array(z.object({ id: uuid, number: z.string(), title: z.string(), documentId: uuid, documentTitle: z.string() })),
});
