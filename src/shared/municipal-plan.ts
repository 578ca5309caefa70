import { z } from 'zod';
import { named, uuid } from './common.js';
import { acquisitionOutcomes, acquisitionSteps } from './acquisitions.js';
import { needInput, planDecision, roundStatuses } from './itplans.js';
import { projectStatuses } from './portfolio.js';

/**
 * The municipal IT plan of a round (issue 14, item 4): the initiatives the departments' needs were
 * merged into, ranked by the round's weights (goal contribution, benefit, cost — each normalised
 * across the round, with the parts shown so a reader sees why), summed per year against the
 * budget frames; decided by KS (or the body configured) and frozen as a version.
 */

/** What the strategist may change of an initiative: its wording, priority and costs. */
export const initiativeInput = needInput.pick({ title: true, description: true, priority: true, costs: true });
/** The fields the strategist may change, named as the input names them. */
const adjustableField = initiativeInput.keyof();
export type AdjustableField = z.infer<typeof adjustableField>;
export const adjustableFields = adjustableField.options;
export type InitiativeInput = z.infer<typeof initiativeInput>;

export const versionParams = z.object({
  id: uuid.describe("The round's id."),
  version: z.coerce.number().int().min(1).max(10_000).describe('The number of a decided version.'),
});

const costYearOut = z.object({
  year: z.number().int().describe('The calendar year.'),
  investment: z.number().describe('Investment that year, kronor.'),
  running: z.number().describe('Running cost that year, kronor.'),
});

const scorePart = z.object({
  weight: z.number().describe("The part's weight, per cent of the weights' sum."),
  raw: z.number().nullable().describe('The measure before normalising: goals served, net present value (kronor) or total cost (kronor); null without a valuation.'),
  normalised: z.number().describe('The measure normalised across the round, 0–1 (1 best: most goals, highest value, lowest cost).'),
  points: z.number().describe('What the part adds to the score: weight × normalised, in points of 100.'),
});

export const municipalInitiative = z.object({
  id: uuid.describe("The initiative's id."),
  rank: z.number().int().describe('Its place in the ranking, 1 best.'),
  title: z.string().describe('The title.'),
  description: z.string().describe('What is to be done and why.'),
  priority: z.number().int().describe('1 high, 2 medium, 3 low.'),
  goals: z.array(named).describe('The goals it serves.'),
  needs: z
    .array(
      z.object({
        id: uuid.describe("The department need's id."),
        title: z.string().describe("The need's title."),
        departmentPlanId: uuid.describe('The department plan the need is in.'),
        department: named.describe('The department that has the need.'),
      }),
    )
    .describe('The departments whose needs it meets, with a link back to each need.'),
  costs: z.array(costYearOut).describe('Investment and running cost per year.'),
  totalCost: z.number().describe('Investment and running cost over the period, kronor.'),
  netPresentValue: z.number().nullable().describe("The benefit's net present value by the portfolio's engine; null without a benefit."),
  paybackYear: z.number().int().nullable().describe('The year the investment has paid back; null if not within the horizon or no benefit.'),
  score: z
    .object({
      total: z.number().describe('The ranking score, 0–100: the sum of the parts.'),
      goals: scorePart.describe('Goal contribution: how many goals it serves.'),
      benefit: scorePart.describe('Benefit: its net present value.'),
      cost: scorePart.describe('Cost: its total cost (lower scores higher).'),
    })
    .describe('The score from the round’s weights, part by part.'),
  rowVersion: z.number().int().describe('Send back as the ETag in `If-Match` to change it.'),
});
export type MunicipalInitiative = z.infer<typeof municipalInitiative>;

const yearTotal = z.object({
  year: z.number().int().describe('The calendar year.'),
  investment: z.number().describe('Investment summed that year, kronor.'),
  running: z.number().describe('Running cost summed that year, kronor.'),
  total: z.number().describe('Investment and running cost that year, kronor.'),
  frame: z.number().nullable().describe('The budget frame that year; null if none is entered.'),
  remaining: z.number().nullable().describe('Frame minus total: negative when over the frame; null without a frame.'),
});

