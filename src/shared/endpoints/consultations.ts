import { idParams } from '../common.js';
import {
  answerInput,
  commentParams,
  compiledAnswers,
  consultation,
  consultationInput,
  consultationList,
  consultationParams,
  myConsultationList,
  responseInput,
  versionParamsConsultation,
} from '../consultations.js';
import { endpoint } from '../endpoint.js';

const tags = ['consultations'];

/** Remiss: sending a draft for comments, answering it, and the owner's compiled answers. */
export const consultationEndpoints = {
  send: endpoint({
    method: 'POST', path: '/api/v1/documents/:id/consultations', tags, access: 'document.read', ifMatch: true, status: 201,
    summary: 'Send a draft on remiss to departments and people with a last answer date; the document moves to remiss',
    description: "Needs document.transition on the document (its owner, or a role that may move any document). If-Match is the document's ETag. The text is frozen into the round as it is sent.",
    params: idParams, body: consultationInput, response: consultation,
  }),
  ofDocument: endpoint({
    method: 'GET', path: '/api/v1/documents/:id/consultations', tags, access: 'document.read',
    summary: "A document's remiss rounds, newest first", params: idParams, response: consultationList,
  }),
  mine: endpoint({
    method: 'GET', path: '/api/v1/consultations/mine', tags, access: 'signed_in',
    summary: 'Mina remisser: open rounds the caller (or the caller’s department) is to answer, with the last date', response: myConsultationList,
  }),
  get: endpoint({
    method: 'GET', path: '/api/v1/consultations/:id', tags, access: 'document.read',
    summary: 'One remiss round: the text as sent, the recipients and their submitted answers, and the caller’s own answer', params: consultationParams, response: consultation,
  }),
  saveAnswer: endpoint({
    method: 'PUT', path: '/api/v1/consultations/:id/answer', tags, access: 'document.read', ifMatch: true,
    summary: "Save the caller's answer (not yet submitted): comments tied to items, paragraphs or the whole, or inget att erinra",
    description: "If-Match is myAnswer.rowVersion. Only a recipient (the person, or anyone of the department) may answer, until it is submitted or the last date passes.",
    params: consultationParams, body: answerInput, response: consultation,
  }),
  submitAnswer: endpoint({
    method: 'POST', path: '/api/v1/consultations/:id/answer/submit', tags, access: 'document.read', ifMatch: true,
    summary: "Submit the caller's saved answer; it can no longer be changed", params: consultationParams, response: consultation,
  }),
  respond: endpoint({
    method: 'PUT', path: '/api/v1/consultations/:id/comments/:commentId/response', tags, access: 'document.read', ifMatch: true,
    summary: "The owner's response to a comment: accepted, partly or not accepted, with a text",
    description: "Needs document.update on the document. If-Match is the comment's rowVersion.",
    params: commentParams, body: responseInput, response: consultation,
  }),
  compiled: endpoint({
    method: 'GET', path: '/api/v1/documents/:id/versions/:version/consultation', tags, access: 'document.read',
    summary: 'The compiled remiss answers (sammanställning) kept with a decided version, one row per comment: export-ready',
    params: versionParamsConsultation, response: compiledAnswers,
  }),
};
