import { and, count, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { applicationDepartments, applications } from '../applications/schema.js';
import { recordAuditEvents } from '../audit/commands.js';
import { normaliseEmail } from './commands.js';
import { departments, memberships, people } from './schema.js';

/**
 * The organisation's writes for an import (issue 12, item 1): departments and people of the
 * workbook's sheets, and people the mapping says to create as a system's owner or manager. Each
 * runs in the caller's transaction, audited naming the batch. People made here get no login (no
 * role): the least access there is; an admin gives a role and a login in the people page.
 */

export interface ImportCommandContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

export type RecordOutcome =
  | { action: 'create' | 'update'; id: string; before: Record<string, unknown> | null; after: Record<string, unknown>; rowVersion: number }
  | { action: 'unchanged'; id: string; rowVersion: number }
  | { action: 'skipped'; code: string };

export interface ImportedOrgRow<V> {
  matchId: string | null;
  columns: readonly string[];
  values: V;
}

type DepartmentSnapshot = { name: string; code: string | null };
type PersonSnapshot = { name: string; email: string | null; title: string | null; departmentId: string | null };

const same = (a: Record<string, unknown>, b: Record<string, unknown>) => Object.keys(a).every((k) => a[k] === b[k]);
const auditOf = (ctx: ImportCommandContext, entityType: string, batchId: string, outcomes: RecordOutcome[]) =>
  recordAuditEvents(
    ctx.db,
    ctx.auth.organisationId,
    outcomes.flatMap((o) =>
      o.action === 'create' || o.action === 'update'
        ? [{ actor: { personId: ctx.auth.personId, accountId: ctx.auth.accountId }, entityType, entityId: o.id, action: o.action, before: o.before, after: { ...o.after, importBatchId: batchId }, at: ctx.clock.now() }]
        : [],
    ),
  );

/** Departments of a departments sheet (or the mapping): matched ones get the sheet's columns, the rest are made. */
export async function importDepartments(ctx: ImportCommandContext, batchId: string, rows: ImportedOrgRow<DepartmentSnapshot>[]): Promise<RecordOutcome[]> {
  requirePermission(ctx.auth, 'register.import');
  const org = ctx.auth.organisationId;
  const at = ctx.clock.now();
  const outcomes: RecordOutcome[] = [];
  for (const r of rows) {
    if (r.matchId) {
      const [current] = await ctx.db.select().from(departments).where(and(eq(departments.organisationId, org), eq(departments.id, r.matchId), isNull(departments.archivedAt)));
      if (!current) {
        outcomes.push({ action: 'skipped', code: 'not_found' });
        continue;
      }
      const before: DepartmentSnapshot = { name: current.name, code: current.code };
      const after = { name: r.columns.includes('name') ? r.values.name : before.name, code: r.columns.includes('code') ? r.values.code : before.code };
      if (same(before, after)) {
        outcomes.push({ action: 'unchanged', id: current.id, rowVersion: current.rowVersion });
        continue;
      }
      const [row] = await ctx.db
        .update(departments)
        .set({ ...after, nameSort: swedishSortKey(after.name), updatedAt: at, rowVersion: sql`${departments.rowVersion} + 1` })
        .where(and(eq(departments.organisationId, org), eq(departments.id, current.id), eq(departments.rowVersion, current.rowVersion)))
        .returning({ rowVersion: departments.rowVersion });
      if (!row) throw new AppError(412, 'precondition_failed');
      outcomes.push({ action: 'update', id: current.id, before, after, rowVersion: row.rowVersion });
    } else {
      const after = { name: r.values.name, code: r.values.code };
      const [row] = await ctx.db.insert(departments).values({ organisationId: org, ...after, nameSort: swedishSortKey(after.name), createdAt: at, updatedAt: at }).returning();
      outcomes.push({ action: 'create', id: row!.id, before: null, after, rowVersion: row!.rowVersion });
    }
  }
  await auditOf(ctx, 'department', batchId, outcomes);
  return outcomes;
}

/**
 * People of a people sheet, or named as owner or manager and mapped to `create`: without a login.
 * An e-mail another live person has is refused (skipped), as the people page refuses it.
 */
export async function importPeople(ctx: ImportCommandContext, batchId: string, rows: ImportedOrgRow<PersonSnapshot>[]): Promise<RecordOutcome[]> {
  requirePermission(ctx.auth, 'register.import');
  const org = ctx.auth.organisationId;
  const at = ctx.clock.now();
  const outcomes: RecordOutcome[] = [];
  for (const r of rows) {
    const email = r.values.email ? normaliseEmail(r.values.email) : null;
    const departmentLive = async (id: string | null) =>
      !id || (await ctx.db.select({ id: departments.id }).from(departments).where(and(eq(departments.organisationId, org), eq(departments.id, id), isNull(departments.archivedAt)))).length > 0;
    const emailTaken = async (selfId: string | null) =>
      !!email &&
      (await ctx.db
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.organisationId, org), isNull(people.archivedAt), eq(people.email, email), selfId ? ne(people.id, selfId) : undefined))).length > 0;
    const hasLogin = async (personId: string) =>
      (await ctx.db.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.organisationId, org), eq(memberships.personId, personId))).limit(1)).length > 0;
    if (r.matchId) {
      const [current] = await ctx.db.select().from(people).where(and(eq(people.organisationId, org), eq(people.id, r.matchId), isNull(people.archivedAt)));
      if (!current) {
        outcomes.push({ action: 'skipped', code: 'not_found' });
        continue;
      }
      const before: PersonSnapshot = { name: current.name, email: current.email, title: current.title, departmentId: current.departmentId };
      const has = (c: string) => r.columns.includes(c);
      const after: PersonSnapshot = {
        name: has('name') ? r.values.name : before.name,
        email: has('email') ? email : before.email,
        title: has('title') ? r.values.title : before.title,
        departmentId: has('department') ? r.values.departmentId : before.departmentId,
      };
      // A login's e-mail is changed in the people admin, never by a spreadsheet (the analysis says so in the dry run).
      if (after.email !== before.email && (await hasLogin(current.id))) after.email = before.email;
      if (same(before, after)) {
        outcomes.push({ action: 'unchanged', id: current.id, rowVersion: current.rowVersion });
        continue;
      }
      if ((after.email !== before.email && (await emailTaken(current.id))) || (after.departmentId !== before.departmentId && !(await departmentLive(after.departmentId)))) {
        outcomes.push({ action: 'skipped', code: 'unknown_reference' });
        continue;
      }
      const [row] = await ctx.db
        .update(people)
        .set({ ...after, nameSort: swedishSortKey(after.name), updatedAt: at, rowVersion: sql`${people.rowVersion} + 1` })
        .where(and(eq(people.organisationId, org), eq(people.id, current.id), eq(people.rowVersion, current.rowVersion)))
        .returning({ rowVersion: people.rowVersion });
      if (!row) throw new AppError(412, 'precondition_failed');
      outcomes.push({ action: 'update', id: current.id, before, after, rowVersion: row.rowVersion });
    } else {
      const after: PersonSnapshot = { name: r.values.name, email, title: r.values.title, departmentId: r.values.departmentId };
      if ((await emailTaken(null)) || !(await departmentLive(after.departmentId))) {
        outcomes.push({ action: 'skipped', code: 'unknown_reference' });
        continue;
      }
      const [row] = await ctx.db.insert(people).values({ organisationId: org, ...after, nameSort: swedishSortKey(after.name), createdAt: at, updatedAt: at }).returning();
      outcomes.push({ action: 'create', id: row!.id, before: null, after, rowVersion: row!.rowVersion });
    }
  }
  await auditOf(ctx, 'person', batchId, outcomes);
  return outcomes;
}

