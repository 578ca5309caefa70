import { applicationInput } from '../../../shared/applications.js';
import { notFound } from '../../platform/errors.js';
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
