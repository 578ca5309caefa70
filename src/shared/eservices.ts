import { z } from 'zod';
import { kronor, named, pageQuery, queryBoolean, requiredText, text, uuid } from './common.js';
import { valuation } from './portfolio.js';

/**
 * The e-services register (e-tjänster, issue 14 items 7–9): the municipality's services with their
 * step on Statskontoret's ladder (DOMAIN.md, in the Oskarshamn seed's words), volume, digital share,
 * and a digitisation valuation made by the portfolio's valuation engine.
 */

export const accessibilityStatuses = ['not_reviewed', 'deficient', 'compliant'] as const;
export type AccessibilityStatus = (typeof accessibilityStatuses)[number];

const year = z.number().int().min(2000).max(2100);

/** What digitising the service is worth: volume × time saved × hourly cost, and the other yearly benefits, against building and running it. */
const digitisationInput = z.object({
  minutesSavedPerCase: z.number().min(0).max(10_000).describe('Handling time saved per case when it is handled digitally, in minutes.'),
  hourlyCost: kronor.max(100_000).describe('The cost of an hour of handling, whole kronor (salary with overheads).'),
  otherYearlyBenefit: kronor.default(0).describe('Other money benefits per year (postage, printing, fewer errors), whole kronor.'),
  buildCost: kronor.default(0).describe('The cost of building or buying the e-service, whole kronor, in the first year.'),
  yearlyRunningCost: kronor.default(0).describe('The yearly cost of running it (licence, operation), whole kronor, from the year after it is built.'),
  firstYear: year.describe('The calendar year it is built; benefits start the year after.'),
  horizonYears: z.number().int().min(1).max(30).default(5).describe("The valuation's horizon in years."),
});
export type DigitisationInput = z.infer<typeof digitisationInput>;

export const eserviceInput = z.object({
  name: requiredText(200).describe("The e-service's name, e.g. \"Ansökan om bygglov\"."),
  description: text(5000).default('').describe('What the service does for the citizen, in words.'),
  ownerId: uuid.nullable().default(null).describe('The person who owns the service (a person of the municipality); null if none.'),
  applicationIds: z.array(uuid).max(20).default([]).describe('The systems of the register behind the service.'),
  step: z.number().int().min(1).max(4).describe("The step on Statskontoret's ladder: 1 published information, 2 printable form, 3 interaction with e-identification, 4 a case across several organisations' systems."),
  yearlyVolume: z.number().int().min(0).max(100_000_000).describe('Cases per year.'),
  digitalShare: z.number().int().min(0).max(100).describe('The share of the cases that come in digitally, in per cent (0–100).'),
  needsEid: z.boolean().default(false).describe('Whether the service needs e-identification (BankID, Freja eID).'),
  accessibility: z.enum(accessibilityStatuses).default('not_reviewed').describe('Accessibility (DOS-lagen): `not_reviewed`, `deficient` or `compliant`.'),
  published: z.boolean().default(false).describe("Whether the service is published on the municipality's website."),
  candidate: z.boolean().default(false).describe('Whether it is a candidate: a service not yet built as an e-service.'),
  digitisation: digitisationInput.nullable().default(null).describe('The digitisation valuation; null if not valued.'),
});
export type EserviceInput = z.infer<typeof eserviceInput>;
export type EserviceInputDraft = z.input<typeof eserviceInput>;

export const eserviceListQuery = z.object({
  q: z.string().max(200).optional().describe('Free text over name and description.'),
  step: z.coerce.number().int().min(1).max(4).optional().describe('Only services on this step of the ladder.'),
  candidate: queryBoolean.optional().describe('`true`: only candidates; `false`: only services in use.'),
  ...pageQuery,
});

const eserviceSummary = z.object({
  id: uuid.describe("The e-service's id."),
  name: z.string().describe("The e-service's name."),
  ownerName: z.string().nullable().describe("The owner's name; null if none."),
  step: z.number().int().describe('The step on the ladder, 1–4.'),
  yearlyVolume: z.number().int().describe('Cases per year.'),
  digitalShare: z.number().int().describe('The digital share of the cases, per cent.'),
  needsEid: z.boolean().describe('Whether it needs e-identification.'),
  accessibility: z.enum(accessibilityStatuses).describe('The accessibility status.'),
  published: z.boolean().describe('Whether it is published on the website.'),
  candidate: z.boolean().describe('Whether it is a candidate, not yet built.'),
  netPresentValue: z.number().nullable().describe("The digitisation valuation's net present value, kronor; null if not valued."),
  paybackYear: z.number().int().nullable().describe('The calendar year digitising it pays back; null if not valued or not within the horizon.'),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
});
export type EserviceSummary = z.infer<typeof eserviceSummary>;

