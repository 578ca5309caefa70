import { z } from 'zod';
import { isoDate, kronor, pageQuery, requiredText, text, uuid } from './common.js';

/** idé → förstudie → beslutad → pågår → avslutad / avbruten. */
export const projectStatuses = ['idea', 'prestudy', 'approved', 'in_progress', 'closed', 'cancelled'] as const;
const projectStatus = z.enum(projectStatuses);
export type ProjectStatus = z.infer<typeof projectStatus>;

export const healths = ['green', 'yellow', 'red'] as const;
const health = z.enum(healths);

/** IT projects always belong to the portfolio; other development projects above the threshold. */
export const projectKinds = ['it', 'development'] as const;
const projectKind = z.enum(projectKinds);

export const systemRelations = ['introduces', 'changes', 'phases_out'] as const;

export const benefitKinds = ['direct', 'indirect', 'qualitative'] as const;
export const confidences = ['low', 'medium', 'high'] as const;

const year = z.number().int().min(2000).max(2100);

export const benefitInput = z.object({
  kind: z.enum(benefitKinds).describe('`direct` (money saved or earned), `indirect` (e.g. time freed, valued as money) or `qualitative` (scored, no money).'),
  description: requiredText(500).describe('What the benefit is.'),
  /** Who receives the benefit, e.g. "Socialförvaltningen", "invånarna". */
  recipient: text(200).default('').describe('Who receives the benefit, e.g. "Socialförvaltningen", "invånarna".'),
  /** Kronor per year (direct, or indirect given as an amount). */
  yearlyAmount: z
    .number()
    .int()
    .min(-100_000_000_000)
    .max(100_000_000_000)
    .nullable()
    .default(null)
    .describe('Kronor per year (direct, or indirect given as an amount); null if not given.'),
  /** Indirect benefits as time freed: hours per year at an hourly cost. */
  hoursPerYear: z.number().min(0).max(10_000_000).nullable().default(null).describe('Indirect benefits as time freed: hours per year; null if not given.'),
  hourlyCost: z.number().int().min(0).max(100_000).nullable().default(null).describe('The cost of an hour in kronor, for time freed; null if not given.'),
  /** Qualitative benefits: 1 (small) to 5 (large). */
  score: z.number().int().min(1).max(5).nullable().default(null).describe('Qualitative benefits: 1 (small) to 5 (large); null if not given.'),
  firstYear: year.describe('The calendar year the benefit starts.'),
  confidence: z.enum(confidences).describe('How certain the estimate is; weighs the benefit in the valuation.'),
  /** How the benefit will be measured; optionally a KPI. */
  measuredBy: text(1000).default('').describe('How the benefit will be measured.'),
  kpiId: uuid.nullable().default(null).describe('A KPI that measures the benefit; null if none.'),
});

