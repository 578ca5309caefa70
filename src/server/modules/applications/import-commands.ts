import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { recordAuditEvents } from '../audit/commands.js';
import { liveDepartments, livePeople, visibleCapabilities } from '../organisation/queries.js';
import type { ApplicationCommandContext } from './commands.js';
import { qualityScore } from '../../../shared/quality-rules.js';
import { presenceOf, qualityWeightsOf, rescoreSystems } from './quality.js';
import { applicationRepository } from './repository.js';
import { canMoveLifecycle, changedFields } from './rules.js';
import { agreements, applicationAgreements, applicationCapabilities, applicationDepartments, applications, suppliers } from './schema.js';
import { rowValues, type Snapshot, snapshotFromLoaded } from './snapshot.js';

/**
 * The register's writes for an import (issue 12, item 1), many systems per transaction: the
 * import module hands over rows it has read and checked; here the application register's own
 * rules run again (references still live, legal lifecycle moves), and every record written gets
 * its audit event, naming the batch. New systems are inserted many to one statement, so 100 000
 * rows are minutes, not hours.
 */

/** A row as the import read it: the columns the sheet has, with ids resolved. */
export interface ImportedSystem {
  matchId: string | null;
  columns: readonly string[];
  values: {
    name: string;
    vendor: string | null;
    versions: string[];
    kind: 'system' | 'application' | null;
    lifecycle: Snapshot['lifecycle'] | null;
    assessment: Snapshot['assessment'];
    yearlyCost: number | null;
    ownerId: string | null;
    managerId: string | null;
    departmentIds: string[];
    capabilityIds: string[];
    personalData: boolean;
    classification: Snapshot['classification'];
    contractEnd: string | null;
    description: string;
  };
}

export type ImportOutcome =
  | { action: 'create' | 'update'; id: string; before: Snapshot | null; after: Snapshot; rowVersion: number }
  | { action: 'unchanged'; id: string }
  | { action: 'skipped'; code: 'unknown_reference' | 'not_found' | 'illegal_lifecycle' };

const sorted = (ids: string[]) => [...new Set(ids)].sort();

/** The system after the row: the sheet's columns over what it was (or over a new system's defaults). */
function merged(base: Snapshot, row: ImportedSystem): Snapshot {
  const has = (c: string) => row.columns.includes(c);
  const v = row.values;
  const s: Snapshot = structuredClone(base);
  if (has('name')) s.name = v.name;
  if (has('vendor')) s.vendor = v.vendor;
  if (has('versions')) s.versions = v.versions;
  if (has('kind') && v.kind) s.kind = v.kind;
  if (has('lifecycle') && v.lifecycle) s.lifecycle = v.lifecycle;
  if (has('assessment')) s.assessment = v.assessment;
  if (has('yearlyCost')) s.yearlyCost = v.yearlyCost;
  if (has('owner')) s.ownerId = v.ownerId;
  if (has('manager')) s.managerId = v.managerId;
  if (has('departments')) s.departmentIds = sorted(v.departmentIds);
  if (has('capabilities')) s.capabilityIds = sorted(v.capabilityIds);
  if (has('personalData')) s.personalData = v.personalData;
  for (const key of ['k', 'r', 't'] as const) if (has(key)) s.classification[key] = v.classification[key];
  // An agreement of the agreements register owns its dates; the sheet's end date is then only shown.
  if (has('contractEnd') && !s.contract.agreementId) s.contract.endDate = v.contractEnd;
  if (has('description')) s.description = v.description;
  return s;
}

const NEW: Snapshot = {
  name: '', vendor: null, versions: [], kind: 'system', description: '', lifecycle: 'in_use', assessment: null, yearlyCost: null,
  ownerId: null, managerId: null, departmentIds: [], capabilityIds: [], personalData: false, classification: { k: null, r: null, t: null },
  contract: { endDate: null, noticeMonths: null, agreementId: null }, integrations: [], disruptionTests: [], sharedWithCollaboration: false,
};

