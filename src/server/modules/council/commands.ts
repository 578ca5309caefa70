import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { decisionInput, itemInput, meetingInput, participantsInput } from '../../../shared/council.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import { auditAs } from '../audit/commands.js';
import { requirePermission } from '../../platform/permissions.js';
import { councilRepository } from './repository.js';
import { councilItems, councilMeetings, councilParticipants } from './schema.js';
import { decisionProblems, participantProblems } from '../../../shared/council-rules.js';

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

/**
 * Records who attended and in what capacity, replacing the list recorded before, under the
 * meeting's row version. A person must be one of the municipality's (400 naming the row's field).
 */
export async function setParticipants(ctx: CouncilCommandContext, meetingId: string, expectedVersion: number, input: z.infer<typeof participantsInput>) {
  requirePermission(ctx.auth, 'council.manage');
  return ctx.db.transaction(async (tx) => {
    const repo = councilRepository(tx, ctx.auth.organisationId);
    if (!(await repo.meeting(meetingId))) throw notFound();
    const problems = participantProblems(input);
    const known = await repo.knownPeople([...new Set(input.participants.flatMap((p) => (p.personId ? [p.personId] : [])))]);
    input.participants.forEach((p, i) => {
      if (p.personId && !known.has(p.personId)) problems.push({ field: `participants.${i}.personId`, key: 'unknown_reference' });
    });
    if (problems.length) throw validationFailed(problems);
    const before = await repo.participants(meetingId);
    const [row] = await tx
      .update(councilMeetings)
      .set({ updatedAt: ctx.clock.now(), rowVersion: sql`${councilMeetings.rowVersion} + 1` })
      .where(and(eq(councilMeetings.id, meetingId), eq(councilMeetings.organisationId, ctx.auth.organisationId), eq(councilMeetings.rowVersion, expectedVersion)))
      .returning();
    if (!row) throw new AppError(412, 'precondition_failed');
    await tx.delete(councilParticipants).where(and(eq(councilParticipants.organisationId, ctx.auth.organisationId), eq(councilParticipants.meetingId, meetingId)));
    const rows = input.participants.map((p, position) => ({
      organisationId: ctx.auth.organisationId,
      meetingId,
      position,
      personId: p.personId,
      // A person's name is read from the register; only an external's is kept.
      name: p.personId ? '' : p.name,
      note: p.note,
      role: p.role,
    }));
    if (rows.length) await tx.insert(councilParticipants).values(rows);
    await auditAs(tx, ctx, 'council_meeting', meetingId, 'participants', { participants: before.map(({ personId, name, note, role }) => ({ personId, name, note, role })) }, input);
    return row.rowVersion;
  });
}
