import { endpoint } from '../endpoint.js';
import { archivedList, archivedQuery, recordHistory, recordParams, restoredRecord, setBackInput, setBackResult } from '../records.js';

const tags = ['records'];

/**
 * History, setting a field back, archive and restore for every kind of record, the kind named in
 * the path from a fixed list. Each answers as the record's own register would: a person who may
 * not read the kind gets 403, an id of another municipality (or an archived record to someone who
 * may not restore it) 404.
 */
export const recordEndpoints = {
  history: endpoint({
    method: 'GET', path: '/api/v1/records/:type/:id/history', tags, access: 'signed_in',
    summary: 'Who changed what and when in one record, with before and after values',
    description: 'Needs the permission that reads the kind of record (e.g. document.read for a document or KPI, organisation.read for a person).',
    params: recordParams, response: recordHistory,
  }),
  setBack: endpoint({
    method: 'POST', path: '/api/v1/records/:type/:id/set-back', tags, access: 'signed_in', ifMatch: true,
    summary: 'Set one field back to its value before a change of the history, as a new audited change',
    description: "Goes through the record's own update, so its permission and rules apply: a value the rules refuse today answers 400 naming the field.",
    params: recordParams, body: setBackInput, response: setBackResult, errors: [409],
  }),
  archive: endpoint({
    method: 'DELETE', path: '/api/v1/records/:type/:id', tags, access: 'signed_in', ifMatch: true,
    summary: 'Archive a record (admin; restorable, nothing is purged)',
    description: 'Needs organisation.manage (application.archive for a system).',
    params: recordParams, status: 204, response: null, errors: [409],
  }),
  restore: endpoint({
    method: 'POST', path: '/api/v1/records/:type/:id/restore', tags, access: 'signed_in', ifMatch: true,
    summary: 'Bring an archived record back, with its history',
    description: 'Needs organisation.manage (application.archive for a system); to anyone else an archived record does not exist (404).',
    params: recordParams, response: restoredRecord, errors: [409],
  }),
  archived: endpoint({
    method: 'GET', path: '/api/v1/records/archived', tags, access: 'organisation.manage',
    summary: 'Archived records of every register, filtered by kind and name',
    query: archivedQuery, response: archivedList,
  }),
};
