/**
 * Roder at Sweden scale (`npm run bench:scale`): 290 municipalities of 300–500 systems each (the
 * measured one has 466), 10 000 projects and a million audit events on PostgreSQL, then each hot
 * page at 50 concurrent clients against the one SQL statement that returns the same rows and
 * columns (bench/bare-server.ts), and the register list of one municipality in an installation of
 * 1 and of 290. Prints the ratios that issue 10's targets are stated in.
 *
 * BENCH_DATABASE_URL: the server (default postgres://postgres@127.0.0.1:5432/postgres); two
 * databases are created beside it and dropped at the end (BENCH_KEEP=1 keeps them, BENCH_REUSE=1
 * reuses kept ones). BENCH_SECONDS per measurement (10), BENCH_CONNECTIONS (50),
 * BENCH_MUNICIPALITIES (290), BENCH_AUDIT_EVENTS (1 000 000), BENCH_PROJECTS (10 000).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import autocannon from 'autocannon';
import pg from 'pg';
import type { BareCase } from './bare-server.js';
import { seedScale, TARGET } from './scale-seed.js';

const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const municipalities = Number(process.env.BENCH_MUNICIPALITIES ?? 290);
const auditEvents = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const projects = Number(process.env.BENCH_PROJECTS ?? 10_000);
const keep = process.env.BENCH_KEEP === '1';
const reuse = process.env.BENCH_REUSE === '1';
const only = process.env.BENCH_ONLY?.split(',');
/** Rounds per measurement, Roder and the statement taking turns; the best round of each counts. */
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);

const urlOf = (name: string) => {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
};

async function prepare(name: string, count: number) {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (exists && reuse) {
    await admin.end();
    console.log(`${name}: reused`);
    return;
  }
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  console.log(`${name}: seeding ${count} municipalities`);
  const summary = await seedScale(urlOf(name), count, { auditEvents: count === 1 ? 0 : auditEvents, projects: count === 1 ? 600 : projects, log: console.log });
  console.log(`${name}: ${summary.municipalities} municipalities, ${summary.systems} systems, ${summary.projects} projects, ${summary.auditEvents} audit events in ${summary.seconds.toFixed(0)} s`);
}