/** What an import wrote to one department or person, as the batch remembers it. */
export interface ImportedOrgRecord {
  id: string;
  action: 'create' | 'update';
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  rowVersionAfter: number;
}

const tables = { department: departments, person: people } as const;

/** The departments or people someone changed since the import wrote them, with the fields that differ. */
export async function orgChangedSinceImport(db: Db, organisationId: string, entityType: 'department' | 'person', records: ImportedOrgRecord[]) {
  const changed: { id: string; name: string; fields: string[] }[] = [];
  const table = tables[entityType];
  for (let i = 0; i < records.length; i += 1000) {
    const chunk = records.slice(i, i + 1000);
    const current = (await db
      .select()
      .from(table)
      .where(and(eq(table.organisationId, organisationId), inArray(table.id, chunk.map((r) => r.id))))) as unknown as (Record<string, unknown> & { id: string; name: string; rowVersion: number; archivedAt: Date | null })[];
    const byId = new Map(current.map((c) => [c.id, c]));
    for (const r of chunk) {
      const now = byId.get(r.id);
      if (now && now.rowVersion === r.rowVersionAfter && !now.archivedAt) continue;
      const fields = now ? Object.keys(r.after).filter((k) => (now[k] ?? null) !== (r.after[k] ?? null)) : [];
      if (now?.archivedAt) fields.push('archivedAt');
      changed.push({ id: r.id, name: now?.name ?? String(r.after.name ?? r.id), fields });
    }
  }
  return changed;
}

