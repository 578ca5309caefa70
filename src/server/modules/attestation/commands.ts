import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { attestationSettingsInput, roundInput } from '../../../shared/attestation.js';
import { dateInSweden } from '../../../shared/dates.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import { type Db, queryRows } from '../../platform/db.js';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { attestationRepository } from './repository.js';
import { canConfirm, confirmationStatus, defaultDueDate, dueReminder, type ReminderKind, taskState } from './rules.js';
import { attestationRounds, attestationSettings, attestationTasks } from './schema.js';

export interface AttestationCommandContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

/**
 * Opens a round: one task per system in the register that has an owner, for that owner. Only one
 * round is open at a time (409); the partial unique index holds it against two admins at once.
 */
export async function openRound(ctx: AttestationCommandContext, input: z.infer<typeof roundInput>): Promise<string> {
  requirePermission(ctx.auth, 'attestation.manage');
  const organisationId = ctx.auth.organisationId;
  const today = ctx.clock.today();
  const dueDate = input.dueDate ?? defaultDueDate(today);
  if (dueDate <= today) throw validationFailed([{ field: 'dueDate', key: 'attestation_due_not_future' }]);
  return ctx.db.transaction(async (tx) => {
    if (await attestationRepository(tx, organisationId).openRound()) throw new AppError(409, 'attestation_round_open');
    const [round] = await tx.insert(attestationRounds).values({ organisationId, openedBy: ctx.auth.personId, openedAt: ctx.clock.now(), dueDate }).returning();
    const created = await queryRows<{ n: number }>(
      tx,
      sql`with ins as (insert into attestation_tasks (organisation_id, round_id, application_id, owner_id)
        select a.organisation_id, ${round!.id}, a.id, a.owner_id from applications a
        where a.organisation_id = ${organisationId} and a.archived_at is null and a.lifecycle <> 'phased_out' and a.owner_id is not null
        returning 1) select count(*)::int as n from ins`,
    );
    await auditAs(tx, ctx, 'attestation_round', round!.id, 'open', null, { dueDate, taskCount: Number(created[0]!.n) });
    return round!.id;
  });
}

/** Closes a round; its unanswered tasks stay unconfirmed and leave the owners' lists. */
export async function closeRound(ctx: AttestationCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'attestation.manage');
  return ctx.db.transaction(async (tx) => {
    const current = await attestationRepository(tx, ctx.auth.organisationId).round(id);
    if (!current) throw notFound();
    if (current.round.closedAt) throw new AppError(409, 'attestation_round_closed');
    const [row] = await tx
      .update(attestationRounds)
      .set({ closedAt: ctx.clock.now(), updatedAt: ctx.clock.now(), rowVersion: sql`${attestationRounds.rowVersion} + 1` })
      .where(and(eq(attestationRounds.organisationId, ctx.auth.organisationId), eq(attestationRounds.id, id), eq(attestationRounds.rowVersion, expectedVersion)))
      .returning();
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'attestation_round', id, 'close', { closedAt: null }, { closedAt: row.closedAt });
    return row.rowVersion;
  });
}

/** Sets how long a confirmation counts; the first change creates the row (version 0 before it). */
export async function updateSettings(ctx: AttestationCommandContext, expectedVersion: number, input: z.infer<typeof attestationSettingsInput>) {
  requirePermission(ctx.auth, 'attestation.manage');
  const organisationId = ctx.auth.organisationId;
  return ctx.db.transaction(async (tx) => {
    const current = await attestationRepository(tx, organisationId).settings();
    if ((current?.rowVersion ?? 0) !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const [row] = current
      ? await tx
          .update(attestationSettings)
          .set({ ...input, updatedAt: ctx.clock.now(), rowVersion: sql`${attestationSettings.rowVersion} + 1` })
          .where(and(eq(attestationSettings.organisationId, organisationId), eq(attestationSettings.rowVersion, expectedVersion)))
          .returning()
      : await tx.insert(attestationSettings).values({ organisationId, ...input }).onConflictDoNothing().returning();
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'attestation_settings', row.id, 'update', current ? { intervalMonths: current.intervalMonths } : null, input);
    return row.rowVersion;
  });
}

/**
 * The owner confirms the record with one click. If they changed the system since the round
 * opened (correcting it through the system's own update), the task records "corrected".
 */