async function drop(name: string) {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

/** Starts a child process and waits for the line that says it listens; resolves with its port. */
async function startChild(command: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${output}`)));
  });
  child.stdout!.resume();
  return { child, port };
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** Roder as users run it: the compiled server when it is built, else through tsx. */
function roderCommand(): [string, string[]] {
  return existsSync('dist/server/main.js') ? [process.execPath, ['dist/server/main.js']] : [process.execPath, ['--import', 'tsx', 'src/server/main.ts']];
}

async function startRoder(database: string, port: number) {
  const [command, args] = roderCommand();
  const { child } = await startChild(command, args, { DATABASE_URL: urlOf(database), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RODER_DEMO: 'off' }, /(Roder is running)/);
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: TARGET.email, password: TARGET.password }) });
  if (login.status !== 200) {
    await stopChild(child);
    throw new Error(`sign-in answered ${login.status}: ${await login.text()}`);
  }
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return { child, base, cookie };
}

interface Load {
  rps: number;
  p50: number;
  p95: number;
  failures: number;
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

/** 50 clients for `seconds` after a short warm-up; every answer must be 200. */
async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  const drive = (duration: number, latencies?: number[]) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url, connections, duration, headers }, (error, result) => (error ? reject(error) : resolve(result)));
      if (latencies) instance.on('response', (_client: unknown, _status: number, _bytes: number, time: number) => latencies.push(time));
    });
  await drive(2);
  const latencies: number[] = [];
  const result = await drive(seconds, latencies);
  latencies.sort((a, b) => a - b);
  return { rps: result.requests.average, p50: percentile(latencies, 50), p95: percentile(latencies, 95), failures: result.non2xx + result.errors + result.timeouts };
}

const LIST_COLUMNS = `a.id, a.name, s.name as vendor, a.kind, a.lifecycle, a.assessment, a.yearly_cost, a.owner_id, p.name as owner_name,
  a.personal_data, a.class_k, a.class_r, a.class_t, c.end_date as contract_end_date, c.notice_months, a.updated_at,
  (select array_agg(t.tested_on) from disruption_tests t where t.organisation_id = a.organisation_id and t.application_id = a.id) as test_dates,
  m.total`;
/** The page: filter, count and limit on the systems alone, then only 50 rows joined. */
const listStatement = (filter: string, order: string) => `select ${LIST_COLUMNS}
  from (select a.id, count(*) over () as total from applications a where ${filter} order by ${order} limit 50) m
  join applications a on a.id = m.id
  left join suppliers s on s.organisation_id = a.organisation_id and s.id = a.supplier_id
  left join people p on p.organisation_id = a.organisation_id and p.id = a.owner_id
  left join lateral (select g.end_date, g.notice_months from application_agreements aa join agreements g on g.organisation_id = aa.organisation_id and g.id = aa.agreement_id
    where aa.organisation_id = a.organisation_id and aa.application_id = a.id and aa.is_primary and g.archived_at is null limit 1) c on true
  order by ${order}`;
const BY_NAME = `a.name_sort collate "C", a.id`;

async function idsOf(database: string) {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  const org = (await client.query(`select id from organisations where name = $1`, [TARGET.name])).rows[0].id as string;
  // The preset capability most systems of the installation share.
  const capability = (await client.query(`select capability_id from application_capabilities group by capability_id order by count(*) desc limit 1`)).rows[0].capability_id as string;
  // A system page with everything on it: contract, integrations both ways, tests.
  const system = (await client.query(
    `select a.id from applications a where a.organisation_id = $1 and a.archived_at is null
       and exists (select 1 from application_agreements x where x.application_id = a.id)
       and exists (select 1 from integrations x where x.source_id = a.id) and exists (select 1 from disruption_tests x where x.application_id = a.id)
     order by a.name_sort limit 1`,
    [org],
  )).rows[0].id as string;
  const links = (await client.query(`select count(*)::int as n from application_capabilities where capability_id = $1`, [capability])).rows[0].n as number;
  await client.end();
  return { org, capability, system, links };
}

interface Case {
  label: string;
  path: string;
  bare: BareCase | null;
  target: string;
}

function casesFor(ids: Awaited<ReturnType<typeof idsOf>>): Case[] {
  const one = (sql: string, params: unknown[]) => ({ statements: [{ sql, params }] });
  return [
    {
      label: 'register list, 50 by name',
      path: '/api/v1/applications?pageSize=50',
      bare: one(listStatement('a.organisation_id = $1 and a.archived_at is null', BY_NAME), [ids.org]),
      target: '≥ 0.5×, p95 < 100 ms',
    },
    {
      label: 'capability + lifecycle, by cost',
      path: `/api/v1/applications?capability=${ids.capability}&lifecycle=in_use&sort=yearlyCost&order=desc&pageSize=50`,
      bare: one(
        listStatement(
          `a.organisation_id = $1 and a.archived_at is null and a.lifecycle = 'in_use'
          and a.id in (select ac.application_id from application_capabilities ac where ac.organisation_id = $1 and ac.capability_id = $2)`,
          `a.yearly_cost desc nulls last, a.name_sort collate "C", a.id`,
        ),
        [ids.org, ids.capability],
      ),
      target: '≥ 0.5×, p95 < 100 ms',
    },
    {
      label: 'name search q=plan',
      path: '/api/v1/applications?q=plan&pageSize=50',
      bare: one(
        listStatement(
          `a.organisation_id = $1 and a.archived_at is null
          and (a.name ilike $2 or a.description ilike $2 or a.supplier_id in (select x.id from suppliers x where x.organisation_id = $1 and x.name ilike $2))`,
          BY_NAME,
        ),
        [ids.org, '%plan%'],
      ),
      target: '≥ 0.5×, p95 < 100 ms',
    },
    {
      label: 'overlaps of the municipality',
      path: '/api/v1/applications/overlaps',
      // The rows the report is made from (Roder groups them by capability and sums).
      bare: one(
        `select a.id, a.name, a.name_sort, a.yearly_cost, ac.capability_id from applications a
          join application_capabilities ac on ac.organisation_id = a.organisation_id and ac.application_id = a.id
          where a.organisation_id = $1 and a.archived_at is null and a.lifecycle in ('planned', 'in_use')`,
        [ids.org],
      ),
      target: 'p95 < 150 ms',
    },
    {
      label: "one system's page",
      path: `/api/v1/applications/${ids.system}`,
      bare: one(
        `select a.*, s.name as vendor,
          (select json_agg(x.department_id order by x.department_id) from application_departments x where x.organisation_id = a.organisation_id and x.application_id = a.id) as department_ids,
          (select json_agg(x.capability_id order by x.capability_id) from application_capabilities x where x.organisation_id = a.organisation_id and x.application_id = a.id) as capability_ids,
          (select row_to_json(c) from (select g.id, g.end_date, g.notice_months, g.registered, g.name, g.kind from application_agreements x
             join agreements g on g.organisation_id = x.organisation_id and g.id = x.agreement_id
             where x.organisation_id = a.organisation_id and x.application_id = a.id and x.is_primary and g.archived_at is null limit 1) c) as contract,
          (select json_agg(json_build_object('targetId', i.target_id, 'targetName', t.name, 'description', i.description)) from integrations i
             join applications t on t.organisation_id = i.organisation_id and t.id = i.target_id where i.organisation_id = a.organisation_id and i.source_id = a.id) as integrations,
          (select json_agg(json_build_object('sourceId', i.source_id, 'sourceName', t.name, 'description', i.description)) from integrations i
             join applications t on t.organisation_id = i.organisation_id and t.id = i.source_id where i.organisation_id = a.organisation_id and i.target_id = a.id and t.archived_at is null) as incoming,
          (select json_agg(json_build_object('testedOn', d.tested_on, 'result', d.result, 'notes', d.notes) order by d.tested_on desc) from disruption_tests d
             where d.organisation_id = a.organisation_id and d.application_id = a.id) as tests,
          (select p.name from people p where p.organisation_id = a.organisation_id and p.id = a.owner_id) as owner_name,
          (select p.name from people p where p.organisation_id = a.organisation_id and p.id = a.manager_id) as manager_name
        from applications a left join suppliers s on s.organisation_id = a.organisation_id and s.id = a.supplier_id
        where a.organisation_id = $1 and a.id = $2 and a.archived_at is null`,
        [ids.org, ids.system],
      ),
      target: '≥ 0.4×',
    },
    {
      label: 'portfolio, 50 by name',
      path: '/api/v1/projects?pageSize=50',
      bare: one(
        `select r.*, p.name as owner_name, count(*) over () as total from projects r left join people p on p.organisation_id = r.organisation_id and p.id = r.owner_id
          where r.organisation_id = $1 and r.archived_at is null order by r.name_sort collate "C", r.id limit 50`,
        [ids.org],
      ),
      target: '—',
    },
  ].filter((c) => !only || only.some((o) => c.label.includes(o)));
}

/** The faster of two rounds, carrying the failures of both. */
function better(previous: Load | null, next: Load): Load {
  if (!previous) return next;
  const best = next.rps > previous.rps ? next : previous;
  return { ...best, failures: previous.failures + next.failures };
}

const fmt = (l: Load) => `${l.rps.toFixed(0).padStart(6)} req/s  p50 ${l.p50.toFixed(0).padStart(4)} ms  p95 ${l.p95.toFixed(0).padStart(4)} ms`;

async function main() {
  const big = `roder_bench_${municipalities}`;
  const small = 'roder_bench_1';
  await prepare(big, municipalities);
  await prepare(small, 1);
  const ids = await idsOf(big);
  console.log(`\nMeasured municipality: ${TARGET.name} (${TARGET.systems} systems); shared capability has ${ids.links} links in the installation.`);
  console.log(`${connections} clients, ${seconds} s per measurement, PostgreSQL ${server.replace(/\/\/[^@]*@/, '//')}\n`);

  const cases = casesFor(ids);
  const bare = await startChild(process.execPath, ['--import', 'tsx', 'bench/bare-server.ts'], {
    BARE_DATABASE_URL: urlOf(big), BARE_PORT: '0', BARE_CASES: JSON.stringify(Object.fromEntries(cases.flatMap((c) => (c.bare ? [[c.path, c.bare]] : [])))),
  }, /bare listening (\d+)/);
  const roder = await startRoder(big, 3901).catch(async (error) => {
    await stopChild(bare.child);
    throw error;
  });
  const rows: string[] = [];
  let failures = 0;
  try {
    for (const c of cases) {
      // This machine's speed drifts from minute to minute: the two take turns, and each one's best
      // round is compared, so a slow minute does not land on one side only.
      let r: Load | null = null;
      let b: Load | null = null;
      for (let round = 0; round < rounds; round++) {
        const rr = await load(roder.base + c.path, { cookie: roder.cookie });
        r = better(r, rr);
        if (c.bare) {
          const bb = await load(`http://127.0.0.1:${bare.port}${c.path}`);
          b = better(b, bb);
        }
      }
      if (!r) throw new Error('no rounds');
      failures += r.failures + (b?.failures ?? 0);
      const ratio = b ? `${(r.rps / b.rps).toFixed(2)}×` : '—';
      rows.push(`${c.label.padEnd(34)} Roder ${fmt(r)} | statement ${b ? fmt(b) : '—'.padEnd(40)} | ${ratio.padStart(6)}  (target ${c.target})${r.failures || b?.failures ? `  FAILURES ${r.failures}/${b?.failures ?? 0}` : ''}`);
      console.log(rows.at(-1));
    }
  } finally {
    await stopChild(roder.child);
    await stopChild(bare.child);
  }

  // The same municipality's register list alone in its installation, and among 290.
  const listPath = '/api/v1/applications?pageSize=50';
  const results: Record<string, Load> = {};
  const servers = { [small]: await startRoder(small, 3902), [big]: await startRoder(big, 3903) };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const database of [small, big]) {
        const l = await load(servers[database]!.base + listPath, { cookie: servers[database]!.cookie });
        failures += l.failures;
        if (!results[database] || l.rps > results[database]!.rps) results[database] = l;
      }
    }
  } finally {
    for (const s of Object.values(servers)) await stopChild(s.child);
  }
  const [one, many] = [results[small]!, results[big]!];
  console.log(`\nregister list, installation of 1:   ${fmt(one)}`);
  console.log(`register list, installation of ${municipalities}: ${fmt(many)}`);
  console.log(`installation ratio (1 / ${municipalities}, throughput): ${(one.rps / many.rps).toFixed(2)}×   p95 ratio: ${(many.p95 / one.p95).toFixed(2)}×   (target within 1.2×)`);
  if (!keep) {
    await drop(big);
    await drop(small);
  }
  if (failures) {
    console.error(`${failures} requests did not answer 200`);
    process.exitCode = 1;
  }
}

await main();
