import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EserviceInputDraft } from '../../../shared/eservices.js';
import { createTestMunicipality, type Municipality } from '../../testing/fixtures.js';
import { getPlan, ifMatch, openRoundWithNeeds } from '../../testing/itplans.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const candidate = (overrides: Partial<EserviceInputDraft> = {}): EserviceInputDraft => ({
  name: 'Ansökan om färdtjänst',
  description: 'Söka färdtjänst digitalt med e-legitimation.',
  step: 1,
  yearlyVolume: 800,
  digitalShare: 0,
  candidate: true,
  digitisation: { minutesSavedPerCase: 30, hourlyCost: 450, otherYearlyBenefit: 20_000, buildCost: 300_000, yearlyRunningCost: 40_000, firstYear: 2027, horizonYears: 5 },
  ...overrides,
});

async function add(m: Municipality, input: EserviceInputDraft) {
  const res = await (await m.as('it_chef')).post('/api/v1/eservices', input);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; rowVersion: number };
}

describe('an e-service candidate into action', () => {
  it('starts a project from a candidate with its digitisation costs and benefits, and links back', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const service = await add(m, candidate());
    const res = await chef.post(`/api/v1/eservices/${service.id}/project`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.project).toEqual({ id: expect.any(String), name: 'Ansökan om färdtjänst' });
    expect(res.body.planNeed).toBeNull();
    expect(res.headers.get('etag')).toBe(`"${res.body.rowVersion}"`);
    const project = (await chef.get(`/api/v1/projects/${res.body.project.id}`)).body;
    expect(project).toMatchObject({ name: 'Ansökan om färdtjänst', status: 'idea', investments: [{ year: 2027, amount: 300_000 }], yearlyRunningCost: 40_000, runningFromYear: 2028, horizonYears: 5 });
    expect(project.benefits.map((b: { kind: string; hoursPerYear: number | null }) => [b.kind, b.hoursPerYear])).toEqual([['indirect', 400], ['direct', null]]);

    const again = await chef.post(`/api/v1/eservices/${service.id}/project`, {});
    expect(again.status).toBe(409);
    expect(again.body.detail ?? again.body.title).toMatch(/redan blivit/);
    // The register's own edits keep the link.
    const read = (await chef.get(`/api/v1/eservices/${service.id}`)).body;
    expect(read.project.id).toBe(res.body.project.id);
    // The ladder's best candidates say it has started.
    const ladder = (await chef.get('/api/v1/eservices/ladder')).body;
    expect(ladder.bestCandidates.find((c: { id: string }) => c.id === service.id)).toMatchObject({ started: true });
  });

  it('refuses a service in use (not a candidate), and 404 for unknown or foreign ids', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const inUse = await add(m, candidate({ candidate: false, step: 3 }));
    const res = await chef.post(`/api/v1/eservices/${inUse.id}/project`, {});
    expect(res.status).toBe(409);
    expect(res.body.detail ?? res.body.title).toMatch(/Bara en kandidat/);
    expect((await chef.post(`/api/v1/eservices/${randomUUID()}/project`, {})).status).toBe(404);
    expect((await chef.post('/api/v1/eservices/x/project', {})).status).toBe(400);
    const other = await createTestMunicipality(server, 'Grannkommun');
    expect((await (await other.as('it_chef')).post(`/api/v1/eservices/${inUse.id}/project`, {})).status).toBe(404);
    expect((await (await m.as('lasare')).post(`/api/v1/eservices/${inUse.id}/project`, {})).status).toBe(403);
  });

  it('lists the open plans and adds a candidate as a need to one, with costs inside the period and the valuation', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const planned = await openRoundWithNeeds(m, { submit: false });
    const open = (await chef.get('/api/v1/eservices/open-plans')).body;
    expect(open.items.map((p: { department: { name: string }; allowedWrite: boolean }) => [p.department.name, p.allowedWrite])).toEqual([
      ['Barn- och utbildningsförvaltningen', true],
      ['Socialförvaltningen', true],
    ]);
    const head = await m.as('forvaltningschef');
    const seen = (await head.get('/api/v1/eservices/open-plans')).body;
    expect(seen.items.filter((p: { allowedWrite: boolean }) => p.allowedWrite).map((p: { department: { id: string } }) => p.department.id)).toEqual([m.departments.a]);

    const service = await add(m, candidate({ digitisation: { minutesSavedPerCase: 30, hourlyCost: 450, otherYearlyBenefit: 0, buildCost: 300_000, yearlyRunningCost: 40_000, firstYear: 2026, horizonYears: 5 } }));
    const res = await chef.post(`/api/v1/eservices/${service.id}/plan-need`, { departmentPlanId: planned.plans.a.id });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.planNeed).toMatchObject({ title: 'Ansökan om färdtjänst', departmentPlanId: planned.plans.a.id, department: { id: m.departments.a, name: 'Socialförvaltningen' } });
    const plan = await getPlan(chef, planned.plans.a.id);
    const need = plan.needs.find((n) => n.title === 'Ansökan om färdtjänst')!;
    expect(need.costs).toEqual([
      { year: 2027, investment: 300_000, running: 0 },
      { year: 2028, investment: 0, running: 40_000 },
      { year: 2029, investment: 0, running: 40_000 },
    ]);
    expect(need.valuation).not.toBeNull();
    expect((await chef.post(`/api/v1/eservices/${service.id}/plan-need`, { departmentPlanId: planned.plans.b.id })).status).toBe(409);
  });

  it('adds to a plan only where the writer may write and while it is open', async () => {
    const m = await createTestMunicipality(server);
    const planned = await openRoundWithNeeds(m, { submit: false });
    const service = await add(m, candidate());
    const head = await m.as('forvaltningschef');
    // The head of department a may not write department b's plan.
    const foreignDepartment = await head.post(`/api/v1/eservices/${service.id}/plan-need`, { departmentPlanId: planned.plans.b.id });
    expect([403]).toContain(foreignDepartment.status);
    const admin = await m.as('admin');
    const submitted = await admin.post(`/api/v1/department-plans/${planned.plans.b.id}/submit`, {}, ifMatch(planned.plans.b.rowVersion));
    expect(submitted.status).toBe(200);
    const closed = await admin.post(`/api/v1/eservices/${service.id}/plan-need`, { departmentPlanId: planned.plans.b.id });
    expect(closed.status).toBe(409);
    expect((await admin.post(`/api/v1/eservices/${service.id}/plan-need`, { departmentPlanId: randomUUID() })).body.errors).toEqual([{ field: 'departmentPlanId', message: 'Finns inte i kommunen.' }]);
    expect((await admin.post(`/api/v1/eservices/${service.id}/plan-need`, {})).status).toBe(400);
    // Nothing was linked by the refusals.
    expect((await admin.get(`/api/v1/eservices/${service.id}`)).body).toMatchObject({ project: null, planNeed: null });
  });
});
