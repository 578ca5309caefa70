import { sql } from 'drizzle-orm';
import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every tenant table has (ARCHITECTURE.md, conventions). */
export const idColumn = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);

export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  /** Optimistic lock: an update must name the version it read (DECISIONS.md 12). */
  rowVersion: integer('row_version').notNull().default(1),
});

export const archivedAt = () => timestamp('archived_at', { withTimezone: true, mode: 'date' });
