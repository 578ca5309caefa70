import { projectInput } from '../../../shared/portfolio.js';
import { notFound } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { inputWithField } from '../records/set-back.js';
import { setRowArchived } from '../records/soft-delete.js';
import { type ProjectCommandContext, updateProject } from './commands.js';
import { projectRepository } from './repository.js';
import { projects } from './schema.js';

/** Admin-only soft delete (DECISIONS.md 11): the project leaves the portfolio, its history stays. */
export function archiveProject(ctx: ProjectCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, projects, 'project', id, expectedVersion, true));
}

/** Brings an archived project back into the portfolio as it was. */
export function restoreProject(ctx: ProjectCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, projects, 'project', id, expectedVersion, false));
}

export const PROJECT_SETTABLE: readonly string[] = Object.keys(projectInput.shape);

/** Sets one field back to an earlier value through the project's own update, its rules and its audit. */
export async function setBackProjectField(ctx: ProjectCommandContext, id: string, expectedVersion: number, field: string, value: unknown) {
  const current = await projectRepository(ctx.db, ctx.auth.organisationId).get(id);
  if (!current) throw notFound();
  return updateProject(ctx, id, expectedVersion, inputWithField(projectInput, current.project, PROJECT_SETTABLE, field, value));
}