const departmentTotal = z.object({
  department: named.describe('The department.'),
  total: z.number().describe("The costs of the department's needs over the period, kronor."),
});

export const municipalPlan = z.object({
  round: z
    .object({
      id: uuid.describe("The round's id."),
      title: z.string().describe("The round's title."),
      firstYear: z.number().int().describe("The period's first year."),
      lastYear: z.number().int().describe("The period's last year."),
      budgetYear: z.number().int().describe('The budget year it feeds.'),
      status: z.enum(roundStatuses).describe('`open` or `decided`.'),
      decidedVersion: z.number().int().nullable().describe('The newest decided version; null until decided.'),
    })
    .describe('The round.'),
  weights: z
    .object({
      goals: z.number().describe('Weight of goal contribution, per cent as entered.'),
      benefit: z.number().describe('Weight of benefit, per cent as entered.'),
      cost: z.number().describe('Weight of cost, per cent as entered.'),
    })
    .describe("The round's weights."),
  initiatives: z.array(municipalInitiative).describe('The initiatives, best first.'),
  years: z.array(yearTotal).describe('Each year of the period: the sums against the budget frame.'),
  departments: z.array(departmentTotal).describe("Each department's needs summed over the period."),
  allowedManage: z.boolean().describe('Whether the signed-in person may edit initiatives and decide the plan now.'),
  rowVersion: z.number().int().describe("The round's row version: send back in `If-Match` to decide."),
});
export type MunicipalPlan = z.infer<typeof municipalPlan>;

/**
 * The follow-up (issue 14, item 5): what each initiative became, live from the portfolio and the
 * acquisition route. Only the live plan carries it; a decided version is frozen without it.
 */
const initiativeFollowUp = z.object({
  project: z
    .object({
      id: uuid.describe("The project's id."),
      name: z.string().describe("The project's name."),
      status: z.enum(projectStatuses).describe("The project's status in the portfolio now."),
    })
    .nullable()
    .describe('The portfolio project the initiative became; null if none.'),
  acquisition: z
    .object({
      id: uuid.describe("The acquisition's id."),
      title: z.string().describe("The need's title on the acquisition route."),
      step: z.enum(acquisitionSteps).nullable().describe('The question to answer next on the route; null once the route has ended.'),
      outcome: z.enum(acquisitionOutcomes).nullable().describe('Where the route ended, e.g. `call_off` or `withdrawn`; null while it goes on.'),
    })
    .nullable()
    .describe('The need on the acquisition route the initiative became; null if none.'),
  adjustedFields: z
    .array(adjustableField)
    .describe("The fields the strategist changed on the municipal plan; a department's resubmission keeps them and refreshes the rest."),
});
export type InitiativeFollowUp = z.infer<typeof initiativeFollowUp>;

/** An initiative as the live plan shows it: ranked, with what it became. */
export const liveInitiative = municipalInitiative.extend(initiativeFollowUp.shape);

/** The municipal plan as the plan page shows it: each initiative with its follow-up. */
export const liveMunicipalPlan = municipalPlan.extend({
  initiatives: z.array(liveInitiative).describe('The initiatives, best first, each with what it became.'),
});
export type LiveMunicipalPlan = z.infer<typeof liveMunicipalPlan>;

const versionSummary = z.object({
  version: z.number().int().describe("The version's number, 1 first."),
  decision: planDecision.describe('The decision.'),
  decidedBy: z.string().nullable().describe('Who recorded it.'),
  recordedAt: z.string().describe('When it was recorded.'),
});
export type PlanVersionSummary = z.infer<typeof versionSummary>;

export const planVersionList = z.object({ items: z.array(versionSummary).describe('The decided versions, newest first.') });

export const planVersion = versionSummary.extend({ plan: municipalPlan.describe('The municipal plan frozen as it was decided.') });
export type PlanVersion = z.infer<typeof planVersion>;
