import { z } from 'zod';
import { isoDate, kronor, requiredText, text, uuid } from './common.js';

/** idé → förstudie → beslutad → pågår → avslutad / avbruten. */
export const projectStatuses = ['idea', 'prestudy', 'approved', 'in_progress', 'closed', 'cancelled'] as const;
export const projectStatus = z.enum(projectStatuses);
export type ProjectStatus = z.infer<typeof projectStatus>;

export const healths = ['green', 'yellow', 'red'] as const;
export const health = z.enum(healths);

/** IT projects always belong to the portfolio; other development projects above the threshold. */
export const projectKinds = ['it', 'development'] as const;
export const projectKind = z.enum(projectKinds);

export const systemRelations = ['introduces', 'changes', 'phases_out'] as const;

export const benefitKinds = ['direct', 'indirect', 'qualitative'] as const;
export const confidences = ['low', 'medium', 'high'] as const;

const year = z.number().int().min(2000).max(2100);

export const benefitInput = z.object({
  kind: z.enum(benefitKinds),
  description: requiredText(500),
  /** Who receives the benefit, e.g. "Socialförvaltningen", "invånarna". */
  recipient: text(200).default(''),
  /** Kronor per year (direct, or indirect given as an amount). */
  yearlyAmount: z.number().int().min(-100_000_000_000).max(100_000_000_000).nullable().default(null),
  /** Indirect benefits as time freed: hours per year at an hourly cost. */
  hoursPerYear: z.number().min(0).max(10_000_000).nullable().default(null),
  hourlyCost: z.number().int().min(0).max(100_000).nullable().default(null),
  /** Qualitative benefits: 1 (small) to 5 (large). */
  score: z.number().int().min(1).max(5).nullable().default(null),
  firstYear: year,
  confidence: z.enum(confidences),
  /** How the benefit will be measured; optionally a KPI. */
  measuredBy: text(1000).default(''),
  kpiId: uuid.nullable().default(null),
});
export type BenefitInputDraft = z.input<typeof benefitInput>;

export const projectInput = z.object({
  name: requiredText(200),
  kind: projectKind.default('it'),
  purpose: text(10_000).default(''),
  /** Goals (document items of kind goal) the project contributes to. */
  goalIds: z.array(uuid).max(50).default([]),
  ownerId: uuid.nullable().default(null),
  sponsorId: uuid.nullable().default(null),
  departmentIds: z.array(uuid).max(50).default([]),
  startDate: isoDate.nullable().default(null),
  endDate: isoDate.nullable().default(null),
  milestones: z.array(z.object({ title: requiredText(200), dueDate: isoDate, doneOn: isoDate.nullable().default(null) })).max(100).default([]),
  /** Investment per calendar year, whole kronor. */
  investments: z.array(z.object({ year, amount: kronor })).max(30).default([]),
  yearlyRunningCost: kronor.default(0),
  runningFromYear: year.nullable().default(null),
  health: health.default('green'),
  healthReason: text(1000).default(''),
  systems: z.array(z.object({ applicationId: uuid, relation: z.enum(systemRelations) })).max(100).default([]),
  benefits: z.array(benefitInput).max(100).default([]),
  /** The valuation's horizon in years, from the first year of investment or start. */
  horizonYears: z.number().int().min(1).max(30).default(5),
  /** Efterkalkyl: actual cost and realised money benefit per year, entered after delivery. */
  actuals: z.array(z.object({ year, cost: kronor, benefit: z.number().int().min(-100_000_000_000).max(100_000_000_000) })).max(30).default([]),
  /** Effekthemtagning: follow-ups that make sure the benefit is taken home. */
  realisation: z
    .array(z.object({ title: requiredText(300), dueDate: isoDate, responsibleId: uuid.nullable().default(null), doneOn: isoDate.nullable().default(null), note: text(2000).default('') }))
    .max(100)
    .default([]),
});
export type ProjectInputDraft = z.input<typeof projectInput>;
export type ProjectInput = z.infer<typeof projectInput>;

export const valuationYear = z.object({
  year,
  investment: z.number(),
  running: z.number(),
  cost: z.number(),
  direct: z.number(),
  indirect: z.number(),
  net: z.number(),
  cumulativeNet: z.number(),
  discountedNet: z.number(),
});

export const valuation = z.object({
  years: z.array(valuationYear),
  discountRate: z.number(),
  netPresentValue: z.number(),
  paybackYear: year.nullable(),
  confidenceWeightedBenefit: z.number(),
  /** What the portfolio threshold is weighed against: the horizon's costs plus investments after it. */
  costForThreshold: z.number(),
  peng: z.object({ directBenefit: z.number(), indirectBenefit: z.number(), qualitativeScore: z.number().nullable(), cost: z.number(), net: z.number() }),
});

