import { applicationInput } from '../../../shared/applications.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { can } from '../../platform/permissions.js';
import { inputWithField } from '../records/set-back.js';
import { type ApplicationCommandContext, updateApplication } from './commands.js';
import { applicationRepository } from './repository.js';
import { snapshotFromLoaded } from './snapshot.js';

/** The audited snapshot is the form's input, field for field (snapshot.ts). */
export const APPLICATION_SETTABLE: readonly string[] = Object.keys(applicationInput.shape);

/** Sets one field of a system back to an earlier value through the system's own update, its rules and its audit. */
export async function setBackApplicationField(ctx: ApplicationCommandContext, id: string, expectedVersion: number, field: string, value: unknown) {
  const loaded = await applicationRepository(ctx.db, ctx.auth.organisationId).get(id);
  if (!loaded) throw notFound();
  return updateApplication(ctx, id, expectedVersion, inputWithField(applicationInput, { ...snapshotFromLoaded(loaded) }, APPLICATION_SETTABLE, field, value));
}

/**
 * What a person may do with one system's history: read it when they read the system (a role that
 * reads only its department's systems reads only theirs), set it back when they may change it.
 */
export async function applicationAccess(db: Db, auth: AuthContext, id: string) {
  const loaded = await applicationRepository(db, auth.organisationId).get(id, { includeArchived: true });
  if (!loaded) return { read: false, update: false };
  const record = { departmentIds: loaded.departmentIds, ownerIds: [loaded.row.ownerId, loaded.row.managerId] };
  return { read: can(auth, 'application.read', record), update: can(auth, 'application.update', record) };
}
