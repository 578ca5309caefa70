import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';
import { departmentPlan, need, needInput, openRoundInput, roundDetail, roundInput, roundList } from '../itplans.js';

const tags = ['itplans'];

/**
 * Planning rounds and department plans (issue 14, items 1, 2 and 6). Read with `itplan.read`; the
 * strategist opens and changes rounds (`itplan.manage`); a department head writes the own
 * department's plan (`itplan.write`, department scope).
 */
export const itplanEndpoints = {
  rounds: endpoint({
    method: 'GET', path: '/api/v1/plan-rounds', tags, access: 'itplan.read',
    summary: 'The planning rounds, newest period first, with how many departments have submitted', response: roundList,
  }),
  openRound: endpoint({
    method: 'POST', path: '/api/v1/plan-rounds', tags, access: 'itplan.manage',
    summary: 'Open a planning round: every department asked gets its plan to fill in',
    description: "With `previousRoundId` each department's plan starts from its needs in that round (a revision, not a rewrite).",
    body: openRoundInput, status: 201, response: roundDetail,
  }),
  round: endpoint({
    method: 'GET', path: '/api/v1/plan-rounds/:id', tags, access: 'itplan.read',
    summary: 'A round with each department’s progress', params: idParams, response: roundDetail,
  }),
  updateRound: endpoint({
    method: 'PUT', path: '/api/v1/plan-rounds/:id', tags, access: 'itplan.manage', ifMatch: true,
    summary: "Change an open round's title, period, deadline, budget frames or weights", params: idParams, body: roundInput, response: roundDetail,
  }),
  departmentPlan: endpoint({
    method: 'GET', path: '/api/v1/department-plans/:id', tags, access: 'itplan.read',
    summary: "A department's plan with its needs, totals per year and what changed since last round", params: idParams, response: departmentPlan,
  }),
  submitPlan: endpoint({
    method: 'POST', path: '/api/v1/department-plans/:id/submit', tags, access: 'itplan.write', ifMatch: true,
    summary: "Submit the department's plan to the municipal plan: each need gets its initiative", params: idParams, response: departmentPlan,
  }),
  reopenPlan: endpoint({
    method: 'POST', path: '/api/v1/department-plans/:id/reopen', tags, access: 'itplan.manage', ifMatch: true,
    summary: 'Return a submitted plan to the department for changes', params: idParams, response: departmentPlan,
  }),
  addNeed: endpoint({
    method: 'POST', path: '/api/v1/department-plans/:id/needs', tags, access: 'itplan.write',
    summary: "Add a need or initiative to the department's plan", params: idParams, body: needInput, status: 201, response: need,
  }),
  updateNeed: endpoint({
    method: 'PUT', path: '/api/v1/plan-needs/:id', tags, access: 'itplan.write', ifMatch: true,
    summary: 'Change a need', params: idParams, body: needInput, response: need,
  }),
  removeNeed: endpoint({
    method: 'DELETE', path: '/api/v1/plan-needs/:id', tags, access: 'itplan.write', ifMatch: true,
    summary: 'Remove a need from a plan not yet submitted', params: idParams, status: 204, response: null,
  }),
};
