import type { EserviceInput } from '../../../shared/eservices.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { auditAs } from '../audit/commands.js';
import { livePeople } from '../organisation/queries.js';
import { eserviceRepository } from './repository.js';

export interface EserviceCommandContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

/**
 * Who may write a service: those who write the register (application.create to add,
 * application.update to change), in their scope — all of it, the owner's department, or the
 * services they own.
 */
export async function eserviceRecord(db: Db, organisationId: string, ownerId: string | null) {
  const departmentId = ownerId ? await eserviceRepository(db, organisationId).departmentOf(ownerId) : null;
  return { departmentIds: departmentId ? [departmentId] : [], ownerIds: [ownerId] };
}

/** Every reference must point into the municipality: the owner a live person, each system a live system of the register. */
async function checkEservice(tx: Db, organisationId: string, input: EserviceInput) {
  const errors: FieldError[] = [];
  if (input.ownerId && !(await livePeople(tx, organisationId, [input.ownerId])).has(input.ownerId)) errors.push({ field: 'ownerId', key: 'unknown_reference' });
  const systems = new Set((await eserviceRepository(tx, organisationId).systems(input.applicationIds)).map((s) => s.id));
  input.applicationIds.forEach((id, i) => systems.has(id) || errors.push({ field: `applicationIds.${i}`, key: 'unknown_reference' }));
  if (errors.length) throw validationFailed(errors);
}

const valuesOf = (input: EserviceInput) => ({ ...input, applicationIds: [...new Set(input.applicationIds)], nameSort: swedishSortKey(input.name) });

/** Adds an e-service, or a candidate not yet built, to the register. */
export async function createEservice(ctx: EserviceCommandContext, input: EserviceInput): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    requirePermission(ctx.auth, 'application.create', await eserviceRecord(tx, ctx.auth.organisationId, input.ownerId));
    await checkEservice(tx, ctx.auth.organisationId, input);
    const at = ctx.clock.now();
    const { nameSort, ...values } = valuesOf(input);
    const row = await eserviceRepository(tx, ctx.auth.organisationId).insert({ ...values, nameSort, createdAt: at, updatedAt: at });
    await auditAs(tx, ctx, 'eservice', row.id, 'create', null, values);
    return row.id;
  });
}

/** Changes an e-service at the version the client read (If-Match): 412 when someone saved first. */
export async function updateEservice(ctx: EserviceCommandContext, id: string, expectedVersion: number, input: EserviceInput) {
  return ctx.db.transaction(async (tx) => {
    const repo = eserviceRepository(tx, ctx.auth.organisationId);
    const current = await repo.lock(id);
    if (!current || current.archivedAt) throw notFound();
    requirePermission(ctx.auth, 'application.update', await eserviceRecord(tx, ctx.auth.organisationId, current.ownerId));
    if (input.ownerId !== current.ownerId) requirePermission(ctx.auth, 'application.update', await eserviceRecord(tx, ctx.auth.organisationId, input.ownerId));
    if (current.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    await checkEservice(tx, ctx.auth.organisationId, input);
    const { nameSort, ...values } = valuesOf(input);
    const row = await repo.update(id, expectedVersion, { ...values, nameSort, updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    const { id: _i, organisationId: _o, nameSort: _n, createdAt: _c, updatedAt: _u, rowVersion: _r, archivedAt: _a, ...before } = current;
    await auditAs(tx, ctx, 'eservice', id, 'update', before, values);
    return row.rowVersion;
  });
}
