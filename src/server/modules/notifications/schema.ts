import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../platform/columns.js';
import { organisations, people } from '../organisation/schema.js';

/**
 * One notification in one person's list: a message key and parameters (rendered in the reader's
 * language), never text. The dedupe key makes the same reminder impossible to store twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    topic: text('topic').notNull(),
    messageKey: text('message_key').notNull(),
    params: jsonb('params').$type<Record<string, string | number>>().notNull().default({}),
    link: text('link'),
    dedupeKey: text('dedupe_key').notNull(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
    /** When it went out in a digest mail; set in the transaction that sends it, so it goes once. */
    mailedAt: timestamp('mailed_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('notifications_dedupe').on(t.organisationId, t.personId, t.dedupeKey),
    index('notifications_person_created').on(t.organisationId, t.personId, t.createdAt),
  ],
);

/** A person's choice of digest mail; a person without a row has the defaults (daily, nothing opted out). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    digest: text('digest').notNull().default('daily'),
    optedOut: jsonb('opted_out').$type<string[]>().notNull().default([]),
    ...timestamps(),
  },
  (t) => [uniqueIndex('notification_preferences_person').on(t.organisationId, t.personId)],
);

/** When a person last got a digest: the daily or weekly rhythm counts from it. */
export const digestLog = pgTable(
  'notification_digests',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    /** The Swedish date the digest went out. */
    sentOn: text('sent_on').notNull(),
    itemCount: integer('item_count').notNull(),
    ...timestamps(),
  },
  (t) => [index('notification_digests_person').on(t.organisationId, t.personId, t.sentOn)],
);

/**
 * A digest run that would have mailed more people than the municipality's limit: nothing of it is
 * sent until an admin releases it; the next run after the release sends.
 */
export const digestHolds = pgTable(
  'notification_digest_holds',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    recipients: integer('recipients').notNull(),
    limit: integer('limit').notNull(),
    releasedAt: timestamp('released_at', { withTimezone: true, mode: 'date' }),
    releasedBy: uuid('released_by').references(() => people.id),
    /** Set when the released send went out: a later run that is over the limit is held anew. */
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [index('notification_digest_holds_org').on(t.organisationId, t.createdAt)],
);

/** The municipality's limit for one digest run; without a row the configured default applies. */
export const notificationSettings = pgTable(
  'notification_settings',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    digestLimit: integer('digest_limit').notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('notification_settings_org').on(t.organisationId)],
);
