import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentPlan, RoundDetail } from '../../../shared/itplans.js';
import { systemClock } from '../../platform/clock.js';
import { ApiClient } from '../../testing/client.js';
import { startTestServer, TEST_SCRYPT_COST, type TestServer } from '../../testing/server.js';
import { auditEvents } from '../audit/schema.js';
import { organisations, people } from '../organisation/schema.js';
import { demoMunicipalityName } from './content.js';
import { DEMO_DOMAIN, seedDemo } from './seed.js';

/**
 * The demo's IT plans as a person finds them after the demo starts (issue 14): last year's round
 * with every plan submitted, this year's revised from it with the deadline ahead, most plans in,
 * one started and one not; each plan written by its own head of department, in the audit trail.
 */
const PASSWORD = 'demo-lösen-for-itplans';
let server: TestServer;
let chef: ApiClient;

beforeAll(async () => {
  server = await startTestServer({});
  await seedDemo(server.database.db, systemClock, { password: PASSWORD, scryptCost: TEST_SCRYPT_COST });
  chef = new ApiClient(server.url);
  await chef.login(`itchef@${DEMO_DOMAIN}`, PASSWORD);
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describe('the demo IT plans', () => {
  it('hold last year’s round, all submitted, and this year’s revised from it, mostly submitted, with the deadline ahead', async () => {
    const year = Number(systemClock.today().slice(0, 4));
    const list = (await chef.get('/api/v1/plan-rounds')).body as { items: RoundDetail[] };
    expect(list.items.map((r) => r.title)).toEqual([`IT-plan ${year + 1}–${year + 3}`, `IT-plan ${year}–${year + 2}`]);
    const [current, previous] = await Promise.all(list.items.map(async (r) => (await chef.get(`/api/v1/plan-rounds/${r.id}`)).body as RoundDetail));
    expect(previous!.progress.every((p) => p.status === 'submitted')).toBe(true);
    expect(previous).toMatchObject({ status: 'decided', decidedVersion: 1, decision: { decidingBody: 'Kommunstyrelsen', paragraph: '§ 64' } });
    expect(current!.previousRound?.id).toBe(previous!.id);
    expect(current!.deadline > systemClock.today()).toBe(true);
    expect(current!.budgetFrames).toHaveLength(3);
    const statuses = current!.progress.map((p) => p.status);
    expect(statuses.filter((s) => s === 'submitted')).toHaveLength(6);
    expect(statuses.filter((s) => s === 'started')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'not_started')).toHaveLength(1);

    // A submitted plan: revised needs with goals, systems, costs in the period and a valued benefit.
    const soc = current!.progress.find((p) => p.department.name === 'Socialförvaltningen')!;
    const plan = (await chef.get(`/api/v1/department-plans/${soc.planId}`)).body as DepartmentPlan;
    expect(plan.needs.map((n) => n.title)).toEqual(expect.arrayContaining(['E-tjänst för ansökan om ekonomiskt bistånd', 'Elektronisk underskrift av genomförandeplaner och avtal med utförare']));
    for (const need of plan.needs) {
      expect(need.initiativeId, need.title).not.toBeNull();
      expect(need.goals.length, need.title).toBeGreaterThan(0);
      expect(need.systems.length, need.title).toBeGreaterThan(0);
      for (const c of need.costs) expect(c.year >= current!.firstYear && c.year <= current!.lastYear, need.title).toBe(true);
    }
    const bistand = plan.needs.find((n) => n.title.startsWith('E-tjänst för ansökan om ekonomiskt'))!;
    expect(bistand.revisedFromId).not.toBeNull();
    expect(bistand.valuation).not.toBeNull();
    expect(plan.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['added', 'changed']));
  });

  it('are written in the audit trail by each department’s own head', async () => {
    const [org] = await server.database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, demoMunicipalityName));
    const orgId = org!.id;
    const [eva] = await server.database.db.select({ id: people.id }).from(people).where(and(eq(people.organisationId, orgId), eq(people.email, `socchef@${DEMO_DOMAIN}`)));
    const events = await server.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, orgId), eq(auditEvents.entityType, 'department_plan'), eq(auditEvents.actorPersonId, eva!.id)));
    expect(events.filter((e) => e.action === 'submit')).toHaveLength(2);
  });
});
