import { requirePermission } from '../../platform/permissions.js';
import { setRowArchived } from '../records/soft-delete.js';
import type { CouncilCommandContext } from './commands.js';
import { councilMeetings } from './schema.js';

/** Admin-only soft delete (DECISIONS.md 11): the meeting leaves the council's calendar, its minutes and history stay. */
export function archiveMeeting(ctx: CouncilCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, councilMeetings, 'council_meeting', id, expectedVersion, true));
}

/** Brings an archived meeting back with its agenda and history. */
export function restoreMeeting(ctx: CouncilCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, councilMeetings, 'council_meeting', id, expectedVersion, false));
}
