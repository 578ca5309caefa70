import { type DocumentStatus, type TreeNode } from '../../../shared/documents.js';
import { documentEndpoints as endpoints } from '../../../shared/endpoints/documents.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag, versionedRecord } from '../../platform/etag.js';
import { notFound, validationFailed } from '../../platform/errors.js';
import { contentMatchesExtension, isPlainText } from '../../platform/file-signature.js';
import type { RequestScope } from '../../platform/scope.js';
import { createDocument, ensureDocumentTypes, transitionDocument, updateDocument } from './commands.js';
import { presentDocument } from './presenter.js';
import { ImportFileError, proposeOffThread } from './import-runner.js';
import { compareTexts } from './rules.js';
import { saveDocumentType } from './type-commands.js';
import { compareItems } from './version-compare.js';

export function documentRoutes(routes: Routes, { clock }: AppDeps) {
  async function load(scope: RequestScope, id: string) {
    const repo = scope.repos.documents;
    const row = await repo.get(id);
    if (!row) throw notFound();
    return presentDocument(row, await repo.items(id), scope.auth, clock.today());
  }
  const doc = versionedRecord(load);

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

  routes.on(endpoints.types, async (request) => {
    const { scope } = request;
    const auth = scope.auth;
    const types = await ensureDocumentTypes(scope.db, clock, scope.organisationId);
    return { items: types.map((t) => presentType(auth, t)), allowedManage: scope.can('organisation.manage') };
  });

  routes.on(endpoints.createType, async (request, reply) => {
    const { scope } = request;
    const auth = scope.auth;
    await ensureDocumentTypes(scope.db, clock, scope.organisationId);
    const row = await saveDocumentType(scope, null, null, request.body);
    setEtag(reply, row.rowVersion);
    return presentType(auth, row);
  });

  routes.on(endpoints.updateType, async (request, reply) => {
    const { scope } = request;
    const { auth } = scope;
    const repo = scope.repos.documents;
    if (!(await repo.type(request.params.id))) throw notFound();
    const row = await saveDocumentType(scope, request.params.id, expectedVersion(request), request.body);
    setEtag(reply, row.rowVersion);
    return presentType(auth, row);
  });

  routes.on(endpoints.list, async (request) => {
    const { scope } = request;
    const { auth } = scope;
    const repo = scope.repos.documents;
    const today = clock.today();
    const rows = await repo.list(request.query);
    const all = rows.map((r) => presentDocument(r, [], auth, today)).filter((d) => !request.query.flag || d.flags.includes(request.query.flag));
    const { page, pageSize } = request.query;
    return {
      items: all.slice((page - 1) * pageSize, page * pageSize),
      total: all.length,
      page,
      pageSize,
      allowedCreate: scope.can('document.create'),
    };
  });

  routes.on(endpoints.tree, async (request) => {
    const repo = request.scope.repos.documents;
    const rows = await repo.forest();
    const nodes = new Map<string, TreeNode>(rows.map((r) => [r.id, { id: r.id, title: r.title, typeKey: r.typeKey, status: r.status as DocumentStatus, children: [] }]));
    const roots: TreeNode[] = [];
    for (const r of rows) {
      const parent = r.parentId ? nodes.get(r.parentId) : undefined;
      (parent ? parent.children : roots).push(nodes.get(r.id)!);
    }
    return { roots };
  });

  routes.on(endpoints.create, async (request, reply) => {
    const { scope } = request;
    await ensureDocumentTypes(scope.db, clock, scope.organisationId);
    const id = await createDocument(scope, request.body);
    const body = await load(request.scope, id);
    setEtag(reply, body.rowVersion);
    return body;
  });

  routes.on(endpoints.import, async (request) => {
    const { scope } = request;
    const { filename, text, contentBase64 } = request.body;
    // The content must be what the name claims (a .docx a Word file, a .txt plain text), and is
    // then read in a worker thread under memory and time limits (issue 11, items 14 and 15).
    const extension = /\.([^.]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';
    const bytes = contentBase64 !== undefined ? Buffer.from(contentBase64, 'base64') : null;
    if (bytes && !contentMatchesExtension(filename, bytes)) throw validationFailed([{ field: 'contentBase64', key: 'file_content_mismatch', params: { extension } }]);
    if (!bytes && !isPlainText(Buffer.from(text ?? '', 'utf8'))) throw validationFailed([{ field: 'text', key: 'text_not_plain' }]);
    let proposal;
    try {
      proposal = await proposeOffThread(bytes ? { filename, bytes } : { filename, text: text ?? '' });
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      throw validationFailed([{ field: bytes ? 'contentBase64' : 'text', key: error.reason === 'too_large' ? 'file_too_large' : 'unreadable_file' }]);
    }
    const types = await ensureDocumentTypes(scope.db, clock, scope.organisationId);
    const type = types.find((t) => t.key === proposal.typeKey);
    const { title, typeKey, diarienummer, decidedOn, decidingBody, owner, sources, body, bodyWithoutResponsibilities, items, responsibilities } = proposal;
    return { title, typeId: type?.id ?? null, typeKey, diarienummer, decidedOn, decidingBody, owner, sources, body, bodyWithoutResponsibilities, items, responsibilities };
  });

  routes.on(endpoints.get, async (request, reply) => {
    const body = await load(request.scope, request.params.id);
    setEtag(reply, body.rowVersion);
    return body;
  });

  routes.on(endpoints.update, async (request, reply) =>
    doc.change(request, reply, (version) => updateDocument(request.scope, request.params.id, version, request.body)),
  );

  routes.on(endpoints.transition, async (request, reply) =>
    doc.change(request, reply, (version) => transitionDocument(request.scope, request.params.id, version, request.body)),
  );

  routes.on(endpoints.versions, async (request) => {
    const repo = request.scope.repos.documents;
    await load(request.scope, request.params.id);
    const versions = await repo.versions(request.params.id);
    return { items: versions.map((v) => ({ version: v.version, title: v.title, decidedOn: v.decidedOn, decidingBody: v.decidingBody, diarienummer: v.diarienummer })) };
  });

  routes.on(endpoints.version, async (request) => {
    const repo = request.scope.repos.documents;
    const doc = await load(request.scope, request.params.id);
    const versions = await repo.versions(request.params.id);
    const target = versions.find((v) => v.version === request.params.version);
    if (!target) throw notFound();
    const previous = versions.find((v) => v.version < target.version) ?? null;
    return {
      documentId: doc.id,
      version: target.version,
      title: target.title,
      diarienummer: target.diarienummer,
      decidingBody: target.decidingBody,
      decidedOn: target.decidedOn,
      validFrom: target.validFrom,
      validTo: target.validTo,
      body: target.body,
      items: target.items,
      previousVersion: previous?.version ?? null,
      inForce: target.version === doc.adoptedVersion && doc.status !== 'repealed' && doc.status !== 'replaced',
      document: { title: doc.title, status: doc.status, adoptedVersion: doc.adoptedVersion },
    };
  });

  routes.on(endpoints.diff, async (request) => {
    const repo = request.scope.repos.documents;
    await load(request.scope, request.params.id);
    const versions = await repo.versions(request.params.id);
    const target = versions.find((v) => v.version === request.params.version);
    if (!target) throw notFound();
    const previous = versions.find((v) => v.version < target.version) ?? null;
    const render = (v: typeof target) => `# ${v.title}\n\n${v.body}\n`;
    const parts = compareTexts(previous ? render(previous) : '', render(target));
    // The first version is compared with nothing: its items are not "added" by a revision.
    const items = previous ? compareItems(previous.items, target.items) : [];
    const count = (list: { kind?: string; change?: string }[], key: 'kind' | 'change', value: string) => list.filter((x) => x[key] === value).length;
    return {
      from: previous?.version ?? null,
      to: target.version,
      parts,
      items,
      summary: {
        itemsAdded: count(items, 'change', 'added'),
        itemsRemoved: count(items, 'change', 'removed'),
        itemsChanged: count(items, 'change', 'changed'),
        partsAdded: previous ? count(parts, 'kind', 'added') : 0,
        partsRemoved: previous ? count(parts, 'kind', 'removed') : 0,
      },
    };
  });
}