export const projectInput = z.object({
  name: requiredText(200).describe("The project's name."),
  kind: projectKind.default('it').describe('`it`: an IT project, always in the portfolio; `development`: another development project, in it above the threshold.'),
  purpose: text(10_000).default('').describe('Why the project is run and what it should achieve.'),
  /** Goals (document items of kind goal) the project contributes to. */
  goalIds: z.array(uuid).max(50).default([]).describe('Goals (document items of kind goal) the project contributes to.'),
  ownerId: uuid.nullable().default(null).describe('The project owner, a person of the municipality; null if none.'),
  sponsorId: uuid.nullable().default(null).describe('The sponsor (beställare), a person of the municipality; null if none.'),
  departmentIds: z.array(uuid).max(50).default([]).describe('The departments the project concerns.'),
  startDate: isoDate.nullable().default(null).describe('The planned start, YYYY-MM-DD; null if not planned.'),
  endDate: isoDate.nullable().default(null).describe('The planned end, YYYY-MM-DD; null if not planned.'),
  milestones: z
    .array(
      z.object({
        title: requiredText(200).describe("The milestone's title."),
        dueDate: isoDate.describe('When it is due, YYYY-MM-DD.'),
        doneOn: isoDate.nullable().default(null).describe('When it was reached, YYYY-MM-DD; null: not yet.'),
      }),
    )
    .max(100)
    .default([])
    .describe("The project's milestones."),
  /** Investment per calendar year, whole kronor. */
  investments: z
    .array(z.object({ year: year.describe('The calendar year.'), amount: kronor.describe('The investment that year, whole kronor.') }))
    .max(30)
    .default([])
    .describe('Investment per calendar year, whole kronor.'),
  yearlyRunningCost: kronor.default(0).describe('The running cost per year once in use, whole kronor.'),
  runningFromYear: year.nullable().default(null).describe("The calendar year running costs start; null: from the valuation's first year."),
  health: health.default('green').describe('How the project stands: `green`, `yellow` or `red`.'),
  healthReason: text(1000).default('').describe('Why the project has that health.'),
  systems: z
    .array(
      z.object({
        applicationId: uuid.describe('A system of the register.'),
        relation: z.enum(systemRelations).describe('What the project does to it: `introduces`, `changes` or `phases_out`.'),
      }),
    )
    .max(100)
    .default([])
    .describe('Systems of the register the project introduces, changes or phases out.'),
  benefits: z.array(benefitInput).max(100).default([]).describe('The expected benefits, for the benefit valuation (nyttovärdering).'),
  /** The valuation's horizon in years, from the first year of investment or start. */
  horizonYears: z.number().int().min(1).max(30).default(5).describe("The valuation's horizon in years, from the first year of investment or start."),
  /** Efterkalkyl: actual cost and realised money benefit per year, entered after delivery. */
  actuals: z
    .array(
      z.object({
        year: year.describe('The calendar year.'),
        cost: kronor.describe('The actual cost that year, whole kronor.'),
        benefit: z.number().int().min(-100_000_000_000).max(100_000_000_000).describe('The realised money benefit that year, whole kronor.'),
      }),
    )
    .max(30)
    .default([])
    .describe('Post-calculation (efterkalkyl): actual cost and realised money benefit per year, entered after delivery.'),
  /** Effekthemtagning: follow-ups that make sure the benefit is taken home. */
  realisation: z
    .array(
      z.object({
        title: requiredText(300).describe('What is to be followed up.'),
        dueDate: isoDate.describe('When, YYYY-MM-DD.'),
        responsibleId: uuid.nullable().default(null).describe('The person responsible; null if none.'),
        doneOn: isoDate.nullable().default(null).describe('When it was done, YYYY-MM-DD; null: not yet.'),
        note: text(2000).default('').describe('What came of it.'),
      }),
    )
    .max(100)
    .default([])
    .describe('Benefit realisation (effekthemtagning): follow-ups that make sure the benefit is taken home.'),
});
export type ProjectInputDraft = z.input<typeof projectInput>;
export type ProjectInput = z.infer<typeof projectInput>;

const valuationYear = z.object({
  year: year.describe('The calendar year.'),
  investment: z.number().describe('Investment that year, kronor.'),
  running: z.number().describe('Running cost that year, kronor.'),
  cost: z.number().describe('Investment plus running cost, kronor.'),
  direct: z.number().describe('Direct benefits that year, kronor.'),
  indirect: z.number().describe('Indirect benefits that year as money, kronor.'),
  net: z.number().describe('Direct plus indirect benefits minus cost, kronor.'),
  cumulativeNet: z.number().describe('The net summed up to and including this year, kronor (undiscounted).'),
  discountedNet: z.number().describe('The net discounted to the first year, kronor.'),
});

export const valuation = z.object({
  years: z.array(valuationYear).describe('The valuation year by year over the horizon.'),
  discountRate: z.number().describe('The yearly discount rate used, as a fraction (0.04 = 4 %).'),
  netPresentValue: z.number().describe('The sum of the discounted nets over the horizon, kronor.'),
  paybackYear: year.nullable().describe('The calendar year the cumulative net turns non-negative for good; null if not within the horizon.'),
  confidenceWeightedBenefit: z.number().describe('Money benefits over the horizon, each weighted by its confidence, kronor.'),
  /** What the portfolio threshold is weighed against: the horizon's costs plus investments after it. */
  costForThreshold: z.number().describe("What the portfolio threshold is weighed against: the horizon's costs plus investments after it, kronor."),
  peng: z
    .object({
      directBenefit: z.number().describe('Direct benefits over the horizon, kronor.'),
      indirectBenefit: z.number().describe('Indirect benefits over the horizon as money, kronor.'),
      qualitativeScore: z.number().nullable().describe('The average score (1–5) of the qualitative benefits; null when there are none.'),
      cost: z.number().describe('Costs over the horizon, kronor.'),
      net: z.number().describe('Benefits minus costs over the horizon, kronor.'),
    })
    .describe('The PENG-style summary over the horizon (undiscounted).'),
});

/** Output shapes are plain (no input transforms): a response is serialised, not parsed. */
const milestone = z.object({
  title: z.string().describe("The milestone's title."),
  dueDate: z.string().describe('When it is due, YYYY-MM-DD.'),
  doneOn: z.string().nullable().describe('When it was reached, YYYY-MM-DD; null: not yet.'),
});
const benefit = z.object({
  kind: z.enum(benefitKinds).describe('`direct`, `indirect` (valued as money) or `qualitative` (scored).'),
  description: z.string().describe('What the benefit is.'),
  recipient: z.string().describe('Who receives the benefit.'),
  yearlyAmount: z.number().nullable().describe('Kronor per year; null if not given.'),
  hoursPerYear: z.number().nullable().describe('Time freed, hours per year; null if not given.'),
  hourlyCost: z.number().nullable().describe('The cost of an hour in kronor; null if not given.'),
  score: z.number().nullable().describe('Qualitative benefits: 1 (small) to 5 (large); null if not given.'),
  firstYear: z.number().int().describe('The calendar year the benefit starts.'),
  confidence: z.enum(confidences).describe('How certain the estimate is.'),
  measuredBy: z.string().describe('How the benefit will be measured.'),
  kpiId: uuid.nullable().describe('A KPI that measures the benefit; null if none.'),
});

