import { z } from 'zod';
import { isoDate, kronor, named, requiredText, text, uuid } from './common.js';
import { benefitInput, valuation } from './portfolio.js';

/**
 * IT plans (issue 14, items 1–6; Haninge's IT policy, Mjölby's yearly IT plans): the IT strategist
 * opens a planning round for a period; every department fills in its plan of needs; similar needs
 * are merged into the initiatives of one municipal IT plan, which is prioritised, decided (by KS or
 * the body configured) and frozen as a version.
 */

const year = z.number().int().min(2000).max(2100);

/** @public (for the web's status filters and labels) */
export const roundStatuses = ['open', 'decided'] as const;
export type RoundStatus = (typeof roundStatuses)[number];
/** @public (for the web's status filters and labels) */
export const departmentPlanStatuses = ['not_started', 'started', 'submitted'] as const;
export type DepartmentPlanStatus = (typeof departmentPlanStatuses)[number];

const costYear = z.object({
  year: year.describe('The calendar year.'),
  investment: kronor.default(0).describe('Investment that year, whole kronor.'),
  running: kronor.default(0).describe('Running cost that year, whole kronor.'),
});
export type PlanCostYear = z.infer<typeof costYear>;

const weightsInput = z.object({
  goals: z.number().int().min(0).max(100).describe('Weight of goal contribution, per cent.'),
  benefit: z.number().int().min(0).max(100).describe('Weight of benefit (net present value), per cent.'),
  cost: z.number().int().min(0).max(100).describe('Weight of cost (lower is better), per cent.'),
});
export type PlanWeights = z.infer<typeof weightsInput>;

/** @public (for the municipal plan's decision endpoint) */
export const planDecisionInput = z.object({
  decidingBody: requiredText(200).describe('The body that decided, e.g. "Kommunstyrelsen".'),
  decidedOn: isoDate.describe("The decision's date, YYYY-MM-DD."),
  diarienummer: text(50).default('').describe("The decision's case number, e.g. `KS 2026/0412`."),
  paragraph: text(50).default('').describe('The paragraph of the minutes, e.g. "§ 123".'),
  note: text(2000).default('').describe('What the decision says beyond adopting the plan.'),
});
export type PlanDecision = z.infer<typeof planDecisionInput>;

/** A need's benefit, valued with the portfolio's engine (one engine): the project's benefits and horizon. */
const needBenefitInput = z.object({
  benefits: z.array(benefitInput).min(1).max(50).describe('The expected benefits, as a project states them.'),
  horizonYears: z.number().int().min(1).max(30).default(5).describe("The valuation's horizon in years."),
});
export type NeedBenefit = z.infer<typeof needBenefitInput>;

export const roundInput = z.object({
  title: requiredText(200).describe('The round\'s title, e.g. "IT-plan 2027–2029".'),
  firstYear: year.describe("The period's first year."),
  lastYear: year.describe("The period's last year (at most ten years after the first)."),
  budgetYear: year.describe('The budget year the round feeds.'),
  deadline: isoDate.describe('The day the departments submit their plans by, YYYY-MM-DD.'),
  budgetFrames: z.array(costYear.pick({ year: true }).extend({ amount: kronor.describe('The frame that year, whole kronor.') })).max(10).default([]).describe('The budget frame per year, where one is entered.'),
  weights: weightsInput.default({ goals: 40, benefit: 40, cost: 20 }).describe("The prioritisation's weights, per cent; they need not sum to 100 (they are normalised)."),
});
export type RoundInput = z.infer<typeof roundInput>;

export const openRoundInput = roundInput.extend({
  departmentIds: z.array(uuid).max(500).nullable().default(null).describe('The departments asked for a plan; null: every live department.'),
  previousRoundId: uuid.nullable().default(null).describe("A round whose plans this one starts from (next year's revision); null: a blank round."),
});

export const needInput = z.object({
  title: requiredText(200).describe("The need's or initiative's title."),
  description: text(10_000).default('').describe('What is needed and why.'),
  goalIds: z.array(uuid).max(50).default([]).describe('Goals (document items of kind goal) it serves.'),
  capabilityIds: z.array(uuid).max(50).default([]).describe('Business capabilities it concerns.'),
  applicationIds: z.array(uuid).max(50).default([]).describe('Systems of the register it concerns.'),
  priority: z.number().int().min(1).max(3).default(2).describe('1 high, 2 medium, 3 low.'),
  costs: z.array(costYear).max(10).default([]).describe('Investment and running cost per year of the period.'),
  benefit: needBenefitInput.nullable().default(null).describe('The benefit valued as projects are; null for a small need.'),
  projectId: uuid.nullable().default(null).describe('The portfolio project it already is; null if none.'),
  acquisitionId: uuid.nullable().default(null).describe('The acquisition it already is on the route; null if none.'),
});
export type NeedInput = z.infer<typeof needInput>;
export type NeedInputDraft = z.input<typeof needInput>;

/** Output shapes are plain. */
const costYearOut = z.object({
  year: z.number().int().describe('The calendar year.'),
  investment: z.number().describe('Investment that year, kronor.'),
  running: z.number().describe('Running cost that year, kronor.'),
});
const budgetFrameOut = z.object({
  year: z.number().int().describe('The calendar year.'),
  amount: z.number().describe('The frame that year, kronor.'),
});
const weightsOut = z.object({
  goals: z.number().describe('Weight of goal contribution, per cent.'),
  benefit: z.number().describe('Weight of benefit, per cent.'),
  cost: z.number().describe('Weight of cost, per cent.'),
});
/** @public (for the municipal plan's decision endpoint) */
export const planDecision = z.object({
  decidingBody: z.string().describe('The body that decided.'),
  decidedOn: z.string().describe("The decision's date."),
  diarienummer: z.string().describe("The decision's case number."),
  paragraph: z.string().describe('The paragraph of the minutes.'),
  note: z.string().describe('What the decision says beyond adopting the plan.'),
});

