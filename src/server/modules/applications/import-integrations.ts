import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { recordAuditEvents } from '../audit/commands.js';
import type { ApplicationCommandContext } from './commands.js';
import { applications, integrations } from './schema.js';

/**
 * The register's integrations written by an import (issue 12, item 1): the workbook's
 * integrations sheet, one data flow from a system to another. A system has one integration per
 * target (the system form's rule), so the pair is the key; the description is what a row changes.
 * Audited as a change of the source system's integrations, naming the batch, so the system's
 * history shows it.
 */

export interface IntegrationSnapshot {
  sourceId: string;
  targetId: string;
  description: string;
}

export type IntegrationOutcome =
  | { action: 'create' | 'update'; id: string; before: IntegrationSnapshot | null; after: IntegrationSnapshot; rowVersion: number }
  | { action: 'unchanged'; id: string }
  | { action: 'skipped'; code: string };

const liveSystems = async (db: Db, org: string, ids: string[]) =>
  ids.length === 0
    ? new Set<string>()
    : new Set((await db.select({ id: applications.id }).from(applications).where(and(eq(applications.organisationId, org), isNull(applications.archivedAt), inArray(applications.id, ids)))).map((r) => r.id));

async function pairOf(db: Db, org: string, sourceId: string, targetId: string) {
  const [row] = await db.select().from(integrations).where(and(eq(integrations.organisationId, org), eq(integrations.sourceId, sourceId), eq(integrations.targetId, targetId)));
  return row ?? null;
}

const auditEvents = (ctx: ApplicationCommandContext, batchId: string, items: { sourceId: string; action: string; before: unknown; after: unknown }[]) =>
  items.map((i) => ({
    actor: { personId: ctx.auth.personId, accountId: ctx.auth.accountId },
    entityType: 'application',
    entityId: i.sourceId,
    action: 'update',
    before: { integrations: i.before },
    after: { integrations: i.after, importBatchId: batchId },
    at: ctx.clock.now(),
  }));

/** Writes integration rows in the caller's transaction; one outcome per row, in order. */
export async function importIntegrations(ctx: ApplicationCommandContext, batchId: string, rows: IntegrationSnapshot[]): Promise<IntegrationOutcome[]> {
  requirePermission(ctx.auth, 'register.import');
  requirePermission(ctx.auth, 'application.update');
  const org = ctx.auth.organisationId;
  const live = await liveSystems(ctx.db, org, [...new Set(rows.flatMap((r) => [r.sourceId, r.targetId]))]);
  const at = ctx.clock.now();
  const outcomes: IntegrationOutcome[] = [];
  for (const r of rows) {
    if (r.sourceId === r.targetId || !live.has(r.sourceId) || !live.has(r.targetId)) {
      outcomes.push({ action: 'skipped', code: 'unknown_reference' });
      continue;
    }
    const found = await pairOf(ctx.db, org, r.sourceId, r.targetId);
    const after = { sourceId: r.sourceId, targetId: r.targetId, description: r.description.slice(0, 500) };
    if (found) {
      if (found.description === after.description) {
        outcomes.push({ action: 'unchanged', id: found.id });
        continue;
      }
      await ctx.db.update(integrations).set({ description: after.description, updatedAt: at }).where(and(eq(integrations.organisationId, org), eq(integrations.id, found.id)));
      outcomes.push({ action: 'update', id: found.id, before: { sourceId: found.sourceId, targetId: found.targetId, description: found.description }, after, rowVersion: 0 });
    } else {
      const [row] = await ctx.db.insert(integrations).values({ organisationId: org, ...after, createdAt: at, updatedAt: at }).returning({ id: integrations.id });
      outcomes.push({ action: 'create', id: row!.id, before: null, after, rowVersion: 0 });
    }
  }
  await recordAuditEvents(
    ctx.db,
    org,
    auditEvents(
      ctx,
      batchId,
      outcomes.flatMap((o) => (o.action === 'create' || o.action === 'update' ? [{ sourceId: o.after.sourceId, action: o.action, before: o.before ? [o.before] : [], after: [o.after] }] : [])),
    ),
  );
  return outcomes;
}

export interface ImportedIntegration {
  id: string;
  action: 'create' | 'update';
  before: IntegrationSnapshot | null;
  after: IntegrationSnapshot;
}

/**
 * Integrations changed since the import: gone, or with another description. A system saved since
 * writes its integrations anew (new ids), so they are compared by their pair, not their id.
 */
export async function integrationsChangedSinceImport(db: Db, organisationId: string, records: ImportedIntegration[]) {
  const changed: { id: string; name: string; fields: string[] }[] = [];
  for (const r of records) {
    const now = await pairOf(db, organisationId, r.after.sourceId, r.after.targetId);
    if (now && now.description === r.after.description) continue;
    const [source] = await db.select({ name: applications.name }).from(applications).where(and(eq(applications.organisationId, organisationId), eq(applications.id, r.after.sourceId)));
    changed.push({ id: r.id, name: source?.name ?? r.id, fields: ['integrations'] });
  }
  return changed;
}

/** Undoes an import's integrations in the caller's transaction: made ones removed, changed ones set back; audited. */
export async function undoImportedIntegrations(ctx: ApplicationCommandContext, batchId: string, records: ImportedIntegration[]) {
  requirePermission(ctx.auth, 'register.import');
  const org = ctx.auth.organisationId;
  const undone: { sourceId: string; action: string; before: unknown; after: unknown }[] = [];
  for (const r of records) {
    const now = await pairOf(ctx.db, org, r.after.sourceId, r.after.targetId);
    if (!now || now.description !== r.after.description) throw new AppError(409, 'import_undo_conflict', { records: r.after.sourceId });
    if (r.action === 'create') await ctx.db.delete(integrations).where(and(eq(integrations.organisationId, org), eq(integrations.id, now.id)));
    else await ctx.db.update(integrations).set({ description: r.before!.description, updatedAt: ctx.clock.now() }).where(and(eq(integrations.organisationId, org), eq(integrations.id, now.id)));
    undone.push({ sourceId: r.after.sourceId, action: 'update', before: [r.after], after: r.action === 'create' ? [] : [r.before] });
  }
  await recordAuditEvents(ctx.db, org, auditEvents(ctx, batchId, undone));
}
