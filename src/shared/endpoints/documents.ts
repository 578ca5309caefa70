import { z } from 'zod';
import { idParams, uuid } from '../common.js';
import {
  documentInput,
  documentList,
  documentListQuery,
  documentTree,
  documentType,
  documentTypeInput,
  documentTypeList,
  importInput,
  importProposal,
  publicDocument,
  publicDocumentList,
  steeringDocument,
  transitionInput,
  versionList,
  versionParams,
} from '../documents.js';
import { versionDetail, versionDiff } from '../documents-versions.js';
import { endpoint } from '../endpoint.js';

const tags = ['documents'];
const ownerChecked = 'A scoped role may change only the documents it owns; the document is looked up first, so another municipality’s answers 404.';

/** Steering documents (styrdokument): types, drafts, decisions, versions, import. */
export const documentEndpoints = {
  types: endpoint({
    method: 'GET', path: '/api/v1/document-types', tags, access: 'document.read',
    summary: 'Document types and their default rules (validity, revision, owner, deciding body)', response: documentTypeList,
  }),
  createType: endpoint({
    method: 'POST', path: '/api/v1/document-types', tags, access: 'organisation.manage',
    summary: 'Add a document type (admin)', body: documentTypeInput, status: 201, response: documentType,
  }),
  updateType: endpoint({
    method: 'PUT', path: '/api/v1/document-types/:id', tags, access: 'organisation.manage', ifMatch: true,
    summary: "Change a document type's default rules (admin)", params: idParams, body: documentTypeInput, response: documentType,
  }),
  list: endpoint({
    method: 'GET', path: '/api/v1/documents', tags, access: 'document.read',
    summary: 'The register of steering documents, filtered and paged', query: documentListQuery, response: documentList,
  }),
  tree: endpoint({ method: 'GET', path: '/api/v1/documents/tree', tags, access: 'document.read', summary: 'The hierarchy policy → strategy → guideline → plan', response: documentTree }),
  create: endpoint({
    method: 'POST', path: '/api/v1/documents', tags, access: 'document.create',
    summary: 'Start a steering document as a draft', body: documentInput, status: 201, response: steeringDocument,
  }),
  import: endpoint({
    method: 'POST', path: '/api/v1/documents/import', tags, access: 'document.create', bodyLimit: 8 * 1024 * 1024,
    summary: 'Propose a draft from a .txt, .md, .docx, .odt or .pdf file: its structure becomes proposed areas, goals, principles and definitions',
    description:
      'Nothing is saved: the proposal is confirmed by creating the document. A file must be of the type its name claims (a .docx a Word document, an .odt an OpenDocument text, a .pdf a PDF, text plain UTF-8 and no web page), else 400 naming the field; a .docx or .odt unpacking to more than 3 MB of text (counted as unpacked), a PDF of more than 300 pages or 3 MB of text, or a file taking more than 30 s or 512 MB to read, is refused as too large. Each proposed item says why it was proposed, and each metadata field the sentence it came from.',
    body: importInput, response: importProposal, errors: [413],
  }),
  get: endpoint({
    method: 'GET', path: '/api/v1/documents/:id', tags, access: 'document.read',
    summary: 'One steering document with its principles and goals', params: idParams, response: steeringDocument,
  }),
  update: endpoint({
    method: 'PUT', path: '/api/v1/documents/:id', tags, access: 'document.read', ifMatch: true, description: `Needs document.update. ${ownerChecked}`,
    summary: 'Change a document; a decided one only outside its frozen text', params: idParams, body: documentInput, response: steeringDocument,
  }),
  transition: endpoint({
    method: 'POST', path: '/api/v1/documents/:id/transitions', tags, access: 'document.read', ifMatch: true, description: `Needs document.transition. ${ownerChecked}`,
    summary: 'Move the status: remiss, beslutad (with the decision), revision, upphävd, ersatt', params: idParams, body: transitionInput, response: steeringDocument,
  }),
  versions: endpoint({
    method: 'GET', path: '/api/v1/documents/:id/versions', tags, access: 'document.read',
    summary: 'Every decided version, newest first', params: idParams, response: versionList,
  }),
  version: endpoint({
    method: 'GET', path: '/api/v1/documents/:id/versions/:version', tags, access: 'document.read',
    summary: 'One decided version as it was decided: its decision, text, principles and goals',
    description: 'An unknown version (or one not yet decided) answers 404.', params: versionParams, response: versionDetail,
  }),
  diff: endpoint({
    method: 'GET', path: '/api/v1/documents/:id/versions/:version/diff', tags, access: 'document.read',
    summary: 'A decided version compared with the one before it: the text, and the principles and goals added, removed or changed',
    params: versionParams, response: versionDiff,
  }),
};

/** Offentlighetsprincipen: decided steering documents, readable without signing in. */
export const publicDocumentEndpoints = {
  list: endpoint({
    method: 'GET', path: '/api/public/v1/:organisationId/documents', tags: ['public'], access: 'public',
    summary: 'Decided steering documents of a municipality', params: z.object({ organisationId: uuid.describe('The municipality whose decided documents are published.') }), response: publicDocumentList,
  }),
  get: endpoint({
    method: 'GET', path: '/api/public/v1/:organisationId/documents/:id', tags: ['public'], access: 'public',
    summary: 'The decided version in force of one document', params: z.object({ organisationId: uuid.describe('The municipality that decided the document.'), id: uuid.describe('The steering document.') }), response: publicDocument,
  }),
};