export async function confirmTask(ctx: AttestationCommandContext, id: string, expectedVersion: number) {
  const organisationId = ctx.auth.organisationId;
  return ctx.db.transaction(async (tx) => {
    const repo = attestationRepository(tx, organisationId);
    const loaded = await repo.task(id);
    if (!loaded) throw notFound();
    if (loaded.task.ownerId !== ctx.auth.personId) throw forbidden();
    if (loaded.task.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    if (loaded.round.closedAt) throw new AppError(409, 'attestation_round_closed');
    if (!canConfirm(taskState(loaded.task.status, loaded.dropped))) throw new AppError(409, 'attestation_already_confirmed');
    const status = confirmationStatus(await repo.editedBySince(loaded.task.applicationId, ctx.auth.personId, loaded.round.openedAt));
    const now = ctx.clock.now();
    const [row] = await tx
      .update(attestationTasks)
      .set({ status, confirmedAt: now, confirmedBy: ctx.auth.personId, updatedAt: now, rowVersion: sql`${attestationTasks.rowVersion} + 1` })
      .where(and(eq(attestationTasks.organisationId, organisationId), eq(attestationTasks.id, id), eq(attestationTasks.rowVersion, expectedVersion)))
      .returning();
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'attestation_task', id, 'confirm', { status: loaded.task.status }, { status, applicationId: loaded.task.applicationId });
    return row.rowVersion;
  });
}

/** One person's reminder: the open tasks of a round that reached day 14 (first) or day 28 (second). */
export interface AttestationReminder {
  personId: string;
  roundId: string;
  dueDate: string;
  reminder: ReminderKind;
  taskIds: string[];
}

/**
 * The reminders due today in one municipality, each given once: the tasks are marked reminded in
 * the same statement's transaction, so a second call (or a second server) finds none. The caller
 * (the scheduler) passes its transaction, so the marks and the notifications commit together.
 */
export async function collectDueAttestationReminders(db: Db, organisationId: string, today: string, now: Date): Promise<AttestationReminder[]> {
  const run = async (tx: Db) => {
    // Locked, so two schedulers of one municipality take turns and the second sees the marks.
    const rows = await tx
      .select({ id: attestationTasks.id, ownerId: attestationTasks.ownerId, status: attestationTasks.status, reminded14At: attestationTasks.reminded14At, reminded28At: attestationTasks.reminded28At, roundId: attestationRounds.id, openedAt: attestationRounds.openedAt, dueDate: attestationRounds.dueDate })
      .from(attestationTasks)
      .innerJoin(attestationRounds, and(eq(attestationRounds.organisationId, attestationTasks.organisationId), eq(attestationRounds.id, attestationTasks.roundId)))
      .where(and(eq(attestationTasks.organisationId, organisationId), eq(attestationTasks.status, 'open'), isNull(attestationRounds.closedAt)))
      .orderBy(attestationTasks.ownerId, attestationTasks.id)
      .for('update', { of: attestationTasks });
    const byPerson = new Map<string, AttestationReminder>();
    const marks: Record<ReminderKind, string[]> = { first: [], second: [] };
    for (const row of rows) {
      const reminder = dueReminder({ status: row.status, openedOn: dateInSweden(row.openedAt), reminded14At: row.reminded14At, reminded28At: row.reminded28At }, today);
      if (!reminder) continue;
      marks[reminder].push(row.id);
      const key = `${row.ownerId}:${row.roundId}:${reminder}`;
      const entry = byPerson.get(key) ?? { personId: row.ownerId, roundId: row.roundId, dueDate: row.dueDate, reminder, taskIds: [] };
      entry.taskIds.push(row.id);
      byPerson.set(key, entry);
    }
    for (const [kind, ids] of Object.entries(marks) as [ReminderKind, string[]][]) {
      if (!ids.length) continue;
      const column = kind === 'first' ? { reminded14At: now } : { reminded28At: now };
      // A second reminder also counts as the first, so a late first is never sent after it.
      const set = kind === 'second' ? { ...column, reminded14At: sql`coalesce(${attestationTasks.reminded14At}, ${now.toISOString()}::timestamptz)` } : column;
      await tx
        .update(attestationTasks)
        .set(set)
        .where(and(eq(attestationTasks.organisationId, organisationId), sql`${attestationTasks.id} in ${ids}`));
    }
    return [...byPerson.values()];
  };
  return db.transaction(run);
}
