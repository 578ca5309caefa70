import { idParams } from '../common.js';
import { councilItem, decisionInput, decisionLog, decisionLogQuery, itemInput, meeting, meetingInput, meetingList, participantsInput } from '../council.js';
import { endpoint } from '../endpoint.js';

const tags = ['council'];

/** The IT council (IT-rådet): meetings, numbered matters, decisions and minutes. */
export const councilEndpoints = {
  meetings: endpoint({ method: 'GET', path: '/api/v1/council/meetings', tags, access: 'project.read', summary: 'IT council meetings, newest first', response: meetingList }),
  createMeeting: endpoint({
    method: 'POST', path: '/api/v1/council/meetings', tags, access: 'council.manage',
    summary: 'Call a meeting', body: meetingInput, status: 201, response: meeting,
  }),
  meeting: endpoint({
    method: 'GET', path: '/api/v1/council/meetings/:id', tags, access: 'project.read',
    summary: 'A meeting with its agenda and decisions', params: idParams, response: meeting,
  }),
  addItem: endpoint({
    method: 'POST', path: '/api/v1/council/meetings/:id/items', tags, access: 'council.manage',
    summary: 'Put a matter (ärende) on the agenda; it gets the next §', params: idParams, body: itemInput, status: 201, response: meeting,
  }),
  participants: endpoint({
    method: 'PUT', path: '/api/v1/council/meetings/:id/participants', tags, access: 'council.manage', ifMatch: true,
    summary: 'Record who attended: attendees, the chair, the secretary and the adjusters (justerare)', params: idParams, body: participantsInput, response: meeting,
  }),
  decide: endpoint({
    method: 'PUT', path: '/api/v1/council/items/:id/decision', tags, access: 'council.manage', ifMatch: true,
    summary: 'Record the decision on a matter (never rewritten afterwards)', params: idParams, body: decisionInput, response: councilItem,
  }),
  minutesDocx: endpoint({
    method: 'GET', path: '/api/v1/council/meetings/:id/minutes.docx', tags, access: 'project.read',
    summary: 'The minutes (protokoll) as a Word document', params: idParams,
    produces: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  }),
  minutesPdf: endpoint({
    method: 'GET', path: '/api/v1/council/meetings/:id/minutes.pdf', tags, access: 'project.read',
    summary: 'The minutes (protokoll) as an archivable PDF (PDF/A-2b, fonts embedded)', params: idParams, produces: 'application/pdf',
  }),
  decisions: endpoint({
    method: 'GET', path: '/api/v1/council/decisions', tags, access: 'project.read',
    summary: 'The decision log across meetings, searchable', query: decisionLogQuery, response: decisionLog,
  }),
};
