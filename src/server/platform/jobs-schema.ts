import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per scheduled job and period that has run: inserted in the transaction that does the
 * period's work, so a period whose work committed is never run again, on this server or another
 * sharing the database, and one whose work failed (rolled back) is tried again at the next tick.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    /** The period the run belongs to: a date for a daily job, the interval's start for an interval job. */
    period: text('period').notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.job, t.period] })],
);
