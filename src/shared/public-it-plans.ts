import { z } from 'zod';
import { uuid } from './common.js';
import { planDecision } from './itplans.js';
import { municipalInitiative, municipalPlan } from './municipal-plan.js';

/**
 * Offentlighetsprincipen for the municipal IT plan (issue 14, item 4): every decided version,
 * readable without signing in, with its decision. Only decided versions exist here: an open round
 * never does, and nothing internal leaves (no permissions, row versions or who recorded it).
 */

const publicDecision = planDecision.describe('The decision: the body, its date, diarienummer, paragraph and what it says.');

export const publicPlanList = z.object({
  municipality: z.string().describe("The municipality's name."),
  items: z
    .array(
      z.object({
        roundId: uuid.describe("The planning round's id."),
        title: z.string().describe("The plan's title."),
        firstYear: z.number().int().describe("The period's first year."),
        lastYear: z.number().int().describe("The period's last year."),
        version: z.number().int().describe("The decided version's number."),
        decision: publicDecision,
      }),
    )
    .describe('Every decided version of every municipal IT plan, newest decision first.'),
});

const publicInitiative = municipalInitiative.omit({ rowVersion: true });

const publicPlan = municipalPlan.omit({ allowedManage: true, rowVersion: true }).extend({
  initiatives: z.array(publicInitiative).describe('The initiatives, best first, as decided.'),
});
export type PublicPlan = z.infer<typeof publicPlan>;

export const publicPlanVersion = z.object({
  municipality: z.string().describe("The municipality's name."),
  version: z.number().int().describe("The version's number, 1 first."),
  decision: publicDecision,
  plan: publicPlan.describe('The municipal plan frozen as it was decided.'),
});
export type PublicPlanVersion = z.infer<typeof publicPlanVersion>;
