import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';
import { followUp, goalList, kpi, kpiInput, kpiList, kpiListQuery, measurementInput, measurementParams } from '../goals.js';

const tags = ['goals'];
/** The record is looked up first (404), then the KPI's owner or the document's checked (403). */
const ownerChecked = 'The caller must be allowed for this KPI (its owner, the document’s owner, or a role over all); a KPI they cannot reach answers 404 or 403.';

/** Goals of the steering documents, their KPIs, measurements and follow-up. */
export const goalEndpoints = {
  goals: endpoint({ method: 'GET', path: '/api/v1/goals', tags, access: 'document.read', summary: "Every goal of the municipality's steering documents", response: goalList }),
  kpis: endpoint({
    method: 'GET', path: '/api/v1/kpis', tags, access: 'document.read',
    summary: 'KPIs with their derived status, by document or goal', query: kpiListQuery, response: kpiList,
  }),
  create: endpoint({
    method: 'POST', path: '/api/v1/kpis', tags, access: 'kpi.manage',
    summary: 'Add a KPI to a goal, with its baseline and targets', body: kpiInput, status: 201, response: kpi,
  }),
  get: endpoint({ method: 'GET', path: '/api/v1/kpis/:id', tags, access: 'document.read', summary: 'One KPI with targets, measurements and status', params: idParams, response: kpi }),
  update: endpoint({
    method: 'PUT', path: '/api/v1/kpis/:id', tags, access: 'document.read', ifMatch: true, description: `Needs kpi.manage. ${ownerChecked}`,
    summary: 'Change a KPI, its baseline and targets', params: idParams, body: kpiInput, response: kpi,
  }),
  measure: endpoint({
    method: 'POST', path: '/api/v1/kpis/:id/measurements', tags, access: 'document.read', description: `Needs kpi.measure. ${ownerChecked}`,
    summary: 'Enter the value of a period', params: idParams, body: measurementInput, status: 201, response: kpi,
  }),
  correct: endpoint({
    method: 'PUT', path: '/api/v1/kpis/:id/measurements/:measurementId', tags, access: 'document.read', ifMatch: true,
    description: `Needs kpi.measure and If-Match with the measurement's rowVersion. ${ownerChecked}`,
    summary: "Correct a period's value", params: measurementParams, body: measurementInput, response: kpi,
  }),
  followUp: endpoint({
    method: 'GET', path: '/api/v1/documents/:id/follow-up', tags, access: 'document.read',
    summary: "Every goal of a document with its KPIs' status at a glance", params: idParams, response: followUp,
  }),
  followUpXlsx: endpoint({
    method: 'GET', path: '/api/v1/documents/:id/follow-up.xlsx', tags, access: 'document.read',
    summary: 'The goal follow-up as an Excel workbook', params: idParams, produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  }),
};
