import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db.js';
import { createTestMunicipality, type Municipality, systemInput } from '../../testing/fixtures.js';
import { getPlan, ifMatch, needInput, openRoundWithNeeds } from '../../testing/itplans.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const roundBody = (overrides: Record<string, unknown> = {}) => ({ title: 'IT-plan 2027–2029', firstYear: 2027, lastYear: 2029, budgetYear: 2027, deadline: '2027-03-31', ...overrides });

async function openBlank(m: Municipality, overrides: Record<string, unknown> = {}) {
  const res = await (await m.as('it_chef')).post('/api/v1/plan-rounds', roundBody(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const planIdOf = (round: { progress: { planId: string; department: { id: string } }[] }, departmentId: string) => round.progress.find((p) => p.department.id === departmentId)!.planId;

async function auditTypes(m: Municipality) {
  const rows = await queryRows<{ entity_type: string; action: string }>(server.database.db, sql`select entity_type, action from audit_events where organisation_id = ${m.id} order by seq`);
  return rows.map((e) => `${e.entity_type}:${e.action}`);
}

describe('planning rounds', () => {
  it('opens a round for every live department, each plan not started, and shows the progress', async () => {
    const m = await createTestMunicipality(server);
    const round = await openBlank(m);
    expect(round).toMatchObject({ title: 'IT-plan 2027–2029', status: 'open', departments: 2, submitted: 0, openedBy: 'Ivar IT-chef', previousRound: null, allowedManage: true });
    expect(round.progress.map((p: { department: { name: string }; status: string; needs: number }) => [p.department.name, p.status, p.needs])).toEqual([
      ['Barn- och utbildningsförvaltningen', 'not_started', 0],
      ['Socialförvaltningen', 'not_started', 0],
    ]);
    const head = await m.as('forvaltningschef');
    const seen = (await head.get(`/api/v1/plan-rounds/${round.id}`)).body;
    expect(seen.allowedManage).toBe(false);
    expect(seen.progress.filter((p: { mine: boolean }) => p.mine).map((p: { department: { id: string } }) => p.department.id)).toEqual([m.departments.a]);
    const list = (await head.get('/api/v1/plan-rounds')).body;
    expect(list).toMatchObject({ allowedOpen: false, items: [{ id: round.id, departments: 2, submitted: 0 }] });
  });

  it('names the field of a bad period, an unknown department or an unknown previous round', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const fields = async (body: Record<string, unknown>) => {
      const res = await chef.post('/api/v1/plan-rounds', roundBody(body));
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      return res.body.errors.map((e: { field: string }) => e.field);
    };
    expect(await fields({ lastYear: 2026 })).toEqual(['lastYear']);
    expect(await fields({ lastYear: 2037 })).toEqual(['lastYear']);
    expect(await fields({ deadline: '2027-02-30' })).toEqual(['deadline']);
    expect(await fields({ departmentIds: [m.departments.a, randomUUID()] })).toEqual(['departmentIds.1']);
    expect(await fields({ previousRoundId: randomUUID() })).toEqual(['previousRoundId']);
    expect(await fields({ budgetFrames: [{ year: 2030, amount: 1 }] })).toEqual(['budgetFrames.0.year']);
    expect(await fields({ weights: { goals: 0, benefit: 0, cost: 0 } })).toEqual(['weights.goals']);
    expect((await (await m.as('forvaltningschef')).post('/api/v1/plan-rounds', roundBody())).status).toBe(403);
  });

  it('changes an open round under If-Match: 428 without, 412 when stale', async () => {
    const m = await createTestMunicipality(server);
    const round = await openBlank(m, { departmentIds: [m.departments.a] });
    const chef = await m.as('it_chef');
    const body = roundBody({ title: 'IT-plan 2027–2030', lastYear: 2030 });
    expect((await chef.put(`/api/v1/plan-rounds/${round.id}`, body)).status).toBe(428);
    const changed = await chef.put(`/api/v1/plan-rounds/${round.id}`, body, ifMatch(round.rowVersion));
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ title: 'IT-plan 2027–2030', lastYear: 2030, departments: 1 });
    expect((await chef.put(`/api/v1/plan-rounds/${round.id}`, roundBody(), ifMatch(round.rowVersion))).status).toBe(412);
    expect((await (await m.as('lasare')).put(`/api/v1/plan-rounds/${round.id}`, body, ifMatch(changed.body.rowVersion))).status).toBe(403);
  });
});

