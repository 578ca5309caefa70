import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { decisionInput, itemInput, meetingInput } from '../../../shared/council.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import { auditAs } from '../audit/commands.js';
import { requirePermission } from '../../platform/permissions.js';
import { councilRepository } from './repository.js';
import { councilItems, councilMeetings } from './schema.js';
import { decisionProblems } from '../../../shared/council-rules.js';

export interface CouncilCommandContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

export async function createMeeting(ctx: CouncilCommandContext, input: z.infer<typeof meetingInput>) {
  requirePermission(ctx.auth, 'council.manage');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(councilMeetings).values({ ...input, organisationId: ctx.auth.organisationId }).returning();
    await auditAs(tx, ctx, 'council_meeting', row!.id, 'create', null, input);
    return row!.id;
  });
}

/** Adds an agenda item, numbered § after the meeting's last one. */
export async function addItem(ctx: CouncilCommandContext, meetingId: string, input: z.infer<typeof itemInput>) {
  requirePermission(ctx.auth, 'council.manage');
  return ctx.db.transaction((tx) => insertItem(tx, ctx, meetingId, input));
}

/**
 * The agenda item itself, inside the caller's transaction. Also used when a matter reaches the
 * council by rule rather than by a council member's hand (an acquisition above the portfolio
 * threshold), so it checks the subject but not the person's council permission.
 */
export async function insertItem(tx: Db, ctx: { clock: Clock; auth: AuthContext }, meetingId: string, input: z.infer<typeof itemInput>) {
  const repo = councilRepository(tx, ctx.auth.organisationId);
  if (!(await repo.meeting(meetingId))) throw notFound();
  if (input.subjectKind !== 'other' && (!input.subjectId || !(await repo.subjectExists(input.subjectKind, input.subjectId)))) {
    throw validationFailed([{ field: 'subjectId', key: input.subjectId ? 'unknown_reference' : 'required' }]);
  }
  // The meeting row is locked so two items added at once never get the same §.
  await tx.execute(sql`select id from council_meetings where organisation_id = ${ctx.auth.organisationId} and id = ${meetingId} for update`);
  const number = await repo.nextNumber(meetingId);
  const [row] = await tx
    .insert(councilItems)
    .values({ ...input, subjectId: input.subjectKind === 'other' ? null : input.subjectId, meetingId, number, organisationId: ctx.auth.organisationId })
    .returning();
  await auditAs(tx, ctx, 'council_item', row!.id, 'create', null, { ...input, meetingId, number });
  return row!.id;
}

/** Records the decision on an item: approved, approved with conditions, rejected or returned. */
export async function decideItem(ctx: CouncilCommandContext, id: string, expectedVersion: number, input: z.infer<typeof decisionInput>) {
  requirePermission(ctx.auth, 'council.manage');
  return ctx.db.transaction(async (tx) => {
    const current = await councilRepository(tx, ctx.auth.organisationId).item(id);
    if (!current) throw notFound();
    // A decision stands: reconsidering is a new matter on a later agenda, never a rewrite.
    if (current.decision !== null) throw new AppError(409, 'already_decided');
    const meeting = await councilRepository(tx, ctx.auth.organisationId).meeting(current.meetingId);
    const problems = decisionProblems(input, { today: ctx.clock.today(), meetingDate: meeting!.meetingDate });
    if (problems.length) throw validationFailed(problems);
    const [row] = await tx
      .update(councilItems)
      .set({ ...input, updatedAt: ctx.clock.now(), rowVersion: sql`${councilItems.rowVersion} + 1` })
      .where(and(eq(councilItems.id, id), eq(councilItems.organisationId, ctx.auth.organisationId), eq(councilItems.rowVersion, expectedVersion)))
      .returning();
    if (!row) throw new AppError(412, 'precondition_failed');
    const before = { decision: current.decision, decisionText: current.decisionText, decidedOn: current.decidedOn, diarienummer: current.diarienummer };
    await auditAs(tx, ctx, 'council_item', id, 'decide', before, input);
    return row.rowVersion;
  });
}