export const project = z.object({
  id: uuid.describe("The project's id."),
  name: z.string().describe("The project's name."),
  kind: projectKind.describe('`it` (an IT project) or `development` (another development project).'),
  purpose: z.string().describe('Why the project is run and what it should achieve.'),
  goalIds: z.array(uuid).describe('Goals (document items of kind goal) the project contributes to.'),
  ownerId: uuid.nullable().describe("The project owner's person id; null if none."),
  sponsorId: uuid.nullable().describe("The sponsor's (beställare) person id; null if none."),
  departmentIds: z.array(uuid).describe('The departments the project concerns.'),
  startDate: z.string().nullable().describe('The planned start, YYYY-MM-DD; null if not planned.'),
  endDate: z.string().nullable().describe('The planned end, YYYY-MM-DD; null if not planned.'),
  milestones: z.array(milestone).describe("The project's milestones."),
  investments: z
    .array(z.object({ year: z.number().int().describe('The calendar year.'), amount: z.number().describe('The investment that year, kronor.') }))
    .describe('Investment per calendar year.'),
  yearlyRunningCost: z.number().describe('The running cost per year once in use, kronor.'),
  runningFromYear: z.number().int().nullable().describe("The calendar year running costs start; null: from the valuation's first year."),
  health: health.nullable().describe('How the project stands: `green`, `yellow` or `red`; null when it is closed or cancelled (no longer running, so no health).'),
  healthReason: z.string().describe('Why the project has that health.'),
  systems: z
    .array(
      z.object({
        applicationId: uuid.describe('A system of the register.'),
        relation: z.enum(systemRelations).describe('What the project does to it: `introduces`, `changes` or `phases_out`.'),
      }),
    )
    .describe('Systems of the register the project introduces, changes or phases out.'),
  benefits: z.array(benefit).describe('The expected benefits.'),
  horizonYears: z.number().int().describe("The valuation's horizon in years."),
  actuals: z
    .array(
      z.object({
        year: z.number().int().describe('The calendar year.'),
        cost: z.number().describe('The actual cost that year, kronor.'),
        benefit: z.number().describe('The realised money benefit that year, kronor.'),
      }),
    )
    .describe('Post-calculation (efterkalkyl) input: actual cost and realised benefit per year.'),
  realisation: z
    .array(
      z.object({
        title: z.string().describe('What is to be followed up.'),
        dueDate: z.string().describe('When, YYYY-MM-DD.'),
        responsibleId: uuid.nullable().describe('The person responsible; null if none.'),
        doneOn: z.string().nullable().describe('When it was done, YYYY-MM-DD; null: not yet.'),
        note: z.string().describe('What came of it.'),
        overdue: z.boolean().describe('Whether the due date has passed without it being done.'),
      }),
    )
    .describe('Benefit realisation (effekthemtagning) follow-ups.'),
  /** Estimated against actual, per year of the valuation and of the actuals. */
  postCalculation: z
    .array(
      z.object({
        year: z.number().int().describe('The calendar year.'),
        estimatedCost: z.number().describe("The valuation's cost that year, kronor."),
        actualCost: z.number().nullable().describe('The actual cost that year, kronor; null: not entered.'),
        estimatedBenefit: z.number().describe("The valuation's money benefit (direct plus indirect) that year, kronor."),
        actualBenefit: z.number().nullable().describe('The realised money benefit that year, kronor; null: not entered.'),
      }),
    )
    .describe('Estimated against actual, per year of the valuation and of the actuals.'),
  status: projectStatus.describe('idea → prestudy → approved → in progress → closed / cancelled.'),
  ownerName: z.string().nullable().describe("The project owner's name; null if none."),
  sponsorName: z.string().nullable().describe("The sponsor's name; null if none."),
  totalInvestment: z.number().describe('The sum of all investments, kronor.'),
  /** The portfolio threshold in force today and whether the project's cost over the horizon is above it. */
  threshold: z
    .object({
      amount: z.number().nullable().describe('The portfolio threshold in force today, kronor; null: none set.'),
      above: z.boolean().describe("Whether the project's cost over the horizon (valuation.costForThreshold) is above it."),
    })
    .describe("The portfolio threshold in force today and whether the project's cost over the horizon is above it."),
  valuation: valuation.describe("The benefit valuation (nyttovärdering) worked out from the project's costs and benefits."),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
  updatedAt: z.string().describe('When the project was last changed (ISO 8601 timestamp).'),
  allowed: z
    .object({
      update: z.boolean().describe('Whether the signed-in person may change the project.'),
      transition: z.boolean().describe("Whether the signed-in person may move the project's status."),
    })
    .describe('What the signed-in person may do with this project.'),
});
export type Project = z.infer<typeof project>;

