/**
 * Sweden-scale data for `npm run bench:scale`: municipalities made by Roder's own command (roles,
 * an admin who can sign in), then everything else by set-based SQL, so 290 municipalities with a
 * million audit events take minutes, not hours. Only reads are measured, so the data has the
 * register's shape and skew (one preset capability shared by about 5 % of all systems, as
 * "Ekonomi" is in real registers), not the commands' history.
 */
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { systemClock } from '../src/server/platform/clock.js';
import { openDatabase } from '../src/server/platform/db.js';
import { swedishSortKey } from '../src/server/platform/sort-key.js';
import { createMunicipality, ensureCapabilityCatalogue } from '../src/server/modules/organisation/commands.js';
import { qualityScoreSql } from '../src/server/modules/applications/quality.js';
import { defaultQualityWeights } from '../src/shared/quality.js';

export const TARGET = { name: 'Målkommun', systems: 466, email: 'admin@malkommun.bench', password: 'bench-lösen-1' };

const WORDS = ['Ärende', 'Vård', 'Skola', 'Karta', 'Ekonomi', 'Bygg', 'Miljö', 'Lön', 'Arkiv', 'Öppen', 'Bokning', 'Måltid', 'Plan', 'Planering', 'Schema', 'Portal', 'Analys', 'Dokument', 'Tid', 'Kund'];
const DEPARTMENTS = ['Kommunstyrelseförvaltningen', 'Barn- och utbildningsförvaltningen', 'Socialförvaltningen', 'Samhällsbyggnadsförvaltningen', 'Kultur- och fritidsförvaltningen', 'Miljöförvaltningen', 'Tekniska förvaltningen', 'Vård- och omsorgsförvaltningen', 'Arbetsmarknadsförvaltningen', 'Servicekontoret'];
const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Anders', 'Eva', 'Johan', 'Sara', 'Per', 'Åsa', 'Örjan', 'Lena', 'Mats', 'Ulla', 'Nils', 'Ida', 'Olof', 'Elin', 'Björn'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Åberg'];
const VENDORS = ['Tieto', 'CGI', 'Visma', 'Evry', 'Microsoft', 'Unit4', 'Formpipe', 'Sokigo', 'Hypergene', 'Pulsen', 'Lantmäteriet', 'Vitec', 'IST', 'Skolon', 'Abou'];

const array = (values: string[]) => `array[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(',')}]`;
/** swedishSortKey in SQL for the generated names (ASCII letters, digits and å ä ö only). */
const sortKey = (expr: string) => `lower(translate(${expr}, 'ÅÄÖåäö', '{|}{|}'))`;

export interface SeedSummary {
  municipalities: number;
  systems: number;
  auditEvents: number;
  projects: number;
  seconds: number;
}

