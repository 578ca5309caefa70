import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Clock } from './clock.js';
import type { Db } from './db.js';
import { jobRuns } from './jobs-schema.js';

/** When a job runs: every so many minutes, or once a day from a Swedish wall-clock time on. */
export type JobSchedule = { everyMinutes: number } | { dailyAt: string };

/**
 * Scheduled work a module registers (through compose.ts; the platform knows no module). `run`
 * gets the transaction that also records the period as done: everything it writes there commits
 * with that record or not at all, so a period's work happens exactly once across servers.
 */
export interface Job {
  /** Unique and stable: it keys the periods already run. */
  name: string;
  schedule: JobSchedule;
  run(ctx: { db: Db; clock: Clock; period: string }): Promise<void>;
  /**
   * Work that must not hold the period's transaction, such as talking to a mail server: called
   * with the database itself (no transaction) after `run` has committed, by the server that ran
   * the period. It must make itself once (claiming rows in short transactions of its own) and
   * leave what failed for a later period.
   */
  afterCommit?(ctx: { db: Db; clock: Clock }): Promise<void>;
}

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The period a moment falls in for a schedule, or null when the job is not due yet (a daily job
 * before its time of day). Daily periods are Swedish dates, so "08:00" means 08:00 in Sweden
 * through summer time.
 */
export function periodOf(schedule: JobSchedule, at: Date): string | null {
  if ('everyMinutes' in schedule) {
    const ms = Math.max(1, schedule.everyMinutes) * 60_000;
    return new Date(Math.floor(at.getTime() / ms) * ms).toISOString();
  }
  const parts = Object.fromEntries(stockholm.formatToParts(at).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return `${parts.hour}:${parts.minute}` >= schedule.dailyAt ? date : null;
}

/** A job's advisory lock key: a stable number from its name (48 bits, exact in JavaScript and in bigint). */
const lockKey = (name: string) => createHash('sha256').update(`roder-job:${name}`).digest().readIntBE(0, 6);

/**
 * Runs one job's current period if it is due and no server has run it. The advisory lock keeps
 * a second server from waiting on the first one's row; the unique (job, period) row is what
 * makes it once, in the same transaction as the work; the job's `afterCommit` follows outside
 * it. Answers whether this call ran it.
 */
export async function runJobOnce(db: Db, clock: Clock, job: Job): Promise<boolean> {
  const period = periodOf(job.schedule, clock.now());
  if (period === null) return false;
  const ran = await db.transaction(async (tx) => {
    const lock = (await tx.execute(sql`select pg_try_advisory_xact_lock(${lockKey(job.name)}) as got`)) as unknown as { rows: { got: boolean }[] };
    if (!lock.rows[0]?.got) return false;
    const claimed = await tx.insert(jobRuns).values({ job: job.name, period, ranAt: clock.now() }).onConflictDoNothing().returning();
    if (claimed.length === 0) return false;
    await job.run({ db: tx, clock, period });
    return true;
  });
  if (ran && job.afterCommit) await job.afterCommit({ db, clock });
  return ran;
}

/**
 * Runs every registered job whose period is due, now and at every tick, until stopped. A failed
 * run is logged and rolled back, so the same period is tried again at the next tick. Stopping
 * waits for a run in progress, so the database is closed only after it.
 */
export function startJobs(db: Db, clock: Clock, jobs: readonly Job[], log: (message: string) => void, tickMs = 30_000): () => Promise<void> {
  const names = new Set(jobs.map((j) => j.name));
  if (names.size !== jobs.length) throw new Error('Two scheduled jobs have the same name');
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    for (const job of jobs) {
      if (stopped) break;
      try {
        await runJobOnce(db, clock, job);
      } catch (error) {
        log(`Scheduled job ${job.name} failed and will be tried again: ${(error as Error).message}`);
      }
    }
    if (stopped) return;
    // Spread a little, so servers sharing a database do not all tick at once.
    timer = setTimeout(() => void (running = tick()), tickMs + Math.floor(Math.random() * Math.min(1000, tickMs / 4)));
    timer.unref();
  };
  running = tick();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