export const need = z.object({
  id: uuid.describe("The need's id."),
  departmentPlanId: uuid.describe('The department plan it belongs to.'),
  department: named.describe('The department that has the need.'),
  title: z.string().describe('The title.'),
  description: z.string().describe('What is needed and why.'),
  goals: z.array(named).describe('The goals it serves.'),
  capabilities: z.array(named).describe('The capabilities it concerns.'),
  systems: z.array(named).describe('The systems it concerns.'),
  priority: z.number().int().describe('1 high, 2 medium, 3 low.'),
  costs: z.array(costYearOut).describe('Investment and running cost per year.'),
  benefit: z.unknown().nullable().describe('The benefit as entered (benefits and horizon); null if none.'),
  valuation: valuation.nullable().describe("The benefit valued by the portfolio's engine against the costs; null without a benefit."),
  project: named.nullable().describe('The project it already is; null if none.'),
  acquisition: named.nullable().describe('The acquisition it already is; null if none.'),
  initiativeId: uuid.nullable().describe('The initiative of the municipal plan that meets it; null until submitted.'),
  revisedFromId: uuid.nullable().describe("The same need in last round's plan; null if new."),
  rowVersion: z.number().int().describe('Send back as the ETag in `If-Match` to change it.'),
});
export type Need = z.infer<typeof need>;

const change = z.object({
  kind: z.enum(['added', 'changed', 'removed']).describe('A need new this round, changed from last round, or removed.'),
  needId: uuid.nullable().describe("This round's need; null when removed."),
  title: z.string().describe("The need's title (last round's, when removed)."),
  fields: z.array(z.string()).describe('The fields that changed (title, description, goalIds, priority, costs, …).'),
});

export const departmentPlan = z.object({
  id: uuid.describe("The department plan's id."),
  round: z.object({
    id: uuid.describe("The round's id."),
    title: z.string().describe("The round's title."),
    firstYear: z.number().int().describe("The period's first year."),
    lastYear: z.number().int().describe("The period's last year."),
    deadline: z.string().describe('The deadline, YYYY-MM-DD.'),
    status: z.enum(roundStatuses).describe('`open` or `decided`.'),
  }).describe('The round it belongs to.'),
  department: named.describe('The department.'),
  status: z.enum(departmentPlanStatuses).describe('`not_started`, `started` or `submitted`.'),
  submittedAt: z.string().nullable().describe('When it was submitted; null if not.'),
  submittedBy: z.string().nullable().describe('Who submitted it; null if not.'),
  needs: z.array(need).describe('The needs and initiatives, by priority then title.'),
  totals: z.array(costYearOut).describe('Investment and running cost summed per year.'),
  changes: z.array(change).describe("What changed since last round's plan (empty for a blank round)."),
  allowedEdit: z.boolean().describe('Whether the signed-in person may edit this plan now.'),
  allowedReopen: z.boolean().describe('Whether the signed-in person may return a submitted plan to the department.'),
  rowVersion: z.number().int().describe('Send back as the ETag in `If-Match` to submit or reopen.'),
});
export type DepartmentPlan = z.infer<typeof departmentPlan>;

const departmentProgress = z.object({
  planId: uuid.describe("The department plan's id."),
  department: named.describe('The department.'),
  status: z.enum(departmentPlanStatuses).describe('`not_started`, `started` or `submitted`.'),
  needs: z.number().int().describe('How many needs it holds.'),
  submittedAt: z.string().nullable().describe('When it was submitted.'),
  mine: z.boolean().describe("Whether it is the signed-in person's own department's plan."),
});

const roundSummary = z.object({
  id: uuid.describe("The round's id."),
  title: z.string().describe('The title.'),
  firstYear: z.number().int().describe("The period's first year."),
  lastYear: z.number().int().describe("The period's last year."),
  budgetYear: z.number().int().describe('The budget year it feeds.'),
  deadline: z.string().describe('The deadline, YYYY-MM-DD.'),
  status: z.enum(roundStatuses).describe('`open` or `decided`.'),
  departments: z.number().int().describe('How many departments are asked for a plan.'),
  submitted: z.number().int().describe('How many have submitted.'),
  decidedVersion: z.number().int().nullable().describe('The newest decided version; null until decided.'),
  rowVersion: z.number().int().describe('Send back as the ETag in `If-Match` to change it.'),
});
export type RoundSummary = z.infer<typeof roundSummary>;

export const roundList = z.object({
  items: z.array(roundSummary).describe('The rounds, newest period first.'),
  allowedOpen: z.boolean().describe('Whether the signed-in person may open a round.'),
});

export const roundDetail = roundSummary.extend({
  budgetFrames: z.array(budgetFrameOut).describe('The budget frame per year.'),
  weights: weightsOut.describe("The prioritisation's weights, per cent."),
  previousRound: named.nullable().describe('The round this one revises; null if blank.'),
  openedBy: z.string().nullable().describe('Who opened it.'),
  openedAt: z.string().describe('When it was opened.'),
  decision: planDecision.nullable().describe('The newest decision; null until decided.'),
  progress: z.array(departmentProgress).describe('Each department: started, submitted, how many needs.'),
  allowedManage: z.boolean().describe('Whether the signed-in person may change the round, merge and decide.'),
});
export type RoundDetail = z.infer<typeof roundDetail>;