/** Creates the database, applies Roder's migrations and fills it; `municipalities` includes the target. */
export async function seedScale(url: string, municipalities: number, options: { auditEvents: number; projects: number; log: (line: string) => void }): Promise<SeedSummary> {
  const started = Date.now();
  const database = await openDatabase({ url });
  await ensureCapabilityCatalogue(database.db);
  await createMunicipality(database.db, systemClock, { name: TARGET.name, adminName: 'Bench Admin', adminEmail: TARGET.email, password: TARGET.password, scryptCost: 16 });
  for (let i = 1; i < municipalities; i++) {
    await createMunicipality(database.db, systemClock, {
      name: `Kommun ${String(i).padStart(3, '0')}`, adminName: `Admin ${i}`, adminEmail: `admin${i}@kommun${i}.bench`, password: TARGET.password, scryptCost: 16,
    });
  }
  await database.close();
  options.log(`  ${municipalities} municipalities created (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label: string, statement: string) => {
    const t0 = Date.now();
    const result = await client.query(statement);
    options.log(`  ${label.padEnd(34)} ${String(result.rowCount ?? '').padStart(9)} rows  ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  // Sanity: the SQL sort key is the app's for every generated word.
  for (const word of [...WORDS, ...DEPARTMENTS, ...FIRST, ...LAST, ...VENDORS]) {
    const { rows } = await client.query(`select ${sortKey('$1::text')} as key`, [word]);
    if (rows[0].key !== swedishSortKey(word)) throw new Error(`sort key differs for ${word}: ${rows[0].key} ≠ ${swedishSortKey(word)}`);
  }
  const size = `case when name = '${TARGET.name}' then ${TARGET.systems} else 300 + abs(hashtext(id::text)) % 201 end`;
  await step('departments', `insert into departments (organisation_id, name, name_sort)
    select o.id, d, ${sortKey('d')} from organisations o cross join unnest(${array(DEPARTMENTS)}) d`);
  await client.query(`create unlogged table bench_ord (organisation_id uuid, kind text, ord int, id uuid, primary key (organisation_id, kind, ord))`);
  await client.query(`insert into bench_ord select organisation_id, 'd', row_number() over (partition by organisation_id order by id), id from departments`);
  await step('people', `insert into people (organisation_id, name, name_sort, email, department_id)
    select o.id, f.name, ${sortKey('f.name')}, 'person' || i || '@' || replace(o.id::text, '-', '') || '.bench', d.id
    from organisations o cross join generate_series(1, 150) i
    cross join lateral (select (${array(FIRST)})[1 + i % 20] || ' ' || (${array(LAST)})[1 + (i / 20 + i) % 20] || ' ' || i as name) f
    join bench_ord d on d.organisation_id = o.id and d.kind = 'd' and d.ord = 1 + i % 10`);
  await client.query(`insert into bench_ord select organisation_id, 'p', row_number() over (partition by organisation_id order by id), id from people where email like 'person%'`);
  await client.query('analyze bench_ord');
  await step('suppliers', `insert into suppliers (organisation_id, name, name_sort)
    select o.id, v, ${sortKey('v')} from organisations o cross join generate_series(1, 70) i
    cross join lateral (select (${array(VENDORS)})[1 + i % 15] || ' ' || i as v) x`);
  await client.query(`insert into bench_ord select organisation_id, 's', row_number() over (partition by organisation_id order by id), id from suppliers`);
  await client.query('analyze bench_ord');
  await step('systems', `insert into applications (organisation_id, name, name_sort, supplier_id, kind, description, lifecycle, assessment, yearly_cost,
      owner_id, manager_id, personal_data, class_k, class_r, class_t, versions)
    select o.id, n.name, ${sortKey('n.name')}, s.id, case when i % 5 = 0 then 'application' else 'system' end,
      'System för ' || lower((${array(WORDS)})[1 + (i * 3) % 20]) || ' inom ' || (${array(DEPARTMENTS)})[1 + i % 10] || '.',
      (array['planned','in_use','in_use','in_use','in_use','phasing_out','phased_out'])[1 + i % 7],
      (array['tolerate','invest','migrate','eliminate'])[1 + i % 4],
      case when i % 10 = 0 then null else (i * 7919) % 3000000 end,
      case when i % 9 = 0 then null else p.id end, m.id, i % 3 = 0,
      case when i % 4 = 0 then null else 1 + i % 4 end, 1 + i % 3, 2, '[]'::jsonb
    from (select id, name, ${size} as n from organisations) o
    cross join lateral generate_series(1, o.n) i
    cross join lateral (select (${array(WORDS)})[1 + i % 20] || ' ' || lower((${array(WORDS)})[1 + (i / 20) % 20]) || ' ' || i as name) n
    join bench_ord s on s.organisation_id = o.id and s.kind = 's' and s.ord = 1 + (i * 13) % 70
    join bench_ord p on p.organisation_id = o.id and p.kind = 'p' and p.ord = 1 + (i * 31) % 150
    join bench_ord m on m.organisation_id = o.id and m.kind = 'p' and m.ord = 1 + (i * 17) % 150`);
  await client.query(`insert into bench_ord select organisation_id, 'a', row_number() over (partition by organisation_id order by id), id from applications`);
  await client.query(`create unlogged table bench_count as select organisation_id, count(*)::int as n from applications group by organisation_id`);
  await client.query('analyze bench_ord, bench_count, applications');
  await step('system departments', `insert into application_departments (organisation_id, application_id, department_id)
    select a.organisation_id, a.id, d.id from applications a
    join bench_ord d on d.organisation_id = a.organisation_id and d.kind = 'd'
      and (d.ord = 1 + abs(hashtext(a.id::text)) % 10 or (abs(hashtext(a.id::text || 'd')) % 10 < 3 and d.ord = 1 + abs(hashtext(a.id::text || 'd')) % 10))
    on conflict do nothing`);
  await client.query(`create unlogged table bench_caps as select row_number() over (order by code) as ord, id from capabilities where organisation_id is null and parent_code is not null`);
  await client.query('analyze bench_caps, application_departments');
  await step('system capabilities', `insert into application_capabilities (organisation_id, application_id, capability_id)
    select a.organisation_id, a.id, c.id from applications a
    cross join lateral (values (abs(hashtext(a.id::text || 'c1'))), (case when abs(hashtext(a.id::text || 'c2')) % 2 = 0 then abs(hashtext(a.id::text || 'c3')) end)) h(v)
    join bench_caps c on h.v is not null and c.ord = case when h.v % 20 = 0 then 1 else 1 + h.v % (select count(*) from bench_caps) end
    on conflict do nothing`);
  await step('agreements (contracts)', `insert into agreements (organisation_id, supplier_id, name, kind, end_date, notice_months, registered, reference)
    select a.organisation_id, a.supplier_id, 'Avtal ' || a.name, 'contract', current_date + (abs(hashtext(a.id::text || 'e')) % 1500 - 300),
      (array[3, 6, 9, 12])[1 + abs(hashtext(a.id::text)) % 4], false, a.id::text
    from applications a where abs(hashtext(a.id::text || 'k')) % 10 < 7`);
  await step('system contracts', `insert into application_agreements (organisation_id, application_id, agreement_id, is_primary)
    select g.organisation_id, g.reference::uuid, g.id, true from agreements g where g.reference ~ '^[0-9a-f-]{36}$'`);
  await client.query(`update agreements set reference = '' where reference ~ '^[0-9a-f-]{36}$'`);
  // The stored completeness score, as Roder's writes keep it (the default weights; no parameters).
  await step('quality scores', `update applications set quality_score = ${new PgDialect().sqlToQuery(qualityScoreSql(defaultQualityWeights)).sql}`);
  await step('disruption tests', `insert into disruption_tests (organisation_id, application_id, tested_on, result)
    select a.organisation_id, a.id, date '2025-01-01' + abs(hashtext(a.id::text || 't')) % 700, (array['passed','passed','passed_with_remarks','failed'])[1 + abs(hashtext(a.id::text)) % 4]
    from applications a where a.kind = 'system' and abs(hashtext(a.id::text || 'u')) % 10 < 6`);
  await step('integrations', `insert into integrations (organisation_id, source_id, target_id, description)
    select a.organisation_id, a.id, t.id, 'Överföring' from applications a
    join bench_count c on c.organisation_id = a.organisation_id
    join bench_ord t on t.organisation_id = a.organisation_id and t.kind = 'a' and t.ord = 1 + abs(hashtext(a.id::text || 'i')) % c.n
    where abs(hashtext(a.id::text || 'j')) % 10 < 6 and t.id <> a.id`);
  const perOrg = Math.ceil(options.auditEvents / municipalities);
  await step('audit events', `insert into audit_events (id, organisation_id, seq, occurred_at, actor_person_id, entity_type, entity_id, action, before, after, prev_hash, hash)
    select gen_random_uuid(), o.id, base.seq + i, timestamptz '2024-01-01' + make_interval(mins => i * 60), p.id, 'application', a.id,
      (array['create','update','update','update'])[1 + i % 4], null, jsonb_build_object('name', 'Ändring ' || i), md5((i - 1)::text || o.id::text), md5(i::text || o.id::text)
    from organisations o
    cross join lateral (select coalesce(max(seq), 0) as seq from audit_events e where e.organisation_id = o.id) base
    join bench_count c on c.organisation_id = o.id
    cross join generate_series(1, ${perOrg}) i
    join bench_ord a on a.organisation_id = o.id and a.kind = 'a' and a.ord = 1 + i % c.n
    join bench_ord p on p.organisation_id = o.id and p.kind = 'p' and p.ord = 1 + i % 150`);
  // The chain's head follows the generated events, so the next real write appends after them.
  await client.query(`update audit_heads h set seq = e.seq, hash = e.hash
    from (select distinct on (organisation_id) organisation_id, seq, hash from audit_events order by organisation_id, seq desc) e
    where e.organisation_id = h.organisation_id`);
  const targetProjects = Math.min(600, options.projects);
  const otherProjects = Math.max(0, Math.ceil((options.projects - targetProjects) / Math.max(1, municipalities - 1)));
  await step('projects', `insert into projects (organisation_id, name, name_sort, kind, purpose, status, owner_id, start_date, end_date, yearly_running_cost, health, department_ids)
    select o.id, n.name, ${sortKey('n.name')}, (array['it','development'])[1 + i % 2], 'Syfte ' || i,
      (array['idea','prestudy','approved','in_progress','in_progress','closed','cancelled'])[1 + i % 7], p.id,
      date '2025-01-01' + (i % 500), date '2026-06-01' + (i % 900), (i * 4099) % 400000, (array['green','green','yellow','red'])[1 + i % 4],
      jsonb_build_array(d.id)
    from (select id, name, case when name = '${TARGET.name}' then ${targetProjects} else ${otherProjects} end as n from organisations) o
    cross join lateral generate_series(1, o.n) i
    cross join lateral (select 'Projekt ' || (${array(WORDS)})[1 + i % 20] || ' ' || i as name) n
    join bench_ord p on p.organisation_id = o.id and p.kind = 'p' and p.ord = 1 + (i * 7) % 150
    join bench_ord d on d.organisation_id = o.id and d.kind = 'd' and d.ord = 1 + i % 10`);
  await client.query('drop table bench_ord, bench_count, bench_caps');
  await step('vacuum analyze', 'vacuum analyze');
  const counts = (await client.query(`select (select count(*) from organisations)::int as m, (select count(*) from applications)::int as s,
    (select count(*) from audit_events)::int as e, (select count(*) from projects)::int as p`)).rows[0];
  await client.end();
  return { municipalities: counts.m, systems: counts.s, auditEvents: counts.e, projects: counts.p, seconds: (Date.now() - started) / 1000 };
}
