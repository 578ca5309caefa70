import type { DocumentInput, DocumentStatus, Item, ItemInput, TransitionInput } from '../../../shared/documents.js';
import type { AuthContext } from '../../platform/auth.js';
import { canonicalJson } from '../../platform/canonical-json.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { auditAs, recordAuditEvent } from '../audit/commands.js';
import { requirePermission } from '../../platform/permissions.js';
import { livePeople } from '../organisation/queries.js';
import { documentTypePresets } from './presets.js';
import { type DocumentRepository, documentRepository } from './repository.js';
import { freezeResponsibilities } from './responsibilities.js';
import { documentProblems, isDiarienummer } from '../../../shared/document-rules.js';
import { canMoveStatus } from './rules.js';

export interface DocumentCommandContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

/** The municipality's document types, preset from Östhammar's table the first time they are needed. */
export async function ensureDocumentTypes(db: Db, clock: Clock, organisationId: string) {
  const repo = documentRepository(db, organisationId);
  const existing = await repo.types();
  if (existing.length > 0) return existing;
  await db.transaction(async (tx) => {
    const rows = await documentRepository(tx, organisationId).insertTypes(documentTypePresets);
    for (const row of rows) {
      await recordAuditEvent(tx, {
        organisationId,
        actor: { personId: null, accountId: null },
        entityType: 'document_type',
        entityId: row.id,
        action: 'create',
        before: null,
        after: { key: row.key, level: row.level, validityYears: row.validityYears, revisionIntervalMonths: row.revisionIntervalMonths },
        at: clock.now(),
      });
    }
  });
  return repo.types();
}

/** Strips ids from an item tree, for comparing content. */
const itemContent = (items: (Item | ItemInput)[]): unknown =>
  items.map((i) => ({ kind: i.kind, number: i.number, title: i.title, text: i.text, children: itemContent(i.children) }));

async function checkInput(tx: Db, ctx: DocumentCommandContext, input: DocumentInput, selfId: string | null) {
  const repo = documentRepository(tx, ctx.auth.organisationId);
  const errors: FieldError[] = [];
  const type = await repo.type(input.typeId);
  if (!type) errors.push({ field: 'typeId', key: 'unknown_reference' });
  if (input.ownerId && !(await livePeople(tx, ctx.auth.organisationId, [input.ownerId])).has(input.ownerId)) {
    errors.push({ field: 'ownerId', key: 'unknown_reference' });
  }
  errors.push(...documentProblems(input));
  if (input.parentId) {
    const parent = await repo.exists(input.parentId);
    if (!parent || input.parentId === selfId) errors.push({ field: 'parentId', key: 'unknown_reference' });
    else if (type && parent.level >= type.level) errors.push({ field: 'parentId', key: 'parent_level' });
    else if (selfId && (await createsCycle(repo, input.parentId, selfId))) errors.push({ field: 'parentId', key: 'parent_cycle' });
  }
  if (errors.length) throw validationFailed(errors);
  return type!;
}

async function createsCycle(repo: DocumentRepository, parentId: string, selfId: string) {
  const forest = await repo.forest();
  const parentOf = new Map(forest.map((d) => [d.id, d.parentId]));
  for (let at: string | null | undefined = parentId, steps = 0; at && steps < 1000; at = parentOf.get(at), steps++) {
    if (at === selfId) return true;
  }
  return false;
}

export async function createDocument(ctx: DocumentCommandContext, input: DocumentInput): Promise<string> {
  requirePermission(ctx.auth, 'document.create', { departmentIds: [], ownerIds: [input.ownerId] });
  return ctx.db.transaction(async (tx) => {
    const type = await checkInput(tx, ctx, input, null);
    const repo = documentRepository(tx, ctx.auth.organisationId);
    const at = ctx.clock.now();
    const { items, ...fields } = input;
    const row = await repo.insert({ ...fields, decidingBody: fields.decidingBody ?? type.defaultDecidingBody, status: 'draft', createdAt: at, updatedAt: at });
    await repo.saveItems(row.id, items, at);
    await auditAs(tx, ctx, 'document', row.id, 'create', null, { ...fields, status: 'draft', items: itemContent(items) });
    return row.id;
  });
}

/** Fields that a decision freezes: changing them needs a new version (a revision). */
const FROZEN = ['title', 'typeId', 'diarienummer', 'decidingBody', 'validFrom', 'validTo', 'body'] as const;

