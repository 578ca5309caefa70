/**
 * The attestation task page at Sweden scale (`npm run bench:attestation`): the data of
 * `bench:scale` (290 municipalities of 300–500 systems, a million audit events) plus two rounds per
 * municipality (last year's, closed, and an open one three weeks old, half answered), on
 * PostgreSQL. Measures, through Roder's HTTP API as the target municipality's admin, the task page
 * (GET /api/v1/attestation/tasks/:id, the page's one request), an owner's task list and the
 * strategist's overview, at BENCH_CONNECTIONS concurrent clients; prints p50/p95 and each
 * statement's plan (EXPLAIN ANALYZE) for the task page. The target: task page p95 < 200 ms.
 *
 * BENCH_DATABASE_URL: the server (default postgres://postgres@127.0.0.1:5432/postgres); a database
 * is created beside it and dropped at the end (BENCH_KEEP=1 keeps it, BENCH_REUSE=1 reuses a kept
 * one). BENCH_MUNICIPALITIES (290), BENCH_AUDIT_EVENTS (1 000 000), BENCH_REQUESTS (2 000),
 * BENCH_CONNECTIONS (1,10: each level measured in turn). A signed-in GET of the session is the
 * baseline: what any authenticated request costs on this machine before the page's own queries.
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { buildRoder } from '../src/server/compose.js';
import { loadConfig } from '../src/server/platform/config.js';
import type { Db } from '../src/server/platform/db.js';
import { openDatabase } from '../src/server/platform/db.js';
import { attestationRepository } from '../src/server/modules/attestation/repository.js';
import { ApiClient } from '../src/server/testing/client.js';
import { seedScale, TARGET } from './scale-seed.js';

const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const municipalities = Number(process.env.BENCH_MUNICIPALITIES ?? 290);
const auditEvents = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const requests = Number(process.env.BENCH_REQUESTS ?? 2_000);
const concurrency = (process.env.BENCH_CONNECTIONS ?? '1,10').split(',').map(Number);
const name = 'roder_bench_attestation';

const urlOf = (database: string) => {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
};

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Two rounds per municipality: last year's (closed, 80 % answered) and one opened 20 days ago (half answered). */
async function seedAttestation(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = Date.now();
  await client.query(`insert into attestation_rounds (organisation_id, opened_at, due_date, closed_at)
    select id, now() - interval '380 days', current_date - 350, now() - interval '340 days' from organisations`);
  await client.query(`insert into attestation_rounds (organisation_id, opened_at, due_date)
    select id, now() - interval '20 days', current_date + 10 from organisations`);
  const tasks = await client.query(`insert into attestation_tasks (organisation_id, round_id, application_id, owner_id, status, confirmed_at, confirmed_by)
    select a.organisation_id, r.id, a.id, a.owner_id, s.status,
      case when s.status = 'open' then null else r.opened_at + make_interval(days => 1 + abs(hashtext(a.id::text || r.id::text)) % 18) end,
      case when s.status = 'open' then null else a.owner_id end
    from applications a
    join attestation_rounds r on r.organisation_id = a.organisation_id
    cross join lateral (select case
      when abs(hashtext(a.id::text || r.id::text)) % 10 < (case when r.closed_at is null then 5 else 8 end) then (case when abs(hashtext(a.id::text)) % 5 = 0 then 'corrected' else 'confirmed' end)
      else 'open' end as status) s
    where a.owner_id is not null and a.archived_at is null and a.lifecycle <> 'phased_out'`);
  await client.query('vacuum analyze attestation_rounds, attestation_tasks');
  await client.end();
  console.log(`  attestation tasks ${String(tasks.rowCount).padStart(20)} rows  ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

async function prepare() {
  const exists = await admin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
  if (exists && process.env.BENCH_REUSE === '1') {
    console.log(`${name}: reused`);
    return;
  }
  await admin(async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  console.log(`${name}: seeding ${municipalities} municipalities`);
  const summary = await seedScale(urlOf(name), municipalities, { auditEvents, projects: 600, log: console.log });
  console.log(`${name}: ${summary.municipalities} municipalities, ${summary.systems} systems, ${summary.auditEvents} audit events in ${summary.seconds.toFixed(0)} s`);
  await seedAttestation(urlOf(name));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** `count` requests over `connections` concurrent clients; the latency of each, sorted. */
async function measure(label: string, client: ApiClient, paths: string[], count: number, connections = 1) {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const path = paths[next++ % paths.length]!;
      const started = performance.now();
      const res = await client.get(path);
      times.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.raw.toString().slice(0, 200)}`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(28)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms  p99 ${percentile(times, 99).toFixed(1).padStart(6)} ms  ${(count / seconds).toFixed(0)} req/s`);
}

/** The task page's statements as Roder sends them, with their plans on the seeded data. */
async function explainTaskPage(url: string, organisationId: string, taskId: string) {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const captured: { query: string; params: unknown[] }[] = [];
  const db = drizzle({ client: pool, logger: { logQuery: (query, params) => captured.push({ query, params }) } }) as unknown as Db;
  await attestationRepository(db, organisationId).task(taskId);
  for (const { query, params } of captured) {
    const plan = await pool.query(`explain (analyze, buffers off, costs off) ${query}`, params);
    console.log(`\n${plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}`);
  }
  await pool.end();
}

async function main() {
  await prepare();
  const url = urlOf(name);
  const database = await openDatabase({ url });
  const app = await buildRoder({ db: database.db, config: loadConfig({}, { scryptCost: 16 }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const ids = await admin(async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const org = (await c.query('select id from organisations where name = $1', [TARGET.name])).rows[0].id as string;
      const tasks = (await c.query(`select t.id from attestation_tasks t join attestation_rounds r on r.organisation_id = t.organisation_id and r.id = t.round_id
        where t.organisation_id = $1 and r.closed_at is null order by t.id`, [org])).rows.map((r) => r.id as string);
      const counts = (await c.query('select (select count(*) from attestation_tasks)::int as tasks, (select count(*) from audit_events)::int as events')).rows[0];
      await c.end();
      return { org, tasks, counts };
    });
    console.log(`\n${ids.counts.tasks} attestation tasks, ${ids.counts.events} audit events; ${TARGET.name} has ${ids.tasks.length} open-round tasks`);
    const client = new ApiClient(base);
    await client.login(TARGET.email, TARGET.password);
    const paths = ids.tasks.map((id) => `/api/v1/attestation/tasks/${id}`);
    await measure('warm-up', client, paths, Math.min(200, requests), 4);
    for (const connections of concurrency) {
      console.log(`\n${connections} concurrent client(s):`);
      await measure('session (baseline)', client, ['/api/v1/session'], Math.min(requests, 500), connections);
      await measure('task page', client, paths, requests, connections);
      await measure('my tasks', client, ['/api/v1/attestation/tasks'], Math.min(requests, 500), connections);
      await measure('overview (freshness)', client, ['/api/v1/attestation/overview'], Math.min(requests, 200), connections);
    }
    await explainTaskPage(url, ids.org, ids.tasks[Math.floor(ids.tasks.length / 2)]!);
  } finally {
    await app.close();
    await database.close();
    if (process.env.BENCH_KEEP !== '1') await admin((c) => c.query(`drop database if exists ${name} with (force)`));
  }
}

await main();
