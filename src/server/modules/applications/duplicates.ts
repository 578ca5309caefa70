/*
 * Probable duplicates (issue 12, item 1): the rule in rules.probableDuplicates, the municipality's
 * result kept between requests in duplicate-cache.ts (never stale: checked against the database's
 * names on every request), judged pairs here. List request with 5 000 systems: 1 523 ms before the
 * cache, 39 ms after (numbers and conditions in duplicate-cache.ts).
 */
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.js';
import { auditAs } from '../audit/commands.js';
import type { ApplicationCommandContext } from './commands.js';
import type { ReadScope } from './list-queries.js';
import { applicationRepository } from './repository.js';
import type { NamedSystem } from './rules.js';
import { duplicateDismissals } from './schema.js';

/**
 * Judging two systems not to be duplicates (issue 12, item 1): the pair is stored once, smaller id
 * first, and neither is flagged for the other again. Idempotent, as a PUT: a pair judged already is
 * left as it is and not audited twice. Only a pair the register flags may be judged (409), so the
 * audit trail holds judgements of real flags.
 */
export function dismissDuplicate(ctx: ApplicationCommandContext, system: NamedSystem, otherId: string, read: ReadScope) {
  const organisationId = ctx.auth.organisationId;
  const [firstId, secondId] = system.id < otherId ? [system.id, otherId] : [otherId, system.id];
  return ctx.db.transaction(async (tx) => {
    const other = (await applicationRepository(tx, organisationId).duplicatesOf(system.id, read, ctx.clock.today())).find((s) => s.id === otherId);
    if (!other) {
      const pair = and(eq(duplicateDismissals.organisationId, organisationId), eq(duplicateDismissals.firstId, firstId), eq(duplicateDismissals.secondId, secondId));
      const [judged] = await tx.select({ id: duplicateDismissals.id }).from(duplicateDismissals).where(pair);
      if (judged) return;
      throw new AppError(409, 'not_probable_duplicate');
    }
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(duplicateDismissals)
      .values({ organisationId, firstId, secondId, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: duplicateDismissals.id });
    // Someone judged the same pair at the same moment: theirs is the judgement on record.
    if (!row) return;
    await auditAs(tx, ctx, 'duplicate_dismissal', row.id, 'create', null, { applications: [system, other].sort((a, b) => (a.id < b.id ? -1 : 1)) });
  });
}

/**
 * Undoing a judgement that two systems are not duplicates: the pair is compared again and flagged if
 * the names still match. Idempotent, as a DELETE: a judgement that does not stand (undone already,
 * or never made) is left as it is and not audited. Audited with the two systems as they were judged.
 */
export function undoDuplicateDismissal(ctx: ApplicationCommandContext, system: NamedSystem, other: NamedSystem) {
  const organisationId = ctx.auth.organisationId;
  const [firstId, secondId] = system.id < other.id ? [system.id, other.id] : [other.id, system.id];
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(duplicateDismissals)
      .where(and(eq(duplicateDismissals.organisationId, organisationId), eq(duplicateDismissals.firstId, firstId), eq(duplicateDismissals.secondId, secondId)))
      .returning({ id: duplicateDismissals.id });
    if (!row) return;
    await auditAs(tx, ctx, 'duplicate_dismissal', row.id, 'delete', { applications: [system, other].sort((a, b) => (a.id < b.id ? -1 : 1)) }, null);
  });
}
