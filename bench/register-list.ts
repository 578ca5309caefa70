/**
 * Register list latency with 150 and with 10 000 systems (npm run bench).
 * Seeds a fresh embedded database (or BENCH_DATABASE_URL's server) by bulk SQL — the data shape of
 * the register, not its commands, since only reading is measured — then drives the real HTTP API
 * with concurrent clients and reports p50 / p95 / p99 per query.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { buildRoder } from '../src/server/compose.js';
import { systemClock } from '../src/server/platform/clock.js';
import { loadConfig } from '../src/server/platform/config.js';
import { openDatabase, queryRows } from '../src/server/platform/db.js';
import { swedishSortKey } from '../src/server/platform/sort-key.js';
import { createDepartment, createMunicipality, ensureCapabilityCatalogue } from '../src/server/modules/organisation/commands.js';
import { ApiClient } from '../src/server/testing/client.js';

const sizes = (process.env.BENCH_SIZES ?? '150,10000').split(',').map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const words = ['Ärende', 'Vård', 'Skola', 'Karta', 'Ekonomi', 'Bygg', 'Miljö', 'Lön', 'Arkiv', 'Öppen', 'Bokning', 'Måltid'];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function run(size: number) {
  const database = await openDatabase({ url: process.env.BENCH_DATABASE_URL ?? null, dataDir: null });
  const db = database.db;
  await ensureCapabilityCatalogue(db);
  const password = 'bench-lösen';
  const { organisation, person } = await createMunicipality(db, systemClock, {
    name: `Benchkommun ${randomUUID().slice(0, 6)}`, adminName: 'Bench Admin', adminEmail: `bench-${randomUUID()}@bench.example`, password, scryptCost: 16,
  });
  const actor = { personId: person.id, accountId: null };
  const depts = [];
  for (let i = 0; i < 8; i++) depts.push(await createDepartment({ db, clock: systemClock, actor }, organisation.id, { name: `Förvaltning ${i}`, code: null }));
  const caps = (await queryRows<{ id: string }>(db, sql`select id from capabilities where parent_code is not null`));
  const lifecycles = ['planned', 'in_use', 'in_use', 'in_use', 'phasing_out'];
  const batch = 500;
  for (let start = 0; start < size; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(size, start + batch); i++) {
      const name = `${words[i % words.length]} ${words[(i * 7) % words.length]} ${i}`;
      rows.push(sql`(${randomUUID()}::uuid, ${organisation.id}::uuid, ${name}, ${swedishSortKey(name)}, ${i % 5 === 0 ? 'application' : 'system'},
        ${lifecycles[i % lifecycles.length]}, ${(i * 7919) % 3_000_000}, ${i % 9 === 0 ? null : person.id}::uuid, ${i % 3 === 0}, ${i % 4 === 0 ? null : 2})`);
    }
    await db.execute(sql`insert into applications (id, organisation_id, name, name_sort, kind, lifecycle, yearly_cost, owner_id, personal_data, class_k) values ${sql.join(rows, sql`, `)}`);
  }
  await db.execute(sql`insert into application_departments (organisation_id, application_id, department_id)
    select a.organisation_id, a.id, (array[${sql.join(depts.map((d) => sql`${d.id}::uuid`), sql`, `)}])[1 + (abs(hashtext(a.id::text)) % 8)]
    from applications a where a.organisation_id = ${organisation.id}`);
  await db.execute(sql`insert into application_capabilities (organisation_id, application_id, capability_id)
    select a.organisation_id, a.id, (array[${sql.join(caps.map((c) => sql`${c.id}::uuid`), sql`, `)}])[1 + (abs(hashtext(a.id::text)) % ${caps.length})]
    from applications a where a.organisation_id = ${organisation.id}`);
  await db.execute(sql`analyze`);

  const app = await buildRoder({ db, config: loadConfig({}, { scryptCost: 16 }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const [adminEmail] = (await queryRows<{ email: string }>(db, sql`select email from people where id = ${person.id}`)).map((r) => r.email);
  const client = new ApiClient(base);
  await client.login(adminEmail!, password);

  const queries: Record<string, string> = {
    'first page, by name': '/api/v1/applications?pageSize=25',
    'search + filter + sort by cost': `/api/v1/applications?q=v%C3%A5rd&department=${depts[2]!.id}&sort=yearlyCost&order=desc&pageSize=25`,
    'flag filter, page 3': '/api/v1/applications?flag=no_owner&page=3&pageSize=25',
  };
  const results: Record<string, string> = {};
  for (const [label, path] of Object.entries(queries)) {
    for (let i = 0; i < 5; i++) await client.get(path); // warm up
    const latencies: number[] = [];
    const until = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < until) {
          const t0 = performance.now();
          const res = await client.get(path);
          if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
          latencies.push(performance.now() - t0);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    results[label] = `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, ${(latencies.length / seconds).toFixed(0)} req/s`;
  }
  await app.close();
  await database.close();
  return results;
}

console.log(`Register list benchmark (${database()}; ${concurrency} concurrent clients, ${seconds} s per query)`);
for (const size of sizes) {
  const results = await run(size);
  console.log(`\n${size} systems`);
  for (const [label, line] of Object.entries(results)) console.log(`  ${label.padEnd(32)} ${line}`);
}

function database() {
  return process.env.BENCH_DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite';
}
