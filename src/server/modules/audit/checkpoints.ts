import { sign, verify } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { canonicalJson } from '../../platform/canonical-json.js';
import type { Db } from '../../platform/db.js';
import { organisations } from '../organisation/schema.js';
import type { AuditTrust } from './keys.js';
import { auditHeads } from './schema.js';

/**
 * A signed statement, kept outside the database, of a municipality's chain head at a time: the
 * chain must still reach it unchanged. One JSON line per checkpoint in `<dir>/<organisation id>.jsonl`.
 */
export interface Checkpoint {
  v: 1;
  organisationId: string;
  seq: number;
  hash: string;
  at: string;
  /** The id of the signing key (the start of its public key's SHA-256). */
  signer: string;
  /** Ed25519 over the canonical JSON of the other fields, base64. */
  signature: string;
}

export type CheckpointStatus = 'ok' | 'bad_signature' | 'unknown_signer' | 'malformed';

const signedPart = (c: Omit<Checkpoint, 'signature'>) =>
  Buffer.from(canonicalJson({ v: c.v, organisationId: c.organisationId, seq: c.seq, hash: c.hash, at: c.at, signer: c.signer }));

function signCheckpoint(trust: AuditTrust, head: { organisationId: string; seq: number; hash: string }, at: Date): Checkpoint {
  if (!trust.signer) throw new Error('No signing key for audit checkpoints');
  const unsigned = { v: 1 as const, organisationId: head.organisationId, seq: head.seq, hash: head.hash, at: at.toISOString(), signer: trust.signer.keyId };
  return { ...unsigned, signature: sign(null, signedPart(unsigned), trust.signer.privateKey).toString('base64') };
}

export const checkpointFile = (dir: string, organisationId: string) => join(dir, `${organisationId}.jsonl`);

function isCheckpoint(value: unknown): value is Checkpoint {
  const c = value as Checkpoint;
  return !!c && c.v === 1 && typeof c.organisationId === 'string' && Number.isInteger(c.seq) && typeof c.hash === 'string'
    && typeof c.at === 'string' && !Number.isNaN(Date.parse(c.at)) && typeof c.signer === 'string' && typeof c.signature === 'string';
}

/** Every checkpoint line of a municipality, oldest first, each with whether its signature holds. */
export function readCheckpoints(trust: AuditTrust, organisationId: string): { line: number; checkpoint: Checkpoint | null; status: CheckpointStatus }[] {
  if (!trust.checkpointDir) return [];
  const file = checkpointFile(trust.checkpointDir, organisationId);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, index) => ({ text: text.trim(), line: index + 1 }))
    .filter(({ text }) => text !== '')
    .map(({ text, line }) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return { line, checkpoint: null, status: 'malformed' as const };
      }
      if (!isCheckpoint(parsed) || parsed.organisationId !== organisationId) return { line, checkpoint: null, status: 'malformed' as const };
      const publicKey = trust.trustedSigners.get(parsed.signer);
      if (!publicKey) return { line, checkpoint: parsed, status: 'unknown_signer' as const };
      const good = verify(null, signedPart(parsed), publicKey, Buffer.from(parsed.signature, 'base64'));
      return { line, checkpoint: parsed, status: good ? ('ok' as const) : ('bad_signature' as const) };
    });
}

/** Any number that is Roder's: the advisory lock only one server's checkpoint run holds at a time. */
const CHECKPOINT_LOCK = 7_203_401_011;

/**
 * Writes a signed checkpoint of every municipality's head that moved since its last checkpoint,
 * at most one per municipality per interval. Servers sharing a database (and the checkpoint folder)
 * take turns through a PostgreSQL advisory lock, so each interval's checkpoint is written once.
 * Answers how many were written.
 */
export async function writeCheckpoints(db: Db, trust: AuditTrust, now: Date): Promise<number> {
  const dir = trust.checkpointDir;
  if (!dir || !trust.signer) return 0;
  const intervalMs = Math.max(1, trust.checkpointMinutes) * 60_000;
  const slot = Math.floor(now.getTime() / intervalMs);
  return db.transaction(async (tx) => {
    const result = (await tx.execute(sql`select pg_try_advisory_xact_lock(${CHECKPOINT_LOCK}) as got`)) as unknown as { rows: { got: boolean }[] };
    if (!result.rows[0]?.got) return 0;
    mkdirSync(dir, { recursive: true, mode: 0o750 });
    let written = 0;
    for (const { id } of await tx.select({ id: organisations.id }).from(organisations)) {
      const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.organisationId, id));
      if (!head) continue;
      const last = readCheckpoints(trust, id).filter((c) => c.status === 'ok').at(-1)?.checkpoint;
      if (last && ((last.seq === head.seq && last.hash === head.hash) || Math.floor(Date.parse(last.at) / intervalMs) === slot)) continue;
      const checkpoint = signCheckpoint(trust, head, now);
      appendFileSync(checkpointFile(dir, id), `${JSON.stringify(checkpoint)}\n`, { mode: 0o640 });
      written++;
    }
    return written;
  });
}

/**
 * Writes checkpoints now and then at every interval's start, until stopped. A failed run (the
 * database away, the folder not writable) is logged and tried again at the next interval.
 */
export function scheduleCheckpoints(db: Db, trust: AuditTrust, clock: { now(): Date }, log: (message: string) => void): () => Promise<void> {
  if (!trust.checkpointDir || !trust.signer) return async () => {};
  const intervalMs = Math.max(1, trust.checkpointMinutes) * 60_000;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const run = async () => {
    try {
      await writeCheckpoints(db, trust, clock.now());
    } catch (error) {
      log(`Audit checkpoints could not be written: ${(error as Error).message}`);
    }
    if (stopped) return;
    const now = clock.now().getTime();
    // A little after the boundary, spread over a second, so servers do not all start at once.
    timer = setTimeout(() => void (running = run()), intervalMs - (now % intervalMs) + Math.floor(Math.random() * 1000));
    timer.unref();
  };
  running = run();
  // Stopping waits for a run in progress, so the database is closed only after it.
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