/**
 * Undoes an import's departments or people in the caller's transaction: made ones are archived
 * (a department only while nothing live uses it), changed ones get their values back; audited.
 */
export async function undoImportedOrg(ctx: ImportCommandContext, batchId: string, entityType: 'department' | 'person', records: ImportedOrgRecord[]) {
  requirePermission(ctx.auth, 'register.import');
  const org = ctx.auth.organisationId;
  const at = ctx.clock.now();
  const actor = { personId: ctx.auth.personId, accountId: ctx.auth.accountId };
  const events: Parameters<typeof recordAuditEvents>[2] = [];
  const table = tables[entityType];
  for (const r of records) {
    const where = and(eq(table.organisationId, org), eq(table.id, r.id), eq(table.rowVersion, r.rowVersionAfter));
    if (r.action === 'create') {
      if (entityType === 'department' && (await departmentInUse(ctx.db, org, r.id))) continue;
      const [row] = await ctx.db.update(table).set({ archivedAt: at, updatedAt: at, rowVersion: sql`${table.rowVersion} + 1` }).where(where).returning({ id: table.id });
      if (!row) throw new AppError(409, 'import_undo_conflict', { records: String(r.after.name ?? r.id) });
      events.push({ actor, entityType, entityId: r.id, action: 'archive', before: { archivedAt: null }, after: { archivedAt: at.toISOString(), importBatchId: batchId }, at });
    } else {
      const before = r.before as Record<string, string | null>;
      const [row] = await ctx.db
        .update(table)
        .set({ ...before, nameSort: swedishSortKey(String(before.name)), updatedAt: at, rowVersion: sql`${table.rowVersion} + 1` })
        .where(where)
        .returning({ id: table.id });
      if (!row) throw new AppError(409, 'import_undo_conflict', { records: String(r.after.name ?? r.id) });
      events.push({ actor, entityType, entityId: r.id, action: 'update', before: r.after, after: { ...before, importBatchId: batchId }, at });
    }
  }
  await recordAuditEvents(ctx.db, org, events);
}

async function departmentInUse(db: Db, org: string, id: string) {
  const [members] = await db.select({ n: count() }).from(people).where(and(eq(people.organisationId, org), eq(people.departmentId, id), isNull(people.archivedAt)));
  const [systems] = await db
    .select({ n: count() })
    .from(applicationDepartments)
    .innerJoin(applications, and(eq(applications.organisationId, applicationDepartments.organisationId), eq(applications.id, applicationDepartments.applicationId)))
    .where(and(eq(applicationDepartments.organisationId, org), eq(applicationDepartments.departmentId, id), isNull(applications.archivedAt)));
  return (members?.n ?? 0) + (systems?.n ?? 0) > 0;
}
