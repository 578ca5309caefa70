import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRoder } from '../compose.js';
import { type Database, openDatabase } from './db.js';
import { type Job, periodOf, runJobOnce, startJobs } from './jobs.js';
import { movableClock } from './clock.js';
import type { RoderApp } from './app.js';
import { startTestServer, type TestServer } from '../testing/server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A job that records each run it made (before its transaction commits) and can be told to fail. */
function countingJob(name: string, schedule: Job['schedule'], options: { slowMs?: number; failFirst?: number } = {}) {
  const runs: string[] = [];
  let failures = options.failFirst ?? 0;
  const job: Job = {
    name,
    schedule,
    async run({ period }) {
      if (options.slowMs) await sleep(options.slowMs);
      if (failures > 0) {
        failures--;
        throw new Error('the work failed');
      }
      runs.push(period);
    },
  };
  return { job, runs };
}

describe('periodOf', () => {
  it('a daily job is due from its Swedish time of day, its period the Swedish date', () => {
    // 05:30 UTC is 06:30 in Stockholm in winter, 07:30 in summer.
    expect(periodOf({ dailyAt: '07:00' }, new Date('2026-01-15T05:30:00Z'))).toBeNull();
    expect(periodOf({ dailyAt: '07:00' }, new Date('2026-07-15T05:30:00Z'))).toBe('2026-07-15');
    expect(periodOf({ dailyAt: '07:00' }, new Date('2026-01-15T23:30:00Z'))).toBeNull(); // 00:30 on the 16th
    expect(periodOf({ dailyAt: '07:00' }, new Date('2026-01-16T06:30:00Z'))).toBe('2026-01-16');
  });
  it('an interval job’s period is the interval’s start', () => {
    expect(periodOf({ everyMinutes: 15 }, new Date('2026-01-15T10:29:59Z'))).toBe('2026-01-15T10:15:00.000Z');
  });
});

describe('scheduled jobs run once per period across servers', () => {
  let first: TestServer;
  let second: { app: RoderApp; database: Database } | null = null;
  let dbs: Database['db'][];

  beforeAll(async () => {
    first = await startTestServer();
    if (first.config.databaseUrl) {
      // A second Roder server on the same PostgreSQL database, as behind a load balancer.
      const database = await openDatabase({ url: first.config.databaseUrl, dataDir: null });
      const app = await buildRoder({ db: database.db, config: first.config });
      await app.listen({ port: 0, host: '127.0.0.1' });
      second = { app, database };
    }
    // On the embedded database two schedulers share the one in-process database.
    dbs = [first.database.db, second?.database.db ?? first.database.db];
  });
  afterAll(async () => {
    if (second) {
      await second.app.close();
      await second.database.close();
    }
    await first?.close();
  });

  it('many servers asking at once: one runs the period, the others skip it', async () => {
    const clock = movableClock(new Date('2026-03-02T09:00:00Z'));
    const { job, runs } = countingJob('test-concurrent', { everyMinutes: 60 }, { slowMs: 100 });
    const answers = await Promise.all([...dbs, ...dbs, ...dbs].map((db) => runJobOnce(db, clock, job)));
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(runs).toEqual(['2026-03-02T09:00:00.000Z']);
    // The same period again, later within it: done already.
    clock.advance(30 * 60_000);
    expect(await runJobOnce(dbs[1]!, clock, job)).toBe(false);
    clock.advance(30 * 60_000);
    expect(await runJobOnce(dbs[1]!, clock, job)).toBe(true);
    expect(runs).toEqual(['2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z']);
  });

  it('two running schedulers over five days run a daily job once a day, and retry a failed day', async () => {
    const clock = movableClock(new Date('2026-03-02T05:00:00Z'));
    const { job, runs } = countingJob('test-daily', { dailyAt: '07:00' }, { failFirst: 1 });
    const log: string[] = [];
    const stops = dbs.map((db) => startJobs(db, clock, [job], (m) => log.push(m), 20));
    try {
      await sleep(150);
      expect(runs).toEqual([]); // 06:00 in Sweden: not due yet
      for (let day = 0; day < 5; day++) {
        clock.advance(day === 0 ? 3 * 3_600_000 : 24 * 3_600_000); // 09:00 in Sweden
        const date = `2026-03-0${2 + day}`;
        await expect.poll(() => runs.includes(date), { timeout: 10_000, interval: 20 }).toBe(true);
        await sleep(150); // many more ticks of both schedulers within the same day
      }
    } finally {
      await Promise.all(stops.map((stop) => stop()));
    }
    expect(runs).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
    // The first day's first attempt failed: logged, rolled back and run again at a later tick.
    expect(log.some((m) => m.includes('test-daily failed'))).toBe(true);
  });
});