export const eserviceList = z.object({
  items: z.array(eserviceSummary).describe('The e-services of the requested page, by name.'),
  total: z.number().int().describe('How many match, over all pages.'),
  page: z.number().int().describe('The page returned, counting from 1.'),
  pageSize: z.number().int().describe('How many items a page holds.'),
  allowedCreate: z.boolean().describe('Whether the signed-in person may register e-services.'),
});

const digitisationOutput = z.object({
  minutesSavedPerCase: z.number().describe('Handling time saved per case, minutes.'),
  hourlyCost: z.number().describe('The cost of an hour of handling, kronor.'),
  otherYearlyBenefit: z.number().describe('Other money benefits per year, kronor.'),
  buildCost: z.number().describe('The cost of building it, kronor.'),
  yearlyRunningCost: z.number().describe('The yearly running cost, kronor.'),
  firstYear: z.number().int().describe('The calendar year it is built.'),
  horizonYears: z.number().int().describe("The valuation's horizon in years."),
});

export const eserviceDetail = eserviceSummary.extend({
  description: z.string().describe('What the service does, in words.'),
  ownerId: uuid.nullable().describe("The owner's person id; null if none."),
  applicationIds: z.array(uuid).describe('The systems behind the service.'),
  systems: z.array(named).describe('The systems behind the service, by name (archived ones left out).'),
  digitisation: digitisationOutput.nullable().describe('The valuation inputs; null if not valued.'),
  hoursSavedPerYear: z.number().nullable().describe('Handling hours freed per year: volume × minutes saved ÷ 60; null if not valued.'),
  valuation: valuation.nullable().describe("The portfolio's valuation engine over the digitisation: payback year and net per year; null if not valued."),
  allowedEdit: z.boolean().describe('Whether the signed-in person may change the e-service.'),
  project: named.nullable().describe('The portfolio project a candidate became; null if none.'),
  planNeed: z
    .object({ id: uuid.describe("The need's id."), title: z.string().describe("The need's title."), departmentPlanId: uuid.describe('The department plan it is in.'), department: named.describe('The department whose plan it is.') })
    .nullable()
    .describe('The IT-plan need a candidate became; null if none.'),
  archived: z.boolean().describe('Whether the e-service is archived.'),
});
export type EserviceDetail = z.infer<typeof eserviceDetail>;

const stepCount = z.object({
  step: z.number().int().describe('The step, 1–4.'),
  count: z.number().int().describe('How many services in use are on it.'),
});

export const ladderOverview = z.object({
  steps: z.array(stepCount).describe('Services in use (not candidates, not archived) on each step now.'),
  candidates: z.number().int().describe('How many candidates are registered.'),
  weightedDigitalShare: z.number().nullable().describe('The digital share of all cases, weighted by volume, per cent (one decimal); null when no volume is registered.'),
  introducedShare: z.number().nullable().describe('Services in use as a share of services in use plus candidates, per cent (one decimal): "of possible e-services, how many are introduced"; null when there are none.'),
  byYear: z
    .array(z.object({ year: z.number().int().describe('The calendar year.'), steps: z.array(stepCount).describe('Services in use on each step at the end of the year (this year: now), from the audit history.') }))
    .describe('How many services were on each step at the end of each year, from the history of step changes.'),
  bestCandidates: z
    .array(
      z.object({
        id: uuid.describe("The candidate's id."),
        name: z.string().describe("The candidate's name."),
        yearlyVolume: z.number().int().describe('Cases per year.'),
        netPresentValue: z.number().describe('Net present value of digitising it, kronor.'),
        paybackYear: z.number().int().nullable().describe('The calendar year it pays back; null if not within the horizon.'),
        horizonYears: z.number().int().describe("The valuation's horizon in years."),
        started: z.boolean().describe('Whether it has already become a project or an IT-plan need.'),
      }),
    )
    .describe('The valued candidates, best net present value first (at most 10).'),
});