/** Writes one chunk of an import in the caller's transaction (`ctx.db`); one outcome per row, in order. */
export async function importApplications(ctx: ApplicationCommandContext, batchId: string, rows: ImportedSystem[]): Promise<ImportOutcome[]> {
  const { auth, db } = ctx;
  const org = auth.organisationId;
  requirePermission(auth, 'register.import');
  if (rows.some((r) => !r.matchId)) requirePermission(auth, 'application.create');
  if (rows.some((r) => r.matchId)) requirePermission(auth, 'application.update');
  const repo = applicationRepository(db, org);
  // References are checked again here: a department archived since the dry run is not linked.
  const all = (pick: (r: ImportedSystem) => (string | null)[]) => [...new Set(rows.flatMap(pick).filter((x): x is string => x !== null))];
  const people = await livePeople(db, org, all((r) => [r.values.ownerId, r.values.managerId]));
  const depts = await liveDepartments(db, org, all((r) => r.values.departmentIds));
  const caps = await visibleCapabilities(db, org, all((r) => r.values.capabilityIds));
  const referencesLive = (s: Snapshot, before: Snapshot | null) =>
    (!s.ownerId || s.ownerId === before?.ownerId || people.has(s.ownerId)) &&
    (!s.managerId || s.managerId === before?.managerId || people.has(s.managerId)) &&
    s.departmentIds.every((d) => before?.departmentIds.includes(d) || depts.has(d)) &&
    s.capabilityIds.every((c) => before?.capabilityIds.includes(c) || caps.has(c));

  // Suppliers by name, found or made for the whole chunk in three statements.
  const supplierIds = await supplierIdsFor(db, org, [...new Set(rows.map((r) => r.values.vendor).filter((v): v is string => !!v))]);
  const supplierOf = async (name: string | null) => {
    if (!name) return null;
    if (!supplierIds.has(name)) supplierIds.set(name, await repo.supplierIdFor(name));
    return supplierIds.get(name)!;
  };

  const at = ctx.clock.now();
  const outcomes: ImportOutcome[] = new Array(rows.length);
  const creates: { index: number; snapshot: Snapshot; supplierId: string | null }[] = [];
  for (const [index, row] of rows.entries()) {
    if (row.matchId) {
      const loaded = await repo.get(row.matchId);
      if (!loaded) {
        outcomes[index] = { action: 'skipped', code: 'not_found' };
        continue;
      }
      const before = snapshotFromLoaded(loaded);
      const after = merged(before, row);
      if (!canMoveLifecycle(before.lifecycle, after.lifecycle)) outcomes[index] = { action: 'skipped', code: 'illegal_lifecycle' };
      else if (!referencesLive(after, before)) outcomes[index] = { action: 'skipped', code: 'unknown_reference' };
      else if (changedFields(before as never, after as never).length === 0) outcomes[index] = { action: 'unchanged', id: row.matchId };
      else {
        const supplierId = await supplierOf(after.vendor);
        const updated = await repo.updateRow(row.matchId, loaded.row.rowVersion, { ...rowValues(after, supplierId), nameSort: swedishSortKey(after.name), updatedAt: at });
        if (!updated) throw new AppError(412, 'precondition_failed');
        await repo.replaceChildren(row.matchId, after, supplierId, after.vendor);
        outcomes[index] = { action: 'update', id: row.matchId, before, after, rowVersion: updated.rowVersion };
      }
      continue;
    }
    const snapshot = merged(NEW, row);
    if (snapshot.lifecycle === 'phased_out') outcomes[index] = { action: 'skipped', code: 'illegal_lifecycle' };
    else if (!referencesLive(snapshot, null)) outcomes[index] = { action: 'skipped', code: 'unknown_reference' };
    else creates.push({ index, snapshot, supplierId: await supplierOf(snapshot.vendor) });
  }

  if (creates.length > 0) {
    // A new system's score is computed here from what it is inserted with (a contract when it is
    // dated): updating it after the insert rewrote every new row and its name index again, a third of
    // a 100 000-row run on PostgreSQL.
    const { weights } = await qualityWeightsOf(db, org);
    const scoreOf = (c: (typeof creates)[number]) =>
      qualityScore(presenceOf({ ...c.snapshot, vendor: c.supplierId ? c.snapshot.vendor : null, agreementCount: c.snapshot.contract.endDate ? 1 : 0 }), weights);
    const inserted = await db
      .insert(applications)
      .values(creates.map((c) => ({ ...rowValues(c.snapshot, c.supplierId), organisationId: org, nameSort: swedishSortKey(c.snapshot.name), qualityScore: scoreOf(c), createdAt: at, updatedAt: at })))
      .returning({ id: applications.id, rowVersion: applications.rowVersion });
    const links = creates.map((c, i) => ({ ...c, id: inserted[i]!.id, rowVersion: inserted[i]!.rowVersion }));
    const departmentRows = links.flatMap((l) => l.snapshot.departmentIds.map((departmentId) => ({ organisationId: org, applicationId: l.id, departmentId })));
    const capabilityRows = links.flatMap((l) => l.snapshot.capabilityIds.map((capabilityId) => ({ organisationId: org, applicationId: l.id, capabilityId })));
    for (let i = 0; i < departmentRows.length; i += 1000) await db.insert(applicationDepartments).values(departmentRows.slice(i, i + 1000));
    for (let i = 0; i < capabilityRows.length; i += 1000) await db.insert(applicationCapabilities).values(capabilityRows.slice(i, i + 1000));
    // A new system's contract dates are its own contract (DECISIONS.md 7), made as contracts.ts makes one.
    const dated = links.filter((l) => l.snapshot.contract.endDate);
    if (dated.length > 0) {
      const made = await db
        .insert(agreements)
        .values(dated.map((l) => ({ organisationId: org, supplierId: l.supplierId, name: l.snapshot.vendor ?? '', kind: 'contract', endDate: l.snapshot.contract.endDate, noticeMonths: l.snapshot.contract.noticeMonths })))
        .returning({ id: agreements.id });
      await db.insert(applicationAgreements).values(dated.map((l, i) => ({ organisationId: org, applicationId: l.id, agreementId: made[i]!.id, isPrimary: true })));
    }
    for (const l of links) outcomes[l.index] = { action: 'create', id: l.id, before: null, after: l.snapshot, rowVersion: l.rowVersion };
  }

  // The stored completeness score of an updated system follows its imported values, as after any write.
  await rescoreSystems(db, org, outcomes.flatMap((o) => (o.action === 'update' ? [o.id] : [])));
  await recordAuditEvents(
    db,
    org,
    outcomes.flatMap((o) =>
      o.action === 'create' || o.action === 'update'
        ? [{ actor: { personId: auth.personId, accountId: auth.accountId }, entityType: 'application', entityId: o.id, action: o.action, before: o.before, after: { ...o.after, importBatchId: batchId }, at }]
        : [],
    ),
  );
  return outcomes;
}

