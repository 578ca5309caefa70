import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/common.js';
import {
  type DocumentStatus,
  documentInput,
  documentList,
  documentListQuery,
  documentTree,
  documentType,
  documentTypeInput,
  documentTypeList,
  importInput,
  importProposal,
  steeringDocument,
  type TreeNode,
  transitionInput,
  versionDiff,
  versionList,
  versionParams,
} from '../../../shared/documents.js';
import { authOf, requireAuth } from '../../platform/auth.js';
import type { AppDeps } from '../../platform/deps.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { AppError, notFound } from '../../platform/errors.js';
import { can, readerFor, requirePermission } from '../../platform/permissions.js';
import { createDocument, ensureDocumentTypes, transitionDocument, updateDocument } from './commands.js';
import { presentDocument } from './presenter.js';
import { documentRepository } from './repository.js';
import { DocxTooLargeError, docxToText, proposeDraft } from './import.js';
import { compareTexts } from './rules.js';
import { saveDocumentType } from './type-commands.js';

const tags = ['documents'];

export async function documentRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db, clock } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();
  type Req = Parameters<typeof authOf>[0];
  const reader = readerFor('document.read', (organisationId) => documentRepository(db, organisationId));
  async function load(request: Req, id: string) {
    const { auth, repo } = reader(request);
    const row = await repo.get(id);
    if (!row) throw notFound();
    return presentDocument(row, await repo.items(id), auth, clock.today());
  }

  const presentType = (auth: { language: 'sv' | 'en' }, t: Awaited<ReturnType<typeof ensureDocumentTypes>>[number]) => ({
    id: t.id,
    key: t.key,
    name: auth.language === 'en' ? t.nameEn : t.nameSv,
    nameSv: t.nameSv,
    nameEn: t.nameEn,
    level: t.level,
    validityYears: t.validityYears,
    revisionIntervalMonths: t.revisionIntervalMonths,
    defaultOwner: t.defaultOwner,
    defaultDecidingBody: t.defaultDecidingBody,
    rowVersion: t.rowVersion,
  });

  api.get(
    '/api/v1/document-types',
    { schema: { tags, summary: 'Document types and their default rules (validity, revision, owner, deciding body)', response: { 200: documentTypeList } }, preHandler: requireAuth },
    async (request) => {
      const { auth } = reader(request);
      const types = await ensureDocumentTypes(db, clock, auth.organisationId);
      return { items: types.map((t) => presentType(auth, t)), allowedManage: can(auth, 'organisation.manage') };
    },
  );

  api.post(
    '/api/v1/document-types',
    { schema: { tags, summary: 'Add a document type (admin)', body: documentTypeInput, response: { 201: documentType } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      await ensureDocumentTypes(db, clock, auth.organisationId);
      const row = await saveDocumentType({ db, clock, auth }, null, null, request.body);
      setEtag(reply, row.rowVersion);
      return reply.status(201).send(presentType(auth, row));
    },
  );

  api.put(
    '/api/v1/document-types/:id',
    { schema: { tags, summary: "Change a document type's default rules (admin); needs If-Match", params: idParams, body: documentTypeInput, response: { 200: documentType } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth, repo } = reader(request);
      requirePermission(auth, 'organisation.manage');
      if (!(await repo.type(request.params.id))) throw notFound();
      const row = await saveDocumentType({ db, clock, auth }, request.params.id, expectedVersion(request), request.body);
      setEtag(reply, row.rowVersion);
      return presentType(auth, row);
    },
  );

  api.get(
    '/api/v1/documents',
    { schema: { tags, summary: 'The register of steering documents, filtered and paged', querystring: documentListQuery, response: { 200: documentList } }, preHandler: requireAuth },
    async (request) => {
      const { auth, repo } = reader(request);
      const today = clock.today();
      const rows = await repo.list(request.query);
      const all = rows.map((r) => presentDocument(r, [], auth, today)).filter((d) => !request.query.flag || d.flags.includes(request.query.flag));
      const { page, pageSize } = request.query;
      return {
        items: all.slice((page - 1) * pageSize, page * pageSize),
        total: all.length,
        page,
        pageSize,
        allowedCreate: can(auth, 'document.create'),
      };
    },
  );

  api.get(
    '/api/v1/documents/tree',
    { schema: { tags, summary: 'The hierarchy policy → strategy → guideline → plan', response: { 200: documentTree } }, preHandler: requireAuth },
    async (request) => {
      const { repo } = reader(request);
      const rows = await repo.forest();
      const nodes = new Map<string, TreeNode>(rows.map((r) => [r.id, { id: r.id, title: r.title, typeKey: r.typeKey, status: r.status as DocumentStatus, children: [] }]));
      const roots: TreeNode[] = [];
      for (const r of rows) {
        const parent = r.parentId ? nodes.get(r.parentId) : undefined;
        (parent ? parent.children : roots).push(nodes.get(r.id)!);
      }
      return { roots };
    },
  );

  api.post(
    '/api/v1/documents',
    { schema: { tags, summary: 'Start a steering document as a draft', body: documentInput, response: { 201: steeringDocument } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      await ensureDocumentTypes(db, clock, auth.organisationId);
      const id = await createDocument({ db, clock, auth }, request.body);
      const body = await load(request, id);
      setEtag(reply, body.rowVersion);
      return reply.status(201).send(body);
    },
  );

  api.post(
    '/api/v1/documents/import',
    {
      schema: { tags, summary: 'Propose a draft from a .txt, .md or .docx file: headings and lists become proposed principles and goals', body: importInput, response: { 200: importProposal } },
      bodyLimit: 8 * 1024 * 1024,
      preHandler: requireAuth,
    },
    async (request) => {
      const { auth } = reader(request);
      requirePermission(auth, 'document.create');
      const { filename, text, contentBase64 } = request.body;
      let content = text ?? '';
      if (contentBase64 !== undefined) {
        const bytes = Buffer.from(contentBase64, 'base64');
        if (!/\.docx$/i.test(filename)) content = bytes.toString('utf8');
        else {
          try {
            content = await docxToText(bytes);
          } catch (error) {
            const key = error instanceof DocxTooLargeError ? 'file_too_large' : 'unreadable_file';
            throw new AppError(400, 'validation_failed', {}, [{ field: 'contentBase64', key }]);
          }
        }
      }
      const proposal = proposeDraft(content, filename);
      const types = await ensureDocumentTypes(db, clock, auth.organisationId);
      const type = types.find((t) => t.key === proposal.typeKey);
      return { title: proposal.title, typeId: type?.id ?? null, typeKey: proposal.typeKey, diarienummer: proposal.diarienummer, body: proposal.body, items: proposal.items };
    },
  );

  api.get(
    '/api/v1/documents/:id',
    { schema: { tags, summary: 'One steering document with its principles and goals', params: idParams, response: { 200: steeringDocument } }, preHandler: requireAuth },
    async (request, reply) => {
      const body = await load(request, request.params.id);
      setEtag(reply, body.rowVersion);
      return body;
    },
  );

  api.put(
    '/api/v1/documents/:id',
    {
      schema: { tags, summary: 'Change a document; a decided one only outside its frozen text. Needs If-Match', params: idParams, body: documentInput, response: { 200: steeringDocument } },
      preHandler: requireAuth,
    },
    async (request, reply) => {
      const { auth } = reader(request);
      await load(request, request.params.id);
      await updateDocument({ db, clock, auth }, request.params.id, expectedVersion(request), request.body);
      const body = await load(request, request.params.id);
      setEtag(reply, body.rowVersion);
      return body;
    },
  );

  api.post(
    '/api/v1/documents/:id/transitions',
    {
      schema: { tags, summary: 'Move the status: remiss, beslutad (with the decision), revision, upphävd, ersatt. Needs If-Match', params: idParams, body: transitionInput, response: { 200: steeringDocument } },
      preHandler: requireAuth,
    },
    async (request, reply) => {
      const { auth } = reader(request);
      await load(request, request.params.id);
      await transitionDocument({ db, clock, auth }, request.params.id, expectedVersion(request), request.body);
      const body = await load(request, request.params.id);
      setEtag(reply, body.rowVersion);
      return body;
    },
  );

  api.get(
    '/api/v1/documents/:id/versions',
    { schema: { tags, summary: 'Every decided version, newest first', params: idParams, response: { 200: versionList } }, preHandler: requireAuth },
    async (request) => {
      const { repo } = reader(request);
      await load(request, request.params.id);
      const versions = await repo.versions(request.params.id);
      return { items: versions.map((v) => ({ version: v.version, title: v.title, decidedOn: v.decidedOn, decidingBody: v.decidingBody, diarienummer: v.diarienummer })) };
    },
  );

  api.get(
    '/api/v1/documents/:id/versions/:version/diff',
    { schema: { tags, summary: 'A decided version compared with the one before it', params: versionParams, response: { 200: versionDiff } }, preHandler: requireAuth },
    async (request) => {
      const { repo } = reader(request);
      await load(request, request.params.id);
      const versions = await repo.versions(request.params.id);
      const target = versions.find((v) => v.version === request.params.version);
      if (!target) throw notFound();
      const previous = versions.find((v) => v.version < target.version) ?? null;
      const render = (v: typeof target) => `# ${v.title}\n\n${v.body}\n`;
      return { from: previous?.version ?? null, to: target.version, parts: compareTexts(previous ? render(previous) : '', render(target)) };
    },
  );
}
