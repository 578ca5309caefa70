import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';
import { planDecisionInput } from '../itplans.js';
import { initiativeInput, liveInitiative, liveMunicipalPlan, planVersion, planVersionList, versionParams } from '../municipal-plan.js';

const tags = ['itplans'];

/**
 * The municipal IT plan of a round (issue 14, item 4): read with `itplan.read`; the strategist
 * (`itplan.manage`) edits initiatives and records the decision, which freezes the plan as a version.
 */
export const municipalPlanEndpoints = {
  plan: endpoint({
    method: 'GET', path: '/api/v1/plan-rounds/:id/municipal-plan', tags, access: 'itplan.read',
    summary: "The round's initiatives ranked by its weights, with the score's parts, the sums per year against the budget frames and what each initiative became (its project or acquisition, live)", params: idParams, response: liveMunicipalPlan,
  }),
  updateInitiative: endpoint({
    method: 'PUT', path: '/api/v1/plan-initiatives/:id', tags, access: 'itplan.manage', ifMatch: true,
    summary: "Change an initiative's title, description, priority or costs", params: idParams, body: initiativeInput, response: liveInitiative,
  }),
  decide: endpoint({
    method: 'POST', path: '/api/v1/plan-rounds/:id/decision', tags, access: 'itplan.manage', ifMatch: true,
    summary: 'Record the decision on the municipal plan: it is frozen as a version and the round can no longer change',
    params: idParams, body: planDecisionInput, status: 201, response: planVersion,
  }),
  versions: endpoint({
    method: 'GET', path: '/api/v1/plan-rounds/:id/versions', tags, access: 'itplan.read',
    summary: 'The decided versions of the municipal plan, newest first', params: idParams, response: planVersionList,
  }),
  version: endpoint({
    method: 'GET', path: '/api/v1/plan-rounds/:id/versions/:version', tags, access: 'itplan.read',
    summary: 'One decided version, frozen as it was decided', params: versionParams, response: planVersion,
  }),
  versionDocx: endpoint({
    method: 'GET', path: '/api/v1/plan-rounds/:id/versions/:version/export.docx', tags, access: 'itplan.read',
    summary: 'A decided version as a Word document for the board, with a table of contents and the goal links', params: versionParams,
    produces: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  }),
  versionPdf: endpoint({
    method: 'GET', path: '/api/v1/plan-rounds/:id/versions/:version/export.pdf', tags, access: 'itplan.read',
    summary: 'A decided version as an archivable PDF (PDF/A-2b, fonts embedded) for the board', params: versionParams, produces: 'application/pdf',
  }),
};
