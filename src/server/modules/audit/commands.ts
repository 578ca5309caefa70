import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { auditEvents, auditHeads } from './schema.js';
import { GENESIS_HASH, eventHash } from './chain.js';
import { auditTrust } from './keys.js';

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
  const { organisationId, ...event } = input;
  await recordAuditEvents(tx, organisationId, [event]);
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

/**
 * Appends many events of one municipality at once (an import of thousands of records): one event
 * per record as always, chained in order, with the head locked once and the events inserted in
 * one statement per thousand instead of three statements each.
 */
export async function recordAuditEvents(tx: Db, organisationId: string, inputs: Omit<AuditInput, 'organisationId'>[]): Promise<void> {
  if (inputs.length === 0) return;
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.organisationId, organisationId)).for('update');
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const { currentKeyId, hmacKeys } = auditTrust();
  const key = currentKeyId ? { id: currentKeyId, secret: hmacKeys.get(currentKeyId)! } : undefined;
  const rows: (typeof auditEvents.$inferInsert)[] = [];
  for (const input of inputs) {
    seq++;
    const event = {
      id: randomUUID(),
      organisationId,
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
    const hash = eventHash(prevHash, event, key);
    rows.push({ ...event, prevHash, hash });
    prevHash = hash;
  }
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(auditEvents).values(rows.slice(i, i + 1000));
  if (head) await tx.update(auditHeads).set({ seq, hash: prevHash }).where(eq(auditHeads.organisationId, organisationId));
  else await tx.insert(auditHeads).values({ organisationId, seq, hash: prevHash });
}
