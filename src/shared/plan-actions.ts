import { z } from 'zod';
import { named, uuid } from './common.js';
import { projectStatuses } from './portfolio.js';

/**
 * Into action (issue 14, items 5 and 8): an initiative of the municipal IT plan, or an e-service
 * candidate, becomes a project of the portfolio or a need on the acquisition route (or, for a
 * candidate, a need in an open department plan) in one step, pre-filled, with the links back.
 */

/** What the acquisition route needs that an initiative may lack: the department that has the need, and its capabilities. */
export const initiativeAcquisitionInput = z.object({
  departmentId: uuid.nullable().default(null).describe("The department that has the need on the route; null: the department of the initiative's first need."),
  capabilityIds: z.array(uuid).max(30).default([]).describe("The capabilities the need concerns; empty: the initiative's own."),
});

export const initiativeAction = z.object({
  initiativeId: uuid.describe("The initiative's id."),
  title: z.string().describe("The initiative's title."),
  project: named.extend({ status: z.enum(projectStatuses).describe("The project's status in the portfolio.") }).nullable().describe('The portfolio project it became; null if none.'),
  acquisition: named.extend({ step: z.string().nullable().describe('Where the need is on the acquisition route; null once it has left it.') }).nullable().describe('The acquisition it became on the route; null if none.'),
  needs: z.array(z.object({ id: uuid.describe("The need's id."), title: z.string().describe("The need's title."), department: named.describe('The department that has the need.') })).describe("The departments' needs the initiative meets (each linked to what it became)."),
  allowedProject: z.boolean().describe('Whether the signed-in person may start a project from it now.'),
  allowedAcquisition: z.boolean().describe('Whether the signed-in person may start an acquisition from it now.'),
});
export type InitiativeAction = z.infer<typeof initiativeAction>;

/** A candidate becomes a need in this open department plan. */
export const eserviceNeedInput = z.object({
  departmentPlanId: uuid.describe('An open department plan (its round open, the plan not submitted) to add the candidate to as a need.'),
});

export const openPlanList = z.object({
  items: z
    .array(
      z.object({
        planId: uuid.describe("The department plan's id."),
        round: z.object({ id: uuid.describe("The round's id."), title: z.string().describe("The round's title."), firstYear: z.number().int().describe("The period's first year."), lastYear: z.number().int().describe("The period's last year.") }).describe('The open round the plan is in.'),
        department: named.describe('The department whose plan it is.'),
        allowedWrite: z.boolean().describe('Whether the signed-in person may add a need to it.'),
      }),
    )
    .describe('The department plans of open rounds not yet submitted, by round then department.'),
});
export type OpenPlanList = z.infer<typeof openPlanList>;
