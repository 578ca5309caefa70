import {
  application,
  applicationInput,
  applicationList,
  applicationListQuery,
  applicationDuplicates,
  applicationNames,
  applicationSummary,
  duplicatePairParams,
  historyList,
  overlapMark,
  overlapMarkInput,
  overlapMarkParams,
  overlapReport,
} from '../applications.js';
import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';

const tags = ['applications'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The application register (system- och applikationsregister). */
export const applicationEndpoints = {
  list: endpoint({
    method: 'GET', path: '/api/v1/applications', tags, access: 'application.read',
    summary: 'The application register, filtered, sorted and paged',
    description: 'A role scoped to its department or to what it owns sees only those systems. `archived=true` needs application.archive.',
    query: applicationListQuery, response: applicationList,
  }),
  export: endpoint({
    method: 'GET', path: '/api/v1/applications/export.xlsx', tags, access: 'application.read',
    summary: 'The filtered register as an Excel workbook', query: applicationListQuery, produces: XLSX,
  }),
  names: endpoint({
    method: 'GET', path: '/api/v1/applications/names', tags, access: 'application.read',
    summary: 'Every live system’s id and name (for choosing integrations)', response: applicationNames,
  }),
  summary: endpoint({
    method: 'GET', path: '/api/v1/applications/summary', tags, access: 'application.read',
    summary: 'How many systems there are and how many show each deviation', response: applicationSummary,
  }),
  overlaps: endpoint({
    method: 'GET', path: '/api/v1/applications/overlaps', tags, access: 'application.read',
    summary: 'Capabilities served by two or more live systems, with the money at stake',
    description: 'Only for roles that read the whole register.', response: overlapReport,
  }),
  markOverlap: endpoint({
    method: 'POST', path: '/api/v1/applications/overlaps/:capabilityId/mark', tags, access: 'application.update',
    summary: 'Mark an overlap group intended or under migration, with a reason and a review date',
    description: 'Needs application.update for the whole register. A marked group is shown apart and not counted in the possible saving. 409 when the group is marked already.',
    params: overlapMarkParams, body: overlapMarkInput, status: 201, response: overlapMark, errors: [409],
  }),
  updateOverlapMark: endpoint({
    method: 'PUT', path: '/api/v1/applications/overlaps/:capabilityId/mark', tags, access: 'application.update', ifMatch: true,
    summary: 'Change an overlap group’s mark', description: 'Needs application.update for the whole register.',
    params: overlapMarkParams, body: overlapMarkInput, response: overlapMark,
  }),
  unmarkOverlap: endpoint({
    method: 'DELETE', path: '/api/v1/applications/overlaps/:capabilityId/mark', tags, access: 'application.update', ifMatch: true,
    summary: 'Remove an overlap group’s mark: it counts in the possible saving again', description: 'Needs application.update for the whole register.',
    params: overlapMarkParams, status: 204, response: null,
  }),
  create: endpoint({
    method: 'POST', path: '/api/v1/applications', tags, access: 'application.create',
    summary: 'Register a system', body: applicationInput, status: 201, response: application,
  }),
  get: endpoint({
    method: 'GET', path: '/api/v1/applications/:id', tags, access: 'application.read',
    summary: 'One system', params: idParams, response: application,
  }),
  update: endpoint({
    method: 'PUT', path: '/api/v1/applications/:id', tags, access: 'application.update', ifMatch: true,
    summary: 'Replace a system’s data', params: idParams, body: applicationInput, response: application,
  }),
  archive: endpoint({
    method: 'DELETE', path: '/api/v1/applications/:id', tags, access: 'application.read', ifMatch: true,
    // An archived system is invisible to those who may not restore it: 404 comes before 403.
    description: 'Needs application.archive on a system the caller can see.',
    summary: 'Archive a system (admin; restorable, nothing is purged)', params: idParams, status: 204, response: null,
  }),
  restore: endpoint({
    method: 'POST', path: '/api/v1/applications/:id/restore', tags, access: 'application.read', ifMatch: true,
    description: 'Needs application.archive; to anyone else an archived system does not exist (404).',
    summary: 'Bring an archived system back (admin)', params: idParams, response: application,
  }),
  duplicates: endpoint({
    method: 'GET', path: '/api/v1/applications/:id/duplicates', tags, access: 'application.read',
    summary: 'The system’s probable duplicates: other live systems with the same name or one spelled differently',
    description: 'By the rule the import’s dry run uses. Only systems the caller may read; pairs judged not duplicates are left out.',
    params: idParams, response: applicationDuplicates,
  }),
  dismissDuplicate: endpoint({
    method: 'PUT', path: '/api/v1/applications/:id/duplicates/:otherId/dismissal', tags, access: 'application.update',
    summary: 'Judge two systems not to be duplicates: neither is flagged for the other again',
    description: 'Idempotent: judging a judged pair again changes nothing. Needs application.update on one of the two. 409 when the pair is not flagged.',
    params: duplicatePairParams, status: 204, response: null, errors: [409],
  }),
  undoDuplicateDismissal: endpoint({
    method: 'DELETE', path: '/api/v1/applications/:id/duplicates/:otherId/dismissal', tags, access: 'application.update',
    summary: 'Undo the judgement that two systems are not duplicates: the pair is compared again',
    description: 'Idempotent: undoing a judgement that does not stand changes nothing. Needs application.update on one of the two. Audited.',
    params: duplicatePairParams, status: 204, response: null,
  }),
  history: endpoint({
    method: 'GET', path: '/api/v1/applications/:id/history', tags, access: 'application.read',
    summary: 'Who changed what and when, with before and after values', params: idParams, response: historyList,
  }),
};
