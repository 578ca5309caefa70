import { z } from 'zod';
import {
  acquisitionDetail,
  acquisitionInput,
  acquisitionList,
  acquisitionListQuery,
  answerInput,
  attachmentInput,
  installInput,
  prestudyInput,
  suggestions,
  withdrawInput,
} from '../acquisitions.js';
import { idParams, uuid } from '../common.js';
import { endpoint } from '../endpoint.js';

const tags = ['acquisitions'];
const attachmentParams = z.object({ id: uuid.describe('The acquisition.'), attachmentId: uuid.describe('The attachment of that acquisition.') });
const emptyBody = z.object({}).strict().optional();
/** The need is looked up first (404), then the caller's right to walk it: their department's, or all. */
const routed = 'Needs acquisition.route for this need (a department role: its own department’s needs).';

/** Acquiring a new IT system along the collaboration-first route (Lidköping's appendix 5.1). */
export const acquisitionEndpoints = {
  list: endpoint({
    method: 'GET', path: '/api/v1/acquisitions', tags, access: 'acquisition.read',
    summary: 'Reported needs with their current step and outcome; `noted=false` is the IT council’s inbox', query: acquisitionListQuery, response: acquisitionList,
  }),
  report: endpoint({
    method: 'POST', path: '/api/v1/acquisitions', tags, access: 'acquisition.create',
    summary: 'Report a need (anmälan); it reaches the IT council’s inbox', body: acquisitionInput, status: 201, response: acquisitionDetail,
  }),
  get: endpoint({
    method: 'GET', path: '/api/v1/acquisitions/:id', tags, access: 'acquisition.read',
    summary: 'A need, its route so far (every answer and who gave it) and the next question or outcome', params: idParams, response: acquisitionDetail,
  }),
  update: endpoint({
    method: 'PUT', path: '/api/v1/acquisitions/:id', tags, access: 'acquisition.read', ifMatch: true, description: routed,
    summary: 'Change the need; the route is worked out again', params: idParams, body: acquisitionInput, response: acquisitionDetail,
  }),
  suggestions: endpoint({
    method: 'GET', path: '/api/v1/acquisitions/:id/suggestions', tags, access: 'acquisition.read',
    summary: 'What Roder proposes: own systems, partners’ shared systems and agreements covering the need’s capabilities, best match first', params: idParams, response: suggestions,
  }),
  answer: endpoint({
    method: 'POST', path: '/api/v1/acquisitions/:id/answers', tags, access: 'acquisition.read', ifMatch: true, description: routed,
    summary: 'Answer the current step, or an earlier one again; records who answered', params: idParams, body: answerInput, response: acquisitionDetail,
  }),
  prestudy: endpoint({
    method: 'PUT', path: '/api/v1/acquisitions/:id/prestudy', tags, access: 'acquisition.read', ifMatch: true, description: routed,
    summary: 'Save the needs inventory and pre-study text', params: idParams, body: prestudyInput, response: acquisitionDetail,
  }),
  attach: endpoint({
    method: 'POST', path: '/api/v1/acquisitions/:id/attachments', tags, access: 'acquisition.read', bodyLimit: 8 * 1024 * 1024,
    description: `${routed} The content must be of the type the name's extension claims (its signature is checked), else 400 naming contentBase64 and nothing is stored.`,
    summary: 'Attach a file to the pre-study (base64, at most 5 MB)', params: idParams, body: attachmentInput, status: 201, response: acquisitionDetail, errors: [413],
  }),
  attachment: endpoint({
    method: 'GET', path: '/api/v1/acquisitions/:id/attachments/:attachmentId', tags, access: 'acquisition.read',
    summary: 'Download an attachment', params: attachmentParams, produces: 'application/octet-stream',
  }),
  removeAttachment: endpoint({
    method: 'DELETE', path: '/api/v1/acquisitions/:id/attachments/:attachmentId', tags, access: 'organisation.manage', ifMatch: true,
    description: 'If-Match is the acquisition’s row version.',
    summary: 'Remove an attachment (admin): kept, archived and restorable', params: attachmentParams, status: 204, response: null,
  }),
  restoreAttachment: endpoint({
    method: 'POST', path: '/api/v1/acquisitions/:id/attachments/:attachmentId/restore', tags, access: 'organisation.manage', ifMatch: true,
    description: 'If-Match is the acquisition’s row version.',
    summary: 'Restore a removed attachment (admin)', params: attachmentParams, body: emptyBody, response: acquisitionDetail,
  }),
  noted: endpoint({
    method: 'POST', path: '/api/v1/acquisitions/:id/noted', tags, access: 'council.manage', ifMatch: true,
    summary: 'The IT council marks the report as received', params: idParams, body: emptyBody, response: acquisitionDetail,
  }),
  install: endpoint({
    method: 'POST', path: '/api/v1/acquisitions/:id/install', tags, access: 'acquisition.read', ifMatch: true, description: routed,
    summary: 'Step 7: installed; becomes a system in the register, linked back', params: idParams, body: installInput, response: acquisitionDetail,
  }),
  withdraw: endpoint({
    method: 'POST', path: '/api/v1/acquisitions/:id/withdraw', tags, access: 'acquisition.read', ifMatch: true, description: routed,
    summary: 'Withdraw the need, with the reason; the route stops until it is reopened', params: idParams, body: withdrawInput, response: acquisitionDetail,
  }),
  reopen: endpoint({
    method: 'POST', path: '/api/v1/acquisitions/:id/reopen', tags, access: 'acquisition.read', ifMatch: true, description: routed,
    summary: 'Take a withdrawn need up again; the route goes on from its answers', params: idParams, body: emptyBody, response: acquisitionDetail,
  }),
};