/** Output shapes are plain (no input transforms): a response is serialised, not parsed. */
const milestone = z.object({ title: z.string(), dueDate: z.string(), doneOn: z.string().nullable() });
const benefit = z.object({
  kind: z.enum(benefitKinds),
  description: z.string(),
  recipient: z.string(),
  yearlyAmount: z.number().nullable(),
  hoursPerYear: z.number().nullable(),
  hourlyCost: z.number().nullable(),
  score: z.number().nullable(),
  firstYear: z.number().int(),
  confidence: z.enum(confidences),
  measuredBy: z.string(),
  kpiId: uuid.nullable(),
});

export const project = z.object({
  id: uuid,
  name: z.string(),
  kind: projectKind,
  purpose: z.string(),
  goalIds: z.array(uuid),
  ownerId: uuid.nullable(),
  sponsorId: uuid.nullable(),
  departmentIds: z.array(uuid),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  milestones: z.array(milestone),
  investments: z.array(z.object({ year: z.number().int(), amount: z.number() })),
  yearlyRunningCost: z.number(),
  runningFromYear: z.number().int().nullable(),
  health,
  healthReason: z.string(),
  systems: z.array(z.object({ applicationId: uuid, relation: z.enum(systemRelations) })),
  benefits: z.array(benefit),
  horizonYears: z.number().int(),
  actuals: z.array(z.object({ year: z.number().int(), cost: z.number(), benefit: z.number() })),
  realisation: z.array(z.object({ title: z.string(), dueDate: z.string(), responsibleId: uuid.nullable(), doneOn: z.string().nullable(), note: z.string(), overdue: z.boolean() })),
  /** Estimated against actual, per year of the valuation and of the actuals. */
  postCalculation: z.array(z.object({ year: z.number().int(), estimatedCost: z.number(), actualCost: z.number().nullable(), estimatedBenefit: z.number(), actualBenefit: z.number().nullable() })),
  status: projectStatus,
  ownerName: z.string().nullable(),
  sponsorName: z.string().nullable(),
  totalInvestment: z.number(),
  /** The portfolio threshold in force today and whether the project's cost over the horizon is above it. */
  threshold: z.object({ amount: z.number().nullable(), above: z.boolean() }),
  valuation,
  rowVersion: z.number().int(),
  updatedAt: z.string(),
  allowed: z.object({ update: z.boolean(), transition: z.boolean() }),
});
export type Project = z.infer<typeof project>;

export const projectTransitionInput = z.object({ to: projectStatus });

export const projectListQuery = z.object({
  q: text(200).optional(),
  status: projectStatus.optional(),
  department: uuid.optional(),
  health: health.optional(),
});

export const projectListItem = project.pick({
  id: true, name: true, kind: true, status: true, ownerName: true, startDate: true, endDate: true, health: true, totalInvestment: true, yearlyRunningCost: true, threshold: true,
}).extend({
  netPresentValue: z.number(),
  /** Direct and indirect money benefit over the valuation horizon. */
  moneyBenefit: z.number(),
  /** Investment and running cost over the valuation horizon. */
  horizonCost: z.number(),
  milestones: z.array(milestone),
});
export const projectList = z.object({
  items: z.array(projectListItem),
  sums: z.object({ investment: z.number(), yearlyRunningCost: z.number(), netPresentValue: z.number() }),
  allowedCreate: z.boolean(),
});

/** Rules that law or policy change, as data with an effective date (never constants in code). */
export const ruleKeys = ['portfolio_threshold', 'discount_rate_percent', 'direct_procurement_limit', 'direct_procurement_limit_pbb', 'direct_procurement_documentation_limit', 'eu_threshold', 'prisbasbelopp'] as const;
export const ruleValue = z.object({
  id: uuid,
  key: z.enum(ruleKeys),
  /** Null: the rule is known to change on the date but its value is not entered yet. */
  value: z.number().nullable(),
  effectiveFrom: z.string(),
  /** Where the value comes from (a decision, a law, a source). */
  description: z.string(),
  rowVersion: z.number().int(),
});
export const ruleValueInput = z.object({
  key: z.enum(ruleKeys),
  value: z.number().min(0).max(100_000_000_000),
  effectiveFrom: isoDate,
  description: requiredText(1000),
});
export const ruleValueList = z.object({ items: z.array(ruleValue), allowedManage: z.boolean() });
