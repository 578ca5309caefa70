import { requirePermission } from '../../platform/permissions.js';
import { setRowArchived } from '../records/soft-delete.js';
import type { AcquisitionCommandContext } from './commands.js';
import { acquisitions } from './schema.js';

/** Admin-only soft delete (DECISIONS.md 11): the need leaves the register and the council's inbox; its history stays. */
export function archiveAcquisition(ctx: AcquisitionCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, acquisitions, 'acquisition', id, expectedVersion, true));
}

/** Brings an archived acquisition back at the step it was at, with its answers, attachments and history. */
export function restoreAcquisition(ctx: AcquisitionCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, acquisitions, 'acquisition', id, expectedVersion, false));
}