export const projectTransitionInput = z.object({ to: projectStatus.describe('The status to move the project to.') });

export const projectListQuery = z.object({
  q: text(200).optional().describe('Free text over name and purpose.'),
  status: projectStatus.optional().describe('Only projects in this status.'),
  department: uuid.optional().describe('Only projects that concern this department.'),
  health: health.optional().describe('Only live projects with this health (a closed or cancelled project has none).'),
  ...pageQuery,
});

const projectListItem = project.pick({
  id: true, name: true, kind: true, status: true, ownerName: true, startDate: true, endDate: true, health: true, totalInvestment: true, yearlyRunningCost: true, threshold: true,
}).extend({
  netPresentValue: z.number().describe("The valuation's net present value, kronor."),
  /** Direct and indirect money benefit over the valuation horizon. */
  moneyBenefit: z.number().describe('Direct and indirect money benefit over the valuation horizon, kronor.'),
  /** Investment and running cost over the valuation horizon. */
  horizonCost: z.number().describe('Investment and running cost over the valuation horizon, kronor.'),
  milestones: z.array(milestone).describe("The project's milestones."),
});
/** The statuses whose projects the portfolio still commits to (the others are closed or cancelled). */
export const liveProjectStatuses = ['idea', 'prestudy', 'approved', 'in_progress'] as const satisfies readonly ProjectStatus[];

const portfolioSum = z.object({
  count: z.number().int().describe('How many matching projects are in the group.'),
  investment: z.number().describe('Their total investment, kronor.'),
  yearlyRunningCost: z.number().describe('Their yearly running cost together, kronor.'),
  netPresentValue: z.number().describe('Their net present value together, kronor.'),
});
export type PortfolioSum = z.infer<typeof portfolioSum>;

export const projectList = z.object({
  items: z.array(projectListItem).describe('One page of the matching projects, in Swedish order by name.'),
  total: z.number().int().describe('How many match, over all pages.'),
  page: z.number().int().describe('The page returned (from 1).'),
  pageSize: z.number().int().describe('Projects per page.'),
  sums: z
    .object({
      live: portfolioSum.describe('Projects still live (idea, prestudy, approved, in progress): the portfolio as it stands.'),
      closed: portfolioSum.describe('Closed projects, apart: delivered, no longer part of what the portfolio commits to.'),
      cancelled: portfolioSum.describe('Cancelled projects, apart: stopped, never part of what the portfolio commits to.'),
    })
    .describe('Sums over every matching project (all pages, not only the page), the live ones apart from the closed and the cancelled.'),
  allowedCreate: z.boolean().describe('Whether the signed-in person may create projects.'),
});

/** Rules that law or policy change, as data with an effective date (never constants in code). */
export const ruleKeys = ['portfolio_threshold', 'discount_rate_percent', 'direct_procurement_limit', 'direct_procurement_limit_pbb', 'direct_procurement_documentation_limit', 'eu_threshold', 'prisbasbelopp'] as const;
export const ruleValue = z.object({
  id: uuid.describe("The rule value's id."),
  key: z.enum(ruleKeys).describe('Which rule the value is for, e.g. `portfolio_threshold` or `eu_threshold`.'),
  /** Null: the rule is known to change on the date but its value is not entered yet. */
  value: z.number().nullable().describe("The rule's value from the date on; null: the rule is known to change on the date but its value is not entered yet."),
  effectiveFrom: z.string().describe('The day the value takes effect, YYYY-MM-DD.'),
  /** Where the value comes from (a decision, a law, a source). */
  description: z.string().describe('Where the value comes from (a decision, a law, a source).'),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
});
export const ruleValueInput = z.object({
  key: z.enum(ruleKeys).describe('Which rule the value is for.'),
  value: z.number().min(0).max(100_000_000_000).describe("The rule's value from the date on."),
  effectiveFrom: isoDate.describe('The day the value takes effect, YYYY-MM-DD.'),
  description: requiredText(1000).describe('Where the value comes from (a decision, a law, a source).'),
});
export const ruleValueList = z.object({
  items: z.array(ruleValue).describe('Every rule value, each with the date it takes effect.'),
  allowedManage: z.boolean().describe('Whether the signed-in person may enter rule values.'),
});
