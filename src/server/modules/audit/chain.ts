import { createHash } from 'node:crypto';
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

export function eventHash(prevHash: string, event: ChainedFields): string {
  const body = canonicalJson({ ...event, occurredAt: event.occurredAt.toISOString() });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}
