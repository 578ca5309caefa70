import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisation/schema.js';

/**
 * Every write leaves one event here, in the same transaction (spårbarhet). Events are chained by
 * hash per municipality: each hash covers the event's canonical JSON and the previous hash.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    actorPersonId: uuid('actor_person_id'),
    actorAccountId: uuid('actor_account_id'),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_events_org_seq').on(t.organisationId, t.seq),
    index('audit_events_entity').on(t.organisationId, t.entityType, t.entityId),
  ],
);

/** The newest event per municipality, so that deleting the last event is detected too. */
export const auditHeads = pgTable('audit_heads', {
  organisationId: uuid('organisation_id').primaryKey().references(() => organisations.id),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