export async function updateDocument(ctx: DocumentCommandContext, id: string, expectedVersion: number, input: DocumentInput) {
  return ctx.db.transaction(async (tx) => {
    const repo = documentRepository(tx, ctx.auth.organisationId);
    const current = await repo.get(id);
    if (!current) throw notFound();
    requirePermission(ctx.auth, 'document.update', { departmentIds: [], ownerIds: [current.doc.ownerId] });
    if (current.doc.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    requirePermission(ctx.auth, 'document.update', { departmentIds: [], ownerIds: [input.ownerId] });
    await checkInput(tx, ctx, input, id);
    const items = await repo.items(id);
    const { items: newItems, ...fields } = input;
    const before = { ...documentFields(current.doc), items: itemContent(items) };
    const after = { ...fields, items: itemContent(newItems) };
    if (current.doc.status !== 'draft' && current.doc.status !== 'consultation') {
      const frozenChanged = FROZEN.filter((f) => (current.doc[f] ?? null) !== (fields[f] ?? null));
      if (frozenChanged.length > 0 || canonicalJson(before.items) !== canonicalJson(after.items)) {
        throw new AppError(409, 'decided_text_frozen');
      }
    }
    const at = ctx.clock.now();
    const row = await repo.update(id, expectedVersion, { ...fields, updatedAt: at });
    if (!row) throw new AppError(412, 'precondition_failed');
    await repo.saveItems(id, newItems, at);
    await auditAs(tx, ctx, 'document', id, 'update', before, after);
    return row.rowVersion;
  });
}

/** A document's own fields as its form has them (the audited snapshot, and a set-back's starting point). */
export const documentFields = (doc: NonNullable<Awaited<ReturnType<DocumentRepository['get']>>>['doc']) => ({
  title: doc.title,
  typeId: doc.typeId,
  diarienummer: doc.diarienummer,
  ownerId: doc.ownerId,
  decidingBody: doc.decidingBody,
  validFrom: doc.validFrom,
  validTo: doc.validTo,
  nextRevisionOn: doc.nextRevisionOn,
  parentId: doc.parentId,
  body: doc.body,
});

/**
 * Moves a document along utkast → remiss → beslutad → upphävd / ersatt. Adopting records the
 * decision and freezes the version; revising a decided document starts the next version as a draft
 * while the decided one stays in force and public.
 */
export async function transitionDocument(ctx: DocumentCommandContext, id: string, expectedVersion: number, input: TransitionInput) {
  return ctx.db.transaction(async (tx) => {
    const repo = documentRepository(tx, ctx.auth.organisationId);
    const current = await repo.get(id);
    if (!current) throw notFound();
    requirePermission(ctx.auth, 'document.transition', { departmentIds: [], ownerIds: [current.doc.ownerId] });
    if (current.doc.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const from = current.doc.status as DocumentStatus;
    const to = input.to!;
    if (!canMoveStatus(from, to)) throw validationFailed([{ field: 'to', key: 'illegal_status_transition', params: { from, to } }]);
    const at = ctx.clock.now();
    let values: Parameters<DocumentRepository['update']>[2] = { status: to, updatedAt: at };
    let adoptedVersionRow: Parameters<DocumentRepository['insertVersion']>[0] | null = null;
    if (to === 'adopted') {
      const decidingBody = input.decidingBody || current.doc.decidingBody || current.type.defaultDecidingBody;
      const diarienummer = input.diarienummer || current.doc.diarienummer;
      const errors: FieldError[] = [];
      if (!input.decidedOn) errors.push({ field: 'decidedOn', key: 'required' });
      if (!diarienummer) errors.push({ field: 'diarienummer', key: 'required' });
      else if (!isDiarienummer(diarienummer)) errors.push({ field: 'diarienummer', key: 'invalid_diarienummer' });
      if (errors.length) throw validationFailed(errors);
      values = { ...values, decidedOn: input.decidedOn, decidingBody, diarienummer, adoptedVersion: current.doc.version, validFrom: current.doc.validFrom ?? input.decidedOn };
      adoptedVersionRow = {
        documentId: id,
        version: current.doc.version,
        title: current.doc.title,
        diarienummer,
        decidingBody,
        decidedOn: input.decidedOn,
        validFrom: current.doc.validFrom ?? input.decidedOn,
        validTo: current.doc.validTo,
        body: current.doc.body,
        items: await repo.items(id),
        createdAt: at,
        updatedAt: at,
      };
    }
    if (from === 'adopted' && to === 'draft') values = { ...values, version: current.doc.version + 1, decidedOn: null, diarienummer: null, validFrom: null, nextRevisionOn: null };
    if (to === 'replaced') {
      if (!input.replacedById || input.replacedById === id || !(await repo.exists(input.replacedById))) {
        throw validationFailed([{ field: 'replacedById', key: input.replacedById ? 'unknown_reference' : 'required' }]);
      }
      values = { ...values, replacedById: input.replacedById };
    }
    const row = await repo.update(id, expectedVersion, values);
    if (!row) throw new AppError(412, 'precondition_failed');
    // Written after the version-checked update, so of two simultaneous decisions the loser gets 412.
    if (adoptedVersionRow) {
      await repo.insertVersion(adoptedVersionRow);
      await freezeResponsibilities(tx, ctx.auth.organisationId, id, adoptedVersionRow.version, at);
    }
    await auditAs(tx, ctx, 'document', id, to === 'adopted' ? 'adopt' : from === 'adopted' && to === 'draft' ? 'revise' : 'transition', { status: from, version: current.doc.version }, {
      status: to,
      version: row.version,
      ...(to === 'adopted' ? { decidedOn: row.decidedOn, decidingBody: row.decidingBody, diarienummer: row.diarienummer } : {}),
      ...(to === 'replaced' ? { replacedById: row.replacedById } : {}),
    });
    return row.rowVersion;
  });
}
