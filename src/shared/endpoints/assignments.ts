import { z } from 'zod';
import { idParams } from '../common.js';
import { assignment, assignmentInput, assignmentList, assignmentStatusInput, responsibilityRow, responsibilityTable, responsibilityTableInput } from '../assignments.js';
import { versionParams } from '../documents.js';
import { endpoint } from '../endpoint.js';

const tags = ['documents'];
const documentChecked = 'Needs document.update for the document (a scoped role: the documents it owns); another municipality’s document answers 404.';

/** A steering document's responsibility table and the assignments its items give (issue 13, item 7). */
export const assignmentEndpoints = {
  responsibilities: endpoint({
    method: 'GET', path: '/api/v1/documents/:id/responsibilities', tags, access: 'document.read',
    summary: "A document's responsibility table: who is responsible for what", params: idParams, response: responsibilityTable,
  }),
  saveResponsibilities: endpoint({
    method: 'PUT', path: '/api/v1/documents/:id/responsibilities', tags, access: 'document.read', ifMatch: true,
    summary: "Replace a document's responsibility table while it is a draft or on remiss",
    description: `${documentChecked} If-Match names the table's version (\`"0"\` while there is none). A decided document answers 409: its table changes through a revision.`,
    params: idParams, body: responsibilityTableInput, response: responsibilityTable, errors: [409],
  }),
  versionResponsibilities: endpoint({
    method: 'GET', path: '/api/v1/documents/:id/versions/:version/responsibilities', tags, access: 'document.read',
    summary: 'The responsibility table as a decided version was decided',
    params: versionParams, response: z.object({ rows: z.array(responsibilityRow).describe('Who was responsible for what in that version.') }),
  }),
  ofDocument: endpoint({
    method: 'GET', path: '/api/v1/documents/:id/assignments', tags, access: 'document.read',
    summary: 'The assignments the items of a document give, by deadline', params: idParams, response: assignmentList,
  }),
  create: endpoint({
    method: 'POST', path: '/api/v1/documents/:id/assignments', tags, access: 'document.read', status: 201,
    summary: 'Give an assignment on an item of the document; its owner is notified',
    description: documentChecked, params: idParams, body: assignmentInput, response: assignment,
  }),
  mine: endpoint({
    method: 'GET', path: '/api/v1/assignments/mine', tags, access: 'signed_in',
    summary: "The signed-in person's assignments (Mina uppdrag), by deadline, overdue ones flagged", response: assignmentList,
  }),
  get: endpoint({
    method: 'GET', path: '/api/v1/assignments/:id', tags, access: 'signed_in',
    summary: 'One assignment', description: 'Readable by who reads documents, and by its owner.', params: idParams, response: assignment,
  }),
  update: endpoint({
    method: 'PUT', path: '/api/v1/assignments/:id', tags, access: 'document.read', ifMatch: true,
    summary: "Change an assignment's item, text, owner or deadline; a new owner is notified", description: documentChecked,
    params: idParams, body: assignmentInput, response: assignment,
  }),
  setStatus: endpoint({
    method: 'POST', path: '/api/v1/assignments/:id/status', tags, access: 'signed_in', ifMatch: true,
    summary: "Set an assignment's status: ej påbörjad, pågår, klar or inställd (the last two with a comment)",
    description: 'Its owner may, and who may change the document.', params: idParams, body: assignmentStatusInput, response: assignment,
  }),
};
