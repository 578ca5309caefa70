import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../../platform/canonical-json.js';

export interface ChainedFields {
  id: string;
  organisationId: string;
  seq: number;
  occurredAt: Date;
  actorPersonId: string | null;
  actorAccountId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

function hashInput(prevHash: string, event: ChainedFields): string {
  const body = canonicalJson({ ...event, occurredAt: event.occurredAt.toISOString() });
  return `${prevHash}\n${body}`;
}

/**
 * An event's hash. With a key: `<key id>:<HMAC-SHA256>` over the previous hash and the event's
 * canonical JSON, so nobody without the key (which is never in the database) can recompute it. Without
 * one: the plain SHA-256 of the same text (events written before keys, shown as legacy by verify).
 */
export function eventHash(prevHash: string, event: ChainedFields, key?: { id: string; secret: Buffer }): string {
  const input = hashInput(prevHash, event);
  if (!key) return createHash('sha256').update(input).digest('hex');
  return `${key.id}:${createHmac('sha256', key.secret).update(input).digest('hex')}`;
}

/** The key a stored hash was made with, or null for an unkeyed (legacy) one. */
export function hashKeyId(hash: string): string | null {
  const colon = hash.indexOf(':');
  return colon > 0 ? hash.slice(0, colon) : null;
}

/** Whether a stored hash matches the event, under the key it names (in constant time). */
export function hashMatches(stored: string, prevHash: string, event: ChainedFields, keys: ReadonlyMap<string, Buffer>): 'ok' | 'changed' | 'unknown_key' {
  const keyId = hashKeyId(stored);
  let expected: string;
  if (keyId === null) expected = eventHash(prevHash, event);
  else {
    const secret = keys.get(keyId);
    if (!secret) return 'unknown_key';
    expected = eventHash(prevHash, event, { id: keyId, secret });
  }
  const a = Buffer.from(expected);
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b) ? 'ok' : 'changed';
}

/** Exactly the fields a hash covers, from a stored row (which has more). */
export function chainedFields(row: ChainedFields): ChainedFields {
  return {
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
  };
}
