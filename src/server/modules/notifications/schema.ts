import { sql } from 'drizzle-orm';
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
    /**
     * When it was put into a digest mail (notification_digests), in the job's transaction, so it
     * goes into one mail only; the mail itself is sent after that transaction (digest.ts).
     */
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

/** The mail of one digest, as composed, kept until the SMTP server has taken it. */
export interface DigestMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * One digest mail to one person, an outbox row: composed in the job's transaction, sent after it,
 * marked sent in a short transaction of its own. The daily or weekly rhythm counts from it, sent
 * or still waiting, so a mail that waits for the mail server is not joined by a second one.
 */
export const digestLog = pgTable(
  'notification_digests',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    /** The Swedish date the digest was composed for. */
    sentOn: text('sent_on').notNull(),
    itemCount: integer('item_count').notNull(),
    /** The mail while it waits to be sent; emptied once sent (the notifications keep the content). */
    mail: jsonb('mail').$type<DigestMail>(),
    /** When the SMTP server took it; null while it waits. */
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    /** How many times a send was started. */
    attempts: integer('attempts').notNull().default(0),
    /** When a server may (again) try to send it: a send in progress holds it for a lease, a failed one for a back-off. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [
    index('notification_digests_person').on(t.organisationId, t.personId, t.sentOn),
    index('notification_digests_waiting').on(t.organisationId, t.nextAttemptAt).where(sql`sent_at is null`),
  ],
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
