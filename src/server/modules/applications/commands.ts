import { applicationProblems } from '../../../shared/application-rules.js';
import type { ApplicationInput } from '../../../shared/applications.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { recordAuditEvent } from '../audit/commands.js';
import { can, requirePermission, scopeOf } from '../../platform/permissions.js';
import { liveDepartments, livePeople, visibleCapabilities } from '../organisation/queries.js';
import { contractRepository } from './contracts.js';
import { rescoreSystems } from './quality.js';
import { applicationRepository } from './repository.js';
import { canMoveLifecycle } from './rules.js';
import { rowValues, type Snapshot, snapshotFromInput, snapshotFromLoaded } from './snapshot.js';

/** Who changes what, on which database handle (a transaction joins the caller's: DECISIONS.md 13). */
export interface ApplicationCommandContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

const scoped = (s: Snapshot) => ({ departmentIds: s.departmentIds, ownerIds: [s.ownerId, s.managerId] });

/** References must point into the municipality; each bad one is named by its field. */
async function checkReferences(db: Db, organisationId: string, s: Snapshot, selfId: string | null, before: Snapshot | null = null) {
  const appRepo = applicationRepository(db, organisationId);
  const personIds = [s.ownerId, s.managerId].filter((x): x is string => x !== null);
  const people = await livePeople(db, organisationId, personIds);
  const depts = await liveDepartments(db, organisationId, s.departmentIds);
  const caps = await visibleCapabilities(db, organisationId, s.capabilityIds);
  // An integration the system already had stays valid when its target was archived since: saving
  // the system unchanged must not fail because of someone else's archive.
  const kept = new Set(before?.integrations.map((i) => i.targetId) ?? []);
  const apps = await appRepo.existingIds(s.integrations.map((i) => i.targetId));
  for (const id of kept) apps.add(id);
  const errors: FieldError[] = [];
  if (s.ownerId && !people.has(s.ownerId)) errors.push({ field: 'ownerId', key: 'unknown_reference' });
  if (s.managerId && !people.has(s.managerId)) errors.push({ field: 'managerId', key: 'unknown_reference' });
  s.departmentIds.forEach((id) => depts.has(id) || errors.push({ field: 'departmentIds', key: 'unknown_reference' }));
  s.capabilityIds.forEach((id) => caps.has(id) || errors.push({ field: 'capabilityIds', key: 'unknown_reference' }));
  const seen = new Set<string>();
  s.integrations.forEach((integration, index) => {
    const field = `integrations.${index}.targetId`;
    if (integration.targetId === selfId) errors.push({ field, key: 'self_reference' });
    else if (!apps.has(integration.targetId)) errors.push({ field, key: 'unknown_reference' });
    else if (seen.has(integration.targetId)) errors.push({ field, key: 'duplicate_value' });
    seen.add(integration.targetId);
  });
  if (errors.length > 0) throw validationFailed(dedupe(errors));
}

/** The domain's rules on the body that the form applies too (shared/application-rules.ts). */
function checkRules(ctx: ApplicationCommandContext, input: ApplicationInput) {
  const problems = applicationProblems(input, { today: ctx.clock.today() });
  if (problems.length > 0) throw validationFailed(problems);
}

const dedupe = (errors: FieldError[]) => [...new Map(errors.map((e) => [`${e.field}|${e.key}`, e])).values()];

export async function createApplication(ctx: ApplicationCommandContext, input: ApplicationInput): Promise<string> {
  const { auth } = ctx;
  const snapshot = snapshotFromInput(input);
  // A head of department registers systems for the own department: say so on the field.
  if (scopeOf(auth, 'application.create') === 'department' && !can(auth, 'application.create', scoped(snapshot))) {
    throw validationFailed([{ field: 'departmentIds', key: 'must_include_own_department', params: { department: auth.departmentName ?? '' } }]);
  }
  requirePermission(auth, 'application.create', scoped(snapshot));
  if (snapshot.lifecycle === 'phased_out') {
    throw validationFailed([{ field: 'lifecycle', key: 'invalid_value', params: { values: 'planned, in_use, phasing_out' } }]);
  }
  checkRules(ctx, input);
  return ctx.db.transaction(async (tx) => {
    await checkReferences(tx, auth.organisationId, snapshot, null);
    const repo = applicationRepository(tx, auth.organisationId);
    const supplierId = await repo.supplierIdFor(snapshot.vendor);
    const at = ctx.clock.now();
    const row = await repo.insertRow({ ...rowValues(snapshot, supplierId), nameSort: swedishSortKey(snapshot.name), createdAt: at, updatedAt: at });
    await repo.replaceChildren(row.id, snapshot, supplierId, snapshot.vendor);
    await rescoreSystems(tx, auth.organisationId, [row.id]);
    await recordAuditEvent(tx, {
      organisationId: auth.organisationId,
      actor: { personId: auth.personId, accountId: auth.accountId },
      entityType: 'application',
      entityId: row.id,
      action: 'create',
      before: null,
      after: snapshot,
      at,
    });
    return row.id;
  });
}

