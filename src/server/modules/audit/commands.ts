import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { auditEvents, auditHeads } from './schema.js';
import { GENESIS_HASH, eventHash } from './chain.js';

export interface Actor {
  personId: string | null;
  accountId: string | null;
}

export interface AuditInput {
  organisationId: string;
  actor: Actor;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  at: Date;
}

/**
 * Appends one event to the municipality's chain. Must run inside the transaction of the write it
 * records; the head row is locked, so concurrent writers of one municipality take turns.
 */
export async function recordAuditEvent(tx: Db, input: AuditInput): Promise<void> {
  const [head] = await tx
    .select()
    .from(auditHeads)
    .where(eq(auditHeads.organisationId, input.organisationId))
    .for('update');
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const event = {
    id: randomUUID(),
    organisationId: input.organisationId,
    seq,
    occurredAt: new Date(input.at.getTime()),
    actorPersonId: input.actor.personId,
    actorAccountId: input.actor.accountId,
    entityType: input.entityType,
    entityId: input.entityId,
    action: input.action,
    before: input.before ?? null,
    after: input.after ?? null,
  };
  const hash = eventHash(prevHash, event);
  await tx.insert(auditEvents).values({ ...event, prevHash, hash });
  if (head) {
    await tx.update(auditHeads).set({ seq, hash }).where(eq(auditHeads.organisationId, input.organisationId));
  } else {
    await tx.insert(auditHeads).values({ organisationId: input.organisationId, seq, hash });
  }
}

export interface ChainReport {
  organisationId: string;
  events: number;
  ok: boolean;
  problems: string[];
}

/** Recomputes a municipality's chain and compares it with the head (audit verify). */
export async function verifyAuditChain(db: Db, organisationId: string): Promise<ChainReport> {
  const problems: string[] = [];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let lastSeq = 0;
  const batch = 1000;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisationId), gt(auditEvents.seq, lastSeq)))
      .orderBy(asc(auditEvents.seq))
      .limit(batch);
    for (const row of rows) {
      if (row.seq !== expectedSeq) problems.push(`event ${expectedSeq} is missing (found ${row.seq})`);
      if (row.prevHash !== prevHash) problems.push(`event ${row.seq} does not follow the previous event`);
      const recomputed = eventHash(row.prevHash, {
        id: row.id,
        organisationId: row.organisationId,
        seq: row.seq,
        occurredAt: row.occurredAt,
        actorPersonId: row.actorPersonId,
        actorAccountId: row.actorAccountId,
        entityType: row.entityType,
        entityId: row.entityId,
        action: row.action,
        before: row.before,
        after: row.after,
      });
      if (recomputed !== row.hash) problems.push(`event ${row.seq} was changed after it was written`);
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      lastSeq = row.seq;
    }
    if (rows.length < batch) break;
  }
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.organisationId, organisationId));
  if (head && (head.seq !== lastSeq || head.hash !== prevHash)) {
    problems.push(`the newest event (${head.seq}) is missing or was replaced`);
  }
  if (!head && lastSeq > 0) problems.push('the chain head is missing');
  return { organisationId, events: lastSeq, ok: problems.length === 0, problems };
}

/** What a command knows about who acts and when; every module's commands carry it. */
export interface ActingContext {
  clock: { now(): Date };
  auth: { organisationId: string; personId: string; accountId: string };
}

/** Records an event for the acting person now; the shorthand every module's commands use. */
export function auditAs(tx: Db, ctx: ActingContext, entityType: string, entityId: string, action: string, before: unknown, after: unknown) {
  return recordAuditEvent(tx, {
    organisationId: ctx.auth.organisationId,
    actor: { personId: ctx.auth.personId, accountId: ctx.auth.accountId },
    entityType,
    entityId,
    action,
    before,
    after,
    at: ctx.clock.now(),
  });
}