/** What an import wrote to one system, as the batch remembers it. */
export interface ImportedRecord {
  id: string;
  action: 'create' | 'update';
  before: Snapshot | null;
  after: Snapshot;
  rowVersionAfter: number;
}

/**
 * The records someone changed since the import wrote them, with the fields that differ and who
 * changed them last: an undo would overwrite their work, so it is refused.
 */
export async function changedSinceImport(db: Db, organisationId: string, records: ImportedRecord[]) {
  const changed: { id: string; name: string; fields: string[] }[] = [];
  for (let i = 0; i < records.length; i += 1000) {
    const chunk = records.slice(i, i + 1000);
    const current = await db
      .select({ id: applications.id, rowVersion: applications.rowVersion, archivedAt: applications.archivedAt })
      .from(applications)
      .where(and(eq(applications.organisationId, organisationId), inArray(applications.id, chunk.map((r) => r.id))));
    const byId = new Map(current.map((c) => [c.id, c]));
    for (const r of chunk) {
      const now = byId.get(r.id);
      if (now && now.rowVersion === r.rowVersionAfter && !now.archivedAt) continue;
      const loaded = await applicationRepository(db, organisationId).get(r.id, { includeArchived: true });
      const fields = loaded ? changedFields(r.after as never, snapshotFromLoaded(loaded) as never).map((c) => c.field) : [];
      if (loaded?.row.archivedAt) fields.push('archivedAt');
      changed.push({ id: r.id, name: loaded?.row.name ?? r.after.name, fields });
    }
  }
  return changed;
}

/**
 * Undoes a chunk of an import in the caller's transaction: systems it created are archived, systems
 * it updated get their values from before the import back; each change is audited, naming the
 * batch. The caller has checked that nobody changed them since (changedSinceImport).
 */
export async function undoImportedApplications(ctx: ApplicationCommandContext, batchId: string, records: ImportedRecord[]) {
  const { auth, db } = ctx;
  requirePermission(auth, 'register.import');
  const repo = applicationRepository(db, auth.organisationId);
  const at = ctx.clock.now();
  const events: Parameters<typeof recordAuditEvents>[2] = [];
  const actor = { personId: auth.personId, accountId: auth.accountId };
  for (const r of records) {
    if (r.action === 'create') {
      const row = await repo.setArchived(r.id, r.rowVersionAfter, at, at);
      if (!row) throw new AppError(409, 'import_undo_conflict', { records: r.after.name });
      events.push({ actor, entityType: 'application', entityId: r.id, action: 'archive', before: { archivedAt: null }, after: { archivedAt: at.toISOString(), importBatchId: batchId }, at });
    } else {
      const before = r.before!;
      const supplierId = await repo.supplierIdFor(before.vendor);
      const row = await repo.updateRow(r.id, r.rowVersionAfter, { ...rowValues(before, supplierId), nameSort: swedishSortKey(before.name), updatedAt: at });
      if (!row) throw new AppError(409, 'import_undo_conflict', { records: r.after.name });
      await repo.replaceChildren(r.id, structuredClone(before), supplierId, before.vendor);
      events.push({ actor, entityType: 'application', entityId: r.id, action: 'update', before: r.after, after: { ...before, importBatchId: batchId }, at });
    }
  }
  await rescoreSystems(db, auth.organisationId, records.filter((r) => r.action === 'update').map((r) => r.id));
  await recordAuditEvents(db, auth.organisationId, events);
}

/** The ids of suppliers by name, making those that do not exist yet (one insert for them all). */
async function supplierIdsFor(db: Db, organisationId: string, names: string[]) {
  const ids = new Map<string, string | null>();
  if (names.length === 0) return ids;
  const find = () => db.select({ id: suppliers.id, name: suppliers.name }).from(suppliers).where(and(eq(suppliers.organisationId, organisationId), inArray(suppliers.name, names)));
  for (const r of await find()) ids.set(r.name, r.id);
  const missing = names.filter((n) => !ids.has(n));
  if (missing.length > 0) {
    await db.insert(suppliers).values(missing.map((name) => ({ organisationId, name, nameSort: swedishSortKey(name) }))).onConflictDoNothing();
    for (const r of await find()) ids.set(r.name, r.id);
  }
  return ids;
}