/**
 * Replaces a system's data when the client read the current row version; a stale version is
 * refused (412) and nothing is written, so no one's change is silently overwritten.
 */
export async function updateApplication(ctx: ApplicationCommandContext, id: string, expectedVersion: number, input: ApplicationInput) {
  const { auth } = ctx;
  return ctx.db.transaction(async (tx) => {
    const repo = applicationRepository(tx, auth.organisationId);
    const loaded = await repo.get(id);
    if (!loaded) throw notFound();
    const before = snapshotFromLoaded(loaded);
    requirePermission(auth, 'application.update', scoped(before));
    if (loaded.row.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const after = snapshotFromInput(input, before.contract.agreementId);
    // Both sides count: a scoped person may not hand a system out of their own reach.
    requirePermission(auth, 'application.update', scoped(after));
    checkRules(ctx, input);
    if (!canMoveLifecycle(before.lifecycle, after.lifecycle)) {
      throw new AppError(400, 'validation_failed', {}, [
        { field: 'lifecycle', key: 'illegal_lifecycle_transition', params: { from: before.lifecycle, to: after.lifecycle } },
      ]);
    }
    await checkReferences(tx, auth.organisationId, after, id, before);
    const supplierId = await repo.supplierIdFor(after.vendor);
    const at = ctx.clock.now();
    const row = await repo.updateRow(id, expectedVersion, { ...rowValues(after, supplierId), nameSort: swedishSortKey(after.name), updatedAt: at });
    // The SQL checks the version again, so a writer that slipped in between still loses (PostgreSQL proves it).
    if (!row) throw new AppError(412, 'precondition_failed');
    await repo.replaceChildren(id, after, supplierId, after.vendor);
    await rescoreSystems(tx, auth.organisationId, [id]);
    await recordAuditEvent(tx, {
      organisationId: auth.organisationId,
      actor: { personId: auth.personId, accountId: auth.accountId },
      entityType: 'application',
      entityId: id,
      action: 'update',
      before,
      after,
      at,
    });
    return row.rowVersion;
  });
}

/** Admin-only soft delete: the system leaves the register but nothing is purged (DECISIONS.md 11). */
export function archiveApplication(ctx: ApplicationCommandContext, id: string, expectedVersion: number) {
  return setArchived(ctx, id, expectedVersion, true);
}

/** Brings an archived system back into the register, as it was. */
export function restoreApplication(ctx: ApplicationCommandContext, id: string, expectedVersion: number) {
  return setArchived(ctx, id, expectedVersion, false);
}

async function setArchived(ctx: ApplicationCommandContext, id: string, expectedVersion: number, archive: boolean) {
  const { auth } = ctx;
  return ctx.db.transaction(async (tx) => {
    const repo = applicationRepository(tx, auth.organisationId);
    const loaded = await repo.get(id, { includeArchived: true });
    if (!loaded || (loaded.row.archivedAt !== null) === archive) throw notFound();
    requirePermission(auth, 'application.archive', scoped(snapshotFromLoaded(loaded)));
    if (loaded.row.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const at = ctx.clock.now();
    const row = await repo.setArchived(id, expectedVersion, archive ? at : null, at);
    if (!row) throw new AppError(412, 'precondition_failed');
    await recordAuditEvent(tx, {
      organisationId: auth.organisationId,
      actor: { personId: auth.personId, accountId: auth.accountId },
      entityType: 'application',
      entityId: id,
      action: archive ? 'archive' : 'restore',
      before: { archivedAt: loaded.row.archivedAt?.toISOString() ?? null },
      after: { archivedAt: row.archivedAt?.toISOString() ?? null },
      at,
    });
    return row.rowVersion;
  });
}

/** Links a system to an agreement of the register (an installed acquisition's agreement). */
export async function linkAgreement(tx: Db, organisationId: string, applicationId: string, agreementId: string) {
  await contractRepository(tx, organisationId).link(applicationId, agreementId);
  await rescoreSystems(tx, organisationId, [applicationId]);
}

/** The supplier of a name, made when new (suppliers are records of their own, DECISIONS.md 7). */
export const ensureSupplier = (tx: Db, organisationId: string, name: string | null) => applicationRepository(tx, organisationId).supplierIdFor(name);
