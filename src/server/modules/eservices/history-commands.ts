import { eserviceInput } from '../../../shared/eservices.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { can, requirePermission } from '../../platform/permissions.js';
import { inputWithField } from '../records/set-back.js';
import { setRowArchived } from '../records/soft-delete.js';
import { type EserviceCommandContext, eserviceRecord, updateEservice } from './commands.js';
import { eserviceRepository } from './repository.js';
import { eservices } from './schema.js';

/** Admin-only soft delete (DECISIONS.md 11): the service leaves the register and the ladder, its history stays. */
export async function archiveEservice(ctx: EserviceCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, eservices, 'eservice', id, expectedVersion, true));
}

/** Brings an archived service back into the register as it was. */
export async function restoreEservice(ctx: EserviceCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, eservices, 'eservice', id, expectedVersion, false));
}

/** Every field of the form can be set back. */
export const ESERVICE_SETTABLE: readonly string[] = Object.keys(eserviceInput.shape);

/** Sets one field back to an earlier value through the service's own update, its rules and its audit. */
export async function setBackEserviceField(ctx: EserviceCommandContext, id: string, expectedVersion: number, field: string, value: unknown) {
  const current = await eserviceRepository(ctx.db, ctx.auth.organisationId).get(id);
  if (!current || current.row.archivedAt) throw notFound();
  return updateEservice(ctx, id, expectedVersion, inputWithField(eserviceInput, current.row, ESERVICE_SETTABLE, field, value));
}

/** Whether the person may read the service's history and set its fields back (the owner's scope). */
export async function eserviceAccess(db: Db, auth: AuthContext, id: string) {
  const found = await eserviceRepository(db, auth.organisationId).get(id);
  if (!found) return { read: false, update: false };
  const record = await eserviceRecord(db, auth.organisationId, found.row.ownerId);
  return { read: can(auth, 'application.read', record), update: can(auth, 'application.update', record) };
}
