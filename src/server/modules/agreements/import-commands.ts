import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { agreementProblems } from '../../../shared/agreement-rules.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { ensureSupplier, linkAgreement } from '../applications/commands.js';
import { rescoreSystems, rescoreSystemsOfAgreement } from '../applications/quality.js';
import { agreements, applicationAgreements, applications, suppliers } from '../applications/schema.js';
import { recordAuditEvents } from '../audit/commands.js';
import type { AgreementCommandContext } from './commands.js';
import { agreementRepository } from './repository.js';

/**
 * The agreements register's writes for an import (issue 12, item 1): the workbook's agreements
 * sheet, matched by id, number or name by the import; the register's own rules run again here
 * (end after start, notice within bounds) and each write is audited naming the batch.
 */

export interface AgreementSnapshot {
  name: string;
  kind: 'framework' | 'contract';
  supplier: string | null;
  reference: string;
  description: string;
  startDate: string | null;
  endDate: string | null;
  noticeMonths: number | null;
  extensionOptions: string;
}

export type AgreementOutcome =
  | { action: 'create' | 'update'; id: string; before: AgreementSnapshot | null; after: AgreementSnapshot; rowVersion: number }
  | { action: 'unchanged'; id: string }
  | { action: 'skipped'; code: string };

const FIELDS = ['name', 'kind', 'supplier', 'reference', 'description', 'startDate', 'endDate', 'noticeMonths', 'extensionOptions'] as const;

async function current(db: Db, organisationId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, AgreementSnapshot & { rowVersion: number; archivedAt: Date | null }>();
  const rows = await db
    .select({ row: agreements, supplier: suppliers.name })
    .from(agreements)
    .leftJoin(suppliers, and(eq(suppliers.organisationId, agreements.organisationId), eq(suppliers.id, agreements.supplierId)))
    .where(and(eq(agreements.organisationId, organisationId), eq(agreements.registered, true), inArray(agreements.id, ids)));
  return new Map(
    rows.map(({ row, supplier }) => [
      row.id,
      {
        name: row.name, kind: row.kind as AgreementSnapshot['kind'], supplier, reference: row.reference, description: row.description, startDate: row.startDate,
        endDate: row.endDate, noticeMonths: row.noticeMonths, extensionOptions: row.extensionOptions, rowVersion: row.rowVersion, archivedAt: row.archivedAt,
      },
    ]),
  );
}

const snapshotOf = (s: AgreementSnapshot): AgreementSnapshot => Object.fromEntries(FIELDS.map((f) => [f, s[f]])) as unknown as AgreementSnapshot;

/** Writes agreement rows in the caller's transaction; one outcome per row, in order. */
export async function importAgreements(
  ctx: AgreementCommandContext,
  batchId: string,
  rows: { matchId: string | null; columns: readonly string[]; values: AgreementSnapshot }[],
): Promise<AgreementOutcome[]> {
  requirePermission(ctx.auth, 'register.import');
  requirePermission(ctx.auth, 'agreement.manage');
  const org = ctx.auth.organisationId;
  const repo = agreementRepository(ctx.db, org);
  const at = ctx.clock.now();
  const existing = await current(ctx.db, org, rows.flatMap((r) => (r.matchId ? [r.matchId] : [])));
  const outcomes: AgreementOutcome[] = [];
  for (const r of rows) {
    const found = r.matchId ? existing.get(r.matchId) : undefined;
    if (r.matchId && (!found || found.archivedAt)) {
      outcomes.push({ action: 'skipped', code: 'not_found' });
      continue;
    }
    const before = found ? snapshotOf(found) : null;
    const after: AgreementSnapshot = snapshotOf(before ?? r.values);
    if (before) for (const f of FIELDS) if (r.columns.includes(f)) (after as unknown as Record<string, unknown>)[f] = r.values[f];
    if (agreementProblems(after).length > 0) {
      outcomes.push({ action: 'skipped', code: 'invalid' });
      continue;
    }
    const supplierId = await ensureSupplier(ctx.db, org, after.supplier);
    const { supplier: _supplier, ...fields } = after;
    if (before && found) {
      if (FIELDS.every((f) => before[f] === after[f])) {
        outcomes.push({ action: 'unchanged', id: r.matchId! });
        continue;
      }
      const row = await repo.update(r.matchId!, found.rowVersion, { ...fields, supplierId, updatedAt: at });
      if (!row) throw new AppError(412, 'precondition_failed');
      await rescoreSystemsOfAgreement(ctx.db, org, row.id);
      outcomes.push({ action: 'update', id: row.id, before, after, rowVersion: row.rowVersion });
    } else {
      const row = await repo.insert({ ...fields, supplierId, createdAt: at, updatedAt: at });
      outcomes.push({ action: 'create', id: row.id, before: null, after, rowVersion: row.rowVersion });
    }
  }
  await recordAuditEvents(
    ctx.db,
    org,
    outcomes.flatMap((o) =>
      o.action === 'create' || o.action === 'update'
        ? [{ actor: { personId: ctx.auth.personId, accountId: ctx.auth.accountId }, entityType: 'agreement', entityId: o.id, action: o.action, before: o.before, after: { ...o.after, importBatchId: batchId }, at }]
        : [],
    ),
  );
  return outcomes;
}

