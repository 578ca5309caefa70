import { attestationOverview, attestationRound, attestationSettings, attestationSettingsInput, attestationTask, myAttestationTasks, roundInput } from '../attestation.js';
import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';

const tags = ['attestation'];

/** Attestation: owners confirm or correct their systems; the IT strategist follows freshness. */
export const attestationEndpoints = {
  overview: endpoint({
    method: 'GET', path: '/api/v1/attestation/overview', tags, access: 'attestation.manage',
    summary: 'Freshness per department and owner, the rounds and the overdue list', response: attestationOverview,
  }),
  overdueExport: endpoint({
    method: 'GET', path: '/api/v1/attestation/overdue.xlsx', tags, access: 'attestation.manage',
    summary: 'The overdue list as an Excel workbook', produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  }),
  openRound: endpoint({
    method: 'POST', path: '/api/v1/attestation/rounds', tags, access: 'attestation.manage', errors: [409],
    summary: 'Open a round: every system owner gets one task per system they own (409 while a round is open)', body: roundInput, status: 201, response: attestationRound,
  }),
  closeRound: endpoint({
    method: 'POST', path: '/api/v1/attestation/rounds/:id/close', tags, access: 'attestation.manage', ifMatch: true, errors: [409],
    summary: 'Close a round; unanswered tasks stay unconfirmed', params: idParams, response: attestationRound,
  }),
  settings: endpoint({
    method: 'GET', path: '/api/v1/attestation/settings', tags, access: 'attestation.manage',
    summary: 'How long a confirmation counts', response: attestationSettings,
  }),
  updateSettings: endpoint({
    method: 'PUT', path: '/api/v1/attestation/settings', tags, access: 'attestation.manage', ifMatch: true,
    summary: 'Change how long a confirmation counts', body: attestationSettingsInput, response: attestationSettings,
  }),
  myTasks: endpoint({
    method: 'GET', path: '/api/v1/attestation/tasks', tags, access: 'signed_in',
    summary: "The signed-in person's attestation tasks", response: myAttestationTasks,
  }),
  task: endpoint({
    method: 'GET', path: '/api/v1/attestation/tasks/:id', tags, access: 'signed_in',
    summary: 'One task: the record as it stands, to confirm or correct', params: idParams, response: attestationTask,
  }),
  confirm: endpoint({
    method: 'POST', path: '/api/v1/attestation/tasks/:id/confirm', tags, access: 'signed_in', ifMatch: true, errors: [409],
    summary: 'Confirm the record (after correcting it through the system update, this records "corrected")', params: idParams, response: attestationTask,
  }),
};
