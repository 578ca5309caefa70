import { and, asc, eq, gt, lte, max } from 'drizzle-orm';
import type { AuditProblem, AuditProblemCode, AuditVerification } from '../../../shared/audit.js';
import type { Db } from '../../platform/db.js';
import { organisations } from '../organisation/schema.js';
import { chainedFields, GENESIS_HASH, hashKeyId, hashMatches } from './chain.js';
import { type Checkpoint, readCheckpoints } from './checkpoints.js';
import { type AuditTrust, auditTrust } from './keys.js';
import { auditEvents, auditHeads } from './schema.js';

const MAX_PROBLEMS = 100;
const BATCH = 1000;

/**
 * Recomputes a municipality's chain (audit verify), on a stopped or a running server: every event's
 * hash under the key it names, its link to the previous one, the head, and every signed checkpoint
 * outside the database. Events written while it runs are left for the next run: it checks up to the
 * head it read first, and those events were committed with that head.
 */
export async function verifyAuditChain(db: Db, organisationId: string, now: Date, trust: AuditTrust = auditTrust()): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  let problemCount = 0;
  const problem = (code: AuditProblemCode, extra: Partial<AuditProblem> = {}) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS) problems.push({ code, seq: null, keyId: null, checkpointAt: null, ...extra });
  };
  const [organisation] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.organisationId, organisationId));

  const checkpointsBySeq = new Map<number, Checkpoint[]>();
  let lastCheckpoint: Checkpoint | null = null;
  let checkpointsChecked = 0;
  for (const { checkpoint, status } of readCheckpoints(trust, organisationId)) {
    if (status !== 'ok' || !checkpoint) {
      problem(`checkpoint_${status}` as AuditProblemCode, { seq: checkpoint?.seq ?? null, checkpointAt: checkpoint?.at ?? null });
      continue;
    }
    checkpointsChecked++;
    checkpointsBySeq.set(checkpoint.seq, [...(checkpointsBySeq.get(checkpoint.seq) ?? []), checkpoint]);
    if (!lastCheckpoint || checkpoint.seq >= lastCheckpoint.seq) lastCheckpoint = checkpoint;
  }

  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let lastSeq = 0;
  let legacyEvents = 0;
  let keyedSeen = false;
  const upTo = head?.seq ?? Number.MAX_SAFE_INTEGER;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisationId), gt(auditEvents.seq, lastSeq), lte(auditEvents.seq, upTo)))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    for (const row of rows) {
      if (row.seq !== expectedSeq) problem('missing', { seq: expectedSeq });
      if (row.prevHash !== prevHash) problem('not_linked', { seq: row.seq });
      const keyId = hashKeyId(row.hash);
      if (keyId === null) {
        legacyEvents++;
        // Once the chain is keyed, an unkeyed event can only be a rewrite that dropped the key.
        if (keyedSeen) problem('unkeyed_after_keyed', { seq: row.seq });
      } else keyedSeen = true;
      const match = hashMatches(row.hash, row.prevHash, chainedFields(row), trust.hmacKeys);
      if (match === 'changed') problem('changed', { seq: row.seq });
      if (match === 'unknown_key') problem('unknown_key', { seq: row.seq, keyId });
      for (const checkpoint of checkpointsBySeq.get(row.seq) ?? []) {
        if (checkpoint.hash !== row.hash) problem('checkpoint_mismatch', { seq: row.seq, checkpointAt: checkpoint.at });
      }
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      lastSeq = row.seq;
    }
    if (rows.length < BATCH) break;
  }
  if (head && (head.seq !== lastSeq || head.hash !== prevHash)) problem('head_mismatch', { seq: head.seq });
  if (!head && lastSeq > 0) problem('head_missing');
  if (head) {
    // Events past the head: any written since were committed with a newer head, read after them.
    const [beyond] = await db
      .select({ seq: max(auditEvents.seq) })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisationId), gt(auditEvents.seq, head.seq)));
    if (beyond?.seq != null) {
      const [latest] = await db.select({ seq: auditHeads.seq }).from(auditHeads).where(eq(auditHeads.organisationId, organisationId));
      if (!latest || Number(beyond.seq) > latest.seq) problem('beyond_head', { seq: Number(beyond.seq) });
    }
  }
  for (const [seq, list] of checkpointsBySeq) {
    if (seq > lastSeq) for (const checkpoint of list) problem('checkpoint_ahead', { seq, checkpointAt: checkpoint.at });
  }

  const firstSeq = problems.reduce<number | null>((min, p) => (p.seq !== null && (min === null || p.seq < min) ? p.seq : min), null);
  let firstBroken: AuditVerification['firstBroken'] = null;
  const first = problems.find((p) => p.seq === firstSeq) ?? problems[0];
  if (first) {
    const [event] = firstSeq === null ? [] : await db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.seq, firstSeq)));
    firstBroken = {
      seq: firstSeq ?? lastSeq,
      code: first.code,
      occurredAt: event?.occurredAt.toISOString() ?? null,
      entityType: event?.entityType ?? null,
      entityId: event?.entityId ?? null,
      action: event?.action ?? null,
    };
  }
  return {
    organisationId,
    organisationName: organisation?.name ?? organisationId,
    ok: problemCount === 0,
    checkedAt: now.toISOString(),
    events: lastSeq,
    legacyEvents,
    keyConfigured: trust.currentKeyId !== null,
    checkpointsConfigured: trust.checkpointDir !== null && trust.trustedSigners.size > 0,
    checkpointsChecked,
    lastCheckpoint: lastCheckpoint ? { seq: lastCheckpoint.seq, at: lastCheckpoint.at, hash: lastCheckpoint.hash } : null,
    firstBroken,
    problems,
    problemCount,
  };
}

const descriptions: Record<AuditProblemCode, (p: AuditProblem) => string> = {
  missing: (p) => `event ${p.seq} is missing`,
  not_linked: (p) => `event ${p.seq} does not follow the previous event`,
  changed: (p) => `event ${p.seq} was changed after it was written (its keyed hash does not match)`,
  unknown_key: (p) => `event ${p.seq} names the key ${p.keyId}, which this server does not have`,
  unkeyed_after_keyed: (p) => `event ${p.seq} is unkeyed after keyed events: the chain was rewritten without the key`,
  head_mismatch: (p) => `the newest event (${p.seq}) is missing or was replaced`,
  head_missing: () => 'the chain head is missing',
  beyond_head: (p) => `event ${p.seq} lies beyond the chain head`,
  checkpoint_mismatch: (p) => `event ${p.seq} differs from the signed checkpoint of ${p.checkpointAt}: the chain was rewritten`,
  checkpoint_ahead: (p) => `the chain ends before event ${p.seq}, which the signed checkpoint of ${p.checkpointAt} saw`,
  checkpoint_bad_signature: (p) => `the checkpoint of ${p.checkpointAt ?? '?'} (event ${p.seq ?? '?'}) has a signature that does not hold: it was forged or changed`,
  checkpoint_unknown_signer: (p) => `the checkpoint of ${p.checkpointAt} is signed by a key this server does not trust`,
  checkpoint_malformed: () => 'a checkpoint line cannot be read',
};

/** A problem in English, for the command line and the logs. */
export const describeProblem = (p: AuditProblem) => descriptions[p.code](p);