export interface ImportedAgreement {
  id: string;
  action: 'create' | 'update';
  before: AgreementSnapshot | null;
  after: AgreementSnapshot;
  rowVersionAfter: number;
}

/** The agreements someone changed since the import wrote them, with the fields that differ. */
export async function agreementsChangedSinceImport(db: Db, organisationId: string, records: ImportedAgreement[]) {
  const now = await current(db, organisationId, records.map((r) => r.id));
  const changed: { id: string; name: string; fields: string[] }[] = [];
  for (const r of records) {
    const c = now.get(r.id);
    if (c && c.rowVersion === r.rowVersionAfter && !c.archivedAt) continue;
    const fields = c ? FIELDS.filter((f) => c[f] !== r.after[f]) : [];
    if (c?.archivedAt) (fields as string[]).push('archivedAt');
    changed.push({ id: r.id, name: c?.name ?? r.after.name, fields: [...fields] });
  }
  return changed;
}

/** Undoes an import's agreements in the caller's transaction: made ones archived, changed ones set back; audited. */
export async function undoImportedAgreements(ctx: AgreementCommandContext, batchId: string, records: ImportedAgreement[]) {
  requirePermission(ctx.auth, 'register.import');
  const org = ctx.auth.organisationId;
  const repo = agreementRepository(ctx.db, org);
  const at = ctx.clock.now();
  const actor = { personId: ctx.auth.personId, accountId: ctx.auth.accountId };
  const events: Parameters<typeof recordAuditEvents>[2] = [];
  for (const r of records) {
    if (r.action === 'create') {
      const [row] = await ctx.db
        .update(agreements)
        .set({ archivedAt: at, updatedAt: at, rowVersion: sql`${agreements.rowVersion} + 1` })
        .where(and(eq(agreements.organisationId, org), eq(agreements.id, r.id), eq(agreements.rowVersion, r.rowVersionAfter)))
        .returning({ id: agreements.id });
      if (!row) throw new AppError(409, 'import_undo_conflict', { records: r.after.name });
      events.push({ actor, entityType: 'agreement', entityId: r.id, action: 'archive', before: { archivedAt: null }, after: { archivedAt: at.toISOString(), importBatchId: batchId }, at });
    } else {
      const before = r.before!;
      const { supplier, ...fields } = before;
      const row = await repo.update(r.id, r.rowVersionAfter, { ...fields, supplierId: await ensureSupplier(ctx.db, org, supplier), updatedAt: at });
      if (!row) throw new AppError(409, 'import_undo_conflict', { records: r.after.name });
      events.push({ actor, entityType: 'agreement', entityId: r.id, action: 'update', before: r.after, after: { ...before, importBatchId: batchId }, at });
    }
    await rescoreSystemsOfAgreement(ctx.db, org, r.id);
  }
  await recordAuditEvents(ctx.db, org, events);
}

