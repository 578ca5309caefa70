import { requirePermission } from '../../platform/permissions.js';
import { setRowArchived } from '../records/soft-delete.js';
import type { CouncilCommandContext } from './commands.js';
import { councilItems, councilMeetings } from './schema.js';

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

/**
 * Archives one matter on its own (a § entered by mistake, or twice): it leaves the agenda, the
 * minutes and the decision list, its § number stays taken, and the archive view brings it back.
 */
export function archiveItem(ctx: CouncilCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, councilItems, 'council_item', id, expectedVersion, true));
}

/** Brings an archived matter back onto its meeting's agenda under its own § number. */
export function restoreItem(ctx: CouncilCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, councilItems, 'council_item', id, expectedVersion, false));
}
