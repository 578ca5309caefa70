import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../platform/columns.js';
import { applications } from '../applications/schema.js';
import { organisations, people } from '../organisation/schema.js';

const org = () => uuid('organisation_id').notNull().references(() => organisations.id);
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** How often a municipality's systems must be confirmed; without a row the interval is 12 months. */
export const attestationSettings = pgTable(
  'attestation_settings',
  {
    id: idColumn(),
    organisationId: org(),
    intervalMonths: integer('interval_months').notNull().default(12),
    ...timestamps(),
  },
  (t) => [uniqueIndex('attestation_settings_org').on(t.organisationId)],
);

/** A round in which every system owner is asked to confirm or correct the systems they own. */
export const attestationRounds = pgTable(
  'attestation_rounds',
  {
    id: idColumn(),
    organisationId: org(),
    openedBy: uuid('opened_by').references(() => people.id),
    openedAt: at('opened_at').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    closedAt: at('closed_at'),
    ...timestamps(),
  },
  (t) => [
    // One open round per municipality: the database holds it even when two admins open at once.
    uniqueIndex('attestation_rounds_one_open').on(t.organisationId).where(sql`${t.closedAt} is null`),
    index('attestation_rounds_org_opened').on(t.organisationId, t.openedAt),
  ],
);

/**
 * One system to confirm in one round, for the person who owned it when the round opened.
 * `status` is open, confirmed or corrected; whether the system is still confirmed is read from the
 * confirmation's age and from later edits by others (rules.ts), not stored.
 */
export const attestationTasks = pgTable(
  'attestation_tasks',
  {
    id: idColumn(),
    organisationId: org(),
    roundId: uuid('round_id').notNull().references(() => attestationRounds.id),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    ownerId: uuid('owner_id').notNull().references(() => people.id),
    status: text('status').notNull().default('open'),
    confirmedAt: at('confirmed_at'),
    confirmedBy: uuid('confirmed_by').references(() => people.id),
    reminded14At: at('reminded_14_at'),
    reminded28At: at('reminded_28_at'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('attestation_tasks_round_app').on(t.organisationId, t.roundId, t.applicationId),
    index('attestation_tasks_org_owner').on(t.organisationId, t.ownerId, t.status),
    // The newest confirmation of a system: what its freshness is read from.
    index('attestation_tasks_org_app_confirmed').on(t.organisationId, t.applicationId, t.confirmedAt),
  ],
);