/** A link an import made between an agreement and a system it covers, as the batch remembers it. */
export interface ImportedAgreementLink {
  id: string;
  after: { agreementId: string; applicationId: string };
}

/**
 * Links each agreement to the systems its row names, in the caller's transaction (a system's first
 * agreement becomes its primary one, as when linked by hand); a link that exists is left as it is.
 * Only links: a system the row no longer names keeps its link. Returns the links made, audited as
 * a change of the agreement naming the batch.
 */
export async function linkImportedAgreements(ctx: AgreementCommandContext, batchId: string, pairs: { agreementId: string; applicationId: string }[]) {
  requirePermission(ctx.auth, 'agreement.manage');
  const org = ctx.auth.organisationId;
  const at = ctx.clock.now();
  const made: ImportedAgreementLink[] = [];
  for (const pair of pairs) {
    const [live] = await ctx.db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.organisationId, org), eq(applications.id, pair.applicationId), isNull(applications.archivedAt)));
    const existing = await ctx.db
      .select({ id: applicationAgreements.id })
      .from(applicationAgreements)
      .where(and(eq(applicationAgreements.organisationId, org), eq(applicationAgreements.applicationId, pair.applicationId), eq(applicationAgreements.agreementId, pair.agreementId)));
    if (!live || existing.length > 0) continue;
    await linkAgreement(ctx.db, org, pair.applicationId, pair.agreementId);
    const [link] = await ctx.db
      .select({ id: applicationAgreements.id })
      .from(applicationAgreements)
      .where(and(eq(applicationAgreements.organisationId, org), eq(applicationAgreements.applicationId, pair.applicationId), eq(applicationAgreements.agreementId, pair.agreementId)));
    made.push({ id: link!.id, after: pair });
  }
  const actor = { personId: ctx.auth.personId, accountId: ctx.auth.accountId };
  await recordAuditEvents(
    ctx.db,
    org,
    made.map((l) => ({ actor, entityType: 'agreement', entityId: l.after.agreementId, action: 'update', before: { systemId: null }, after: { systemId: l.after.applicationId, importBatchId: batchId }, at })),
  );
  return made;
}

/** Removes the links an import made, in the caller's transaction; a system left without a primary agreement gets another it has. Audited. */
export async function undoImportedAgreementLinks(ctx: AgreementCommandContext, batchId: string, links: ImportedAgreementLink[]) {
  requirePermission(ctx.auth, 'register.import');
  const org = ctx.auth.organisationId;
  const at = ctx.clock.now();
  const actor = { personId: ctx.auth.personId, accountId: ctx.auth.accountId };
  const events: Parameters<typeof recordAuditEvents>[2] = [];
  for (const l of links) {
    const [gone] = await ctx.db
      .delete(applicationAgreements)
      .where(and(eq(applicationAgreements.organisationId, org), eq(applicationAgreements.id, l.id)))
      .returning({ isPrimary: applicationAgreements.isPrimary });
    if (!gone) continue;
    if (gone.isPrimary) {
      const [next] = await ctx.db
        .select({ id: applicationAgreements.id })
        .from(applicationAgreements)
        .where(and(eq(applicationAgreements.organisationId, org), eq(applicationAgreements.applicationId, l.after.applicationId)))
        .limit(1);
      if (next) await ctx.db.update(applicationAgreements).set({ isPrimary: true }).where(and(eq(applicationAgreements.organisationId, org), eq(applicationAgreements.id, next.id)));
    }
    await rescoreSystems(ctx.db, org, [l.after.applicationId]);
    events.push({ actor, entityType: 'agreement', entityId: l.after.agreementId, action: 'update', before: { systemId: l.after.applicationId }, after: { systemId: null, importBatchId: batchId }, at });
  }
  await recordAuditEvents(ctx.db, org, events);
}
