import { sql } from 'drizzle-orm';
import { chainedFields, eventHash, GENESIS_HASH } from '../modules/audit/chain.js';
import { type Db, queryRows } from '../platform/db.js';

type EventRow = { id: string; organisation_id: string; seq: string | number; occurred_at: string | Date; actor_person_id: string | null; actor_account_id: string | null; entity_type: string; entity_id: string; action: string; before: unknown; after: unknown; hash: string };

/**
 * The attack: someone who can write the database changes an event, then recomputes every later
 * hash and the head so that the chain links up again — unkeyed (SHA-256, as before keys), or with
 * a key when they have it.
 */
export async function rewriteChain(db: Db, organisationId: string, fromSeq: number, key?: { id: string; secret: Buffer }) {
  const rows = await queryRows<EventRow>(db, sql`select * from audit_events where organisation_id = ${organisationId} order by seq`);
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const seq = Number(row.seq);
    if (seq >= fromSeq) {
      const fields = chainedFields({
        id: row.id, organisationId: row.organisation_id, seq, occurredAt: new Date(row.occurred_at), actorPersonId: row.actor_person_id,
        actorAccountId: row.actor_account_id, entityType: row.entity_type, entityId: row.entity_id, action: row.action, before: row.before, after: row.after,
      });
      const hash = eventHash(prev, fields, key);
      await db.execute(sql`update audit_events set prev_hash = ${prev}, hash = ${hash} where organisation_id = ${organisationId} and seq = ${seq}`);
      row.hash = hash;
    }
    prev = row.hash;
  }
  await db.execute(sql`update audit_heads set hash = ${prev} where organisation_id = ${organisationId}`);
}

export async function forgeName(db: Db, organisationId: string, entityId: string): Promise<number> {
  const [row] = await queryRows<{ seq: string | number }>(db,
    sql`update audit_events set after = jsonb_set(after, '{name}', '"Förfalskat"') where organisation_id = ${organisationId} and entity_id = ${entityId} and action = 'update' returning seq`,
  );
  return Number(row!.seq);
}

