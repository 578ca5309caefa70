import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';
import { eserviceDetail } from '../eservices.js';
import { eserviceNeedInput, initiativeAcquisitionInput, initiativeAction, openPlanList } from '../plan-actions.js';

/**
 * Into action (issue 14, items 5 and 8): an initiative of the municipal plan becomes a project or
 * an acquisition; an e-service candidate becomes a project or a need in an open department plan.
 */
export const planActionEndpoints = {
  initiativeAction: endpoint({
    method: 'GET', path: '/api/v1/plan-initiatives/:id/action', tags: ['itplans'], access: 'itplan.read',
    summary: 'What an initiative of the municipal plan became: its project or acquisition, and the needs it meets', params: idParams, response: initiativeAction,
  }),
  initiativeProject: endpoint({
    method: 'POST', path: '/api/v1/plan-initiatives/:id/project', tags: ['itplans'], access: 'itplan.manage',
    summary: 'Start a portfolio project from an initiative, pre-filled from it, and link every need of it to the project',
    description: 'Needs `itplan.manage` and `project.create` for the departments of its needs. The project starts as an idea; 409 when the initiative already is a project or an acquisition.',
    params: idParams, status: 201, response: initiativeAction,
  }),
  initiativeAcquisition: endpoint({
    method: 'POST', path: '/api/v1/plan-initiatives/:id/acquisition', tags: ['itplans'], access: 'itplan.manage',
    summary: 'Start a need on the acquisition route from an initiative, pre-filled from it, and link every need of it',
    description: "Needs `itplan.manage` and `acquisition.create` for the department. The estimated value is the initiative's costs over the period; 409 when it already is a project or an acquisition.",
    params: idParams, body: initiativeAcquisitionInput, status: 201, response: initiativeAction,
  }),
  openPlans: endpoint({
    method: 'GET', path: '/api/v1/eservices/open-plans', tags: ['eservices'], access: 'itplan.read',
    summary: 'The department plans an e-service candidate can be added to: open rounds, plans not yet submitted', response: openPlanList,
  }),
  eserviceProject: endpoint({
    method: 'POST', path: '/api/v1/eservices/:id/project', tags: ['eservices'], access: 'project.create',
    summary: 'Start a portfolio project from an e-service candidate, pre-filled with its digitisation valuation',
    description: 'Only a candidate not yet a project or a plan need (409 otherwise).',
    params: idParams, status: 201, response: eserviceDetail,
  }),
  eserviceNeed: endpoint({
    method: 'POST', path: '/api/v1/eservices/:id/plan-need', tags: ['eservices'], access: 'itplan.write',
    summary: "Add an e-service candidate as a need to an open department plan, with its digitisation's costs and benefit",
    description: "Needs `itplan.write` for the plan's department. Only a candidate not yet a project or a plan need (409 otherwise).",
    params: idParams, body: eserviceNeedInput, status: 201, response: eserviceDetail,
  }),
};