describe('department plans', () => {
  it('lets a head of department write the own plan, refuses another department’s (403) and a reader (403)', async () => {
    const m = await createTestMunicipality(server);
    const round = await openBlank(m);
    const head = await m.as('forvaltningschef');
    const own = planIdOf(round, m.departments.a);
    const other = planIdOf(round, m.departments.b);
    const added = await head.post(`/api/v1/department-plans/${own}/needs`, needInput());
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ title: 'E-arkiv för verksamhetens akter', department: { id: m.departments.a, name: 'Socialförvaltningen' }, initiativeId: null, valuation: null });
    expect((await head.post(`/api/v1/department-plans/${other}/needs`, needInput())).status).toBe(403);
    const reader = await m.as('lasare');
    expect((await reader.post(`/api/v1/department-plans/${own}/needs`, needInput())).status).toBe(403);
    const read = await getPlan(reader, own);
    expect(read).toMatchObject({ status: 'started', allowedEdit: false, allowedReopen: false, totals: [{ year: 2027, investment: 400_000, running: 0 }, { year: 2028, investment: 0, running: 80_000 }] });
    expect((await getPlan(head, own)).allowedEdit).toBe(true);
    expect((await getPlan(head, other)).allowedEdit).toBe(false);
    const progress = (await reader.get(`/api/v1/plan-rounds/${round.id}`)).body.progress;
    expect(progress.find((p: { planId: string }) => p.planId === own)).toMatchObject({ status: 'started', needs: 1 });
  });

  it('joins goals, capabilities, systems and project by name, values the benefit, and names every bad field', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const system = (await admin.post('/api/v1/applications', systemInput({ name: 'Lifecare' }))).body;
    const types = (await admin.get('/api/v1/document-types')).body.items;
    const document = (await admin.post('/api/v1/documents', { title: 'Digitaliseringsstrategi', typeId: types.find((t: { key: string }) => t.key === 'strategi').id, body: 'Text', items: [{ kind: 'goal', title: 'Fler e-tjänster' }] })).body;
    const goalId = document.items[0].id;
    const capability = (await admin.get('/api/v1/capabilities')).body.items[0];
    const project = (await admin.post('/api/v1/projects', { name: 'E-arkivprojektet' })).body;
    const round = await openBlank(m);
    const plan = planIdOf(round, m.departments.a);
    const head = await m.as('forvaltningschef');
    const input = needInput({
      goalIds: [goalId],
      capabilityIds: [capability.id],
      applicationIds: [system.id],
      projectId: project.id,
      benefit: { horizonYears: 5, benefits: [{ kind: 'direct', description: 'Mindre papper', yearlyAmount: 200_000, firstYear: 2028, confidence: 'high' }] },
    });
    const res = await head.post(`/api/v1/department-plans/${plan}/needs`, input);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      goals: [{ id: goalId, name: 'Fler e-tjänster' }],
      capabilities: [{ id: capability.id }],
      systems: [{ id: system.id, name: 'Lifecare' }],
      project: { id: project.id, name: 'E-arkivprojektet' },
    });
    expect(res.body.valuation.years[0].year).toBe(2027);
    expect(res.body.valuation.peng.directBenefit).toBeGreaterThan(0);

    const bad = await head.post(
      `/api/v1/department-plans/${plan}/needs`,
      needInput({ goalIds: [system.id], capabilityIds: [randomUUID()], applicationIds: [randomUUID()], projectId: randomUUID(), costs: [{ year: 2026, investment: 1, running: 0 }, { year: 2027, investment: 1, running: 0 }, { year: 2027, investment: 2, running: 0 }] }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['applicationIds.0', 'capabilityIds.0', 'costs.0.year', 'costs.2.year', 'goalIds.0', 'projectId']);
    const hostile = await head.post(`/api/v1/department-plans/${plan}/needs`, { ...needInput(), title: 'a\u0000b', priority: 7 });
    expect(hostile.status).toBe(400);
    expect(hostile.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['priority', 'title']);
  });

  it('changes and removes a need under If-Match', async () => {
    const m = await createTestMunicipality(server);
    const { plans, needs } = await openRoundWithNeeds(m, { submit: false });
    const head = await m.as('forvaltningschef');
    const need = needs.a[0]!;
    const body = needInput({ title: 'E-arkiv för hela förvaltningen' });
    expect((await head.put(`/api/v1/plan-needs/${need.id}`, body)).status).toBe(428);
    const changed = await head.put(`/api/v1/plan-needs/${need.id}`, body, ifMatch(need.rowVersion));
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.title).toBe('E-arkiv för hela förvaltningen');
    expect((await head.put(`/api/v1/plan-needs/${need.id}`, needInput(), ifMatch(need.rowVersion))).status).toBe(412);
    expect((await head.delete(`/api/v1/plan-needs/${need.id}`, ifMatch(need.rowVersion))).status).toBe(412);
    expect((await head.delete(`/api/v1/plan-needs/${need.id}`, ifMatch(changed.body.rowVersion))).status).toBe(204);
    expect((await head.get(`/api/v1/department-plans/${plans.a.id}`)).body.needs.map((n: { id: string }) => n.id)).not.toContain(need.id);
    expect((await head.put(`/api/v1/plan-needs/${need.id}`, body, ifMatch(changed.body.rowVersion + 1))).status).toBe(404);
    const types = await auditTypes(m);
    expect(types).toEqual(expect.arrayContaining(['plan_round:create', 'department_plan:create', 'department_plan:update', 'plan_need:create', 'plan_need:update', 'plan_need:archive']));
  });

  it('submits a plan: every need gets its initiative, the plan is locked (409) until the strategist reopens it', async () => {
    const m = await createTestMunicipality(server);
    const { round, plans } = await openRoundWithNeeds(m);
    expect(round).toMatchObject({ submitted: 2 });
    expect(plans.a).toMatchObject({ status: 'submitted', submittedBy: 'Frida Förvaltningschef', allowedEdit: false });
    expect(plans.a.needs.every((n) => n.initiativeId)).toBe(true);
    expect(new Set([...plans.a.needs, ...plans.b.needs].map((n) => n.initiativeId)).size).toBe(4);
    const head = await m.as('forvaltningschef');
    const refused = await head.post(`/api/v1/department-plans/${plans.a.id}/needs`, needInput());
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('plan_submitted');
    expect((await head.post(`/api/v1/department-plans/${plans.a.id}/submit`, {}, ifMatch(plans.a.rowVersion))).status).toBe(409);
    expect((await head.post(`/api/v1/department-plans/${plans.a.id}/reopen`, {}, ifMatch(plans.a.rowVersion))).status).toBe(403);

    const chef = await m.as('it_chef');
    expect((await getPlan(chef, plans.a.id)).allowedReopen).toBe(true);
    expect((await chef.post(`/api/v1/department-plans/${plans.a.id}/reopen`, {}, ifMatch(plans.a.rowVersion - 1))).status).toBe(412);
    const reopened = await chef.post(`/api/v1/department-plans/${plans.a.id}/reopen`, {}, ifMatch(plans.a.rowVersion));
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'started', submittedAt: null });
    expect((await chef.post(`/api/v1/department-plans/${plans.a.id}/reopen`, {}, ifMatch(reopened.body.rowVersion))).body.code).toBe('plan_not_submitted');
    expect(await auditTypes(m)).toEqual(expect.arrayContaining(['plan_initiative:create', 'department_plan:submit', 'department_plan:reopen']));
    // The reopen's "before" holds the submission's time: the audit chain still verifies over it.
    expect((await (await m.as('admin')).get('/api/v1/audit/verification')).body).toMatchObject({ ok: true, firstBroken: null });
  });

  it('resubmits: a changed need refreshes its initiative, a new need gets one, a removed need’s initiative is archived', async () => {
    const m = await createTestMunicipality(server);
    const { plans } = await openRoundWithNeeds(m);
    const chef = await m.as('it_chef');
    const head = await m.as('forvaltningschef');
    await chef.post(`/api/v1/department-plans/${plans.a.id}/reopen`, {}, ifMatch(plans.a.rowVersion));
    const [first, second] = plans.a.needs;
    const changed = await head.put(`/api/v1/plan-needs/${first!.id}`, needInput({ title: 'E-arkiv, utökat' }), ifMatch(first!.rowVersion));
    expect(changed.status).toBe(200);
    expect((await head.delete(`/api/v1/plan-needs/${second!.id}`, ifMatch(second!.rowVersion))).status).toBe(204);
    expect((await head.post(`/api/v1/department-plans/${plans.a.id}/needs`, needInput({ title: 'Ny digital tjänst' }))).status).toBe(201);
    const plan = await getPlan(head, plans.a.id);
    const resubmitted = await head.post(`/api/v1/department-plans/${plans.a.id}/submit`, {}, ifMatch(plan.rowVersion));
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    const needs = resubmitted.body.needs as { title: string; initiativeId: string }[];
    expect(needs.find((n) => n.title === 'E-arkiv, utökat')!.initiativeId).toBe(first!.initiativeId);
    expect(needs.find((n) => n.title === 'Ny digital tjänst')!.initiativeId).toBeTruthy();
    const types = await auditTypes(m);
    expect(types).toEqual(expect.arrayContaining(['plan_initiative:update', 'plan_initiative:archive']));
  });

  it('hides another municipality’s rounds, plans and needs (404)', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const { round, plans, needs } = await openRoundWithNeeds(m, { submit: false });
    const stranger = await other.as('admin');
    expect((await stranger.get(`/api/v1/plan-rounds/${round.id}`)).status).toBe(404);
    expect((await stranger.put(`/api/v1/plan-rounds/${round.id}`, roundBody(), ifMatch(round.rowVersion))).status).toBe(404);
    expect((await stranger.get(`/api/v1/department-plans/${plans.a.id}`)).status).toBe(404);
    expect((await stranger.post(`/api/v1/department-plans/${plans.a.id}/needs`, needInput())).status).toBe(404);
    expect((await stranger.post(`/api/v1/department-plans/${plans.a.id}/submit`, {}, ifMatch(plans.a.rowVersion))).status).toBe(404);
    expect((await stranger.put(`/api/v1/plan-needs/${needs.a[0]!.id}`, needInput(), ifMatch(needs.a[0]!.rowVersion))).status).toBe(404);
    expect((await stranger.delete(`/api/v1/plan-needs/${needs.a[0]!.id}`, ifMatch(needs.a[0]!.rowVersion))).status).toBe(404);
    expect((await stranger.get('/api/v1/plan-rounds')).body.items).toEqual([]);
    const theirs = (await stranger.post('/api/v1/plan-rounds', { ...roundBody(), previousRoundId: round.id })).body;
    expect(theirs.errors.map((e: { field: string }) => e.field)).toEqual(['previousRoundId']);
    expect((await stranger.post('/api/v1/plan-rounds', { ...roundBody(), departmentIds: [m.departments.a] })).body.errors[0].field).toBe('departmentIds.0');
  });
});
