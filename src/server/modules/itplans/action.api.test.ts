import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db.js';
import { startAcquisitionTestServer } from '../../testing/acquisitions.js';
import { createTestMunicipality, type Municipality } from '../../testing/fixtures.js';
import { getPlan, ifMatch, needInput, openRoundWithNeeds } from '../../testing/itplans.js';
import type { TestServer } from '../../testing/server.js';

let server: TestServer;
let caps: Record<string, string>;
beforeAll(async () => {
  ({ server, caps } = await startAcquisitionTestServer());
});
afterAll(async () => server?.close());

async function auditTypes(m: Municipality) {
  const rows = await queryRows<{ entity_type: string; action: string }>(server.database.db, sql`select entity_type, action from audit_events where organisation_id = ${m.id} order by seq`);
  return rows.map((e) => `${e.entity_type}:${e.action}`);
}

/** A round with department a's e-archive need carrying goals-free costs and a benefit, submitted: its initiative. */
async function submittedInitiative(m: Municipality, overrides: Parameters<typeof needInput>[0] = {}) {
  const planned = await openRoundWithNeeds(m, {
    needs: {
      a: [
        needInput({
          title: 'E-arkiv för socialtjänstens akter',
          description: 'Socialtjänstens avslutade akter ska arkiveras digitalt.',
          benefit: { benefits: [{ kind: 'direct', description: 'Mindre pappersarkiv', yearlyAmount: 120_000, firstYear: 2028, confidence: 'medium' }], horizonYears: 6 },
          ...overrides,
        }),
      ],
      b: [],
    },
  });
  const need = planned.needs.a[0]!;
  return { planned, need, initiativeId: need.initiativeId! };
}

describe('an initiative into action', () => {
  it('starts a portfolio project from an initiative, pre-filled, and links the initiative and its needs back', async () => {
    const m = await createTestMunicipality(server);
    const { planned, initiativeId } = await submittedInitiative(m);
    const chef = await m.as('it_chef');
    const before = (await chef.get(`/api/v1/plan-initiatives/${initiativeId}/action`)).body;
    expect(before).toMatchObject({ initiativeId, title: 'E-arkiv för socialtjänstens akter', project: null, acquisition: null, allowedProject: true, allowedAcquisition: true });
    expect(before.needs).toEqual([{ id: planned.needs.a[0]!.id, title: 'E-arkiv för socialtjänstens akter', department: { id: m.departments.a, name: 'Socialförvaltningen' } }]);

    const res = await chef.post(`/api/v1/plan-initiatives/${initiativeId}/project`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ project: { name: 'E-arkiv för socialtjänstens akter', status: 'idea' }, acquisition: null, allowedProject: false, allowedAcquisition: false });

    const project = (await chef.get(`/api/v1/projects/${res.body.project.id}`)).body;
    expect(project).toMatchObject({
      name: 'E-arkiv för socialtjänstens akter',
      purpose: 'Socialtjänstens avslutade akter ska arkiveras digitalt.',
      status: 'idea',
      investments: [{ year: 2027, amount: 400_000 }],
      yearlyRunningCost: 80_000,
      runningFromYear: 2028,
      horizonYears: 6,
    });
    expect(project.benefits).toHaveLength(1);

    const plan = await getPlan(chef, planned.plans.a.id);
    expect(plan.needs[0]!.project).toEqual({ id: res.body.project.id, name: 'E-arkiv för socialtjänstens akter' });
    expect(await auditTypes(m)).toEqual(expect.arrayContaining(['project:create', 'plan_initiative:update', 'plan_need:update']));

    // Once in action it stays so: neither a second project nor an acquisition.
    const again = await chef.post(`/api/v1/plan-initiatives/${initiativeId}/project`, {});
    expect(again.status).toBe(409);
    expect(again.body.detail ?? again.body.title).toMatch(/redan blivit ett projekt/);
    const acquisition = await chef.post(`/api/v1/plan-initiatives/${initiativeId}/acquisition`, { capabilityIds: [caps['ADM.DOKUMENT']!] });
    expect(acquisition.status).toBe(409);
  });

  it('starts an acquisition on the route from an initiative, asking for a capability when the initiative has none', async () => {
    const m = await createTestMunicipality(server);
    const { planned, initiativeId } = await submittedInitiative(m);
    const chef = await m.as('it_chef');
    const missing = await chef.post(`/api/v1/plan-initiatives/${initiativeId}/acquisition`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ field: 'capabilityIds', message: expect.stringContaining('verksamhetsförmåga') }]);
    const foreignCap = await chef.post(`/api/v1/plan-initiatives/${initiativeId}/acquisition`, { capabilityIds: [randomUUID()] });
    expect(foreignCap.status).toBe(400);

    const res = await chef.post(`/api/v1/plan-initiatives/${initiativeId}/acquisition`, { capabilityIds: [caps['ADM.DOKUMENT']!] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ project: null, acquisition: { name: 'E-arkiv för socialtjänstens akter', step: 'internal' } });
    const acquisition = (await chef.get(`/api/v1/acquisitions/${res.body.acquisition.id}`)).body;
    expect(acquisition).toMatchObject({ title: 'E-arkiv för socialtjänstens akter', departmentName: 'Socialförvaltningen', estimatedValue: 400_000 + 80_000 });
    const plan = await getPlan(chef, planned.plans.a.id);
    expect(plan.needs[0]!.acquisition).toEqual({ id: res.body.acquisition.id, name: 'E-arkiv för socialtjänstens akter' });
  });

  it('carries the initiative’s own capabilities to the route when it has some', async () => {
    const m = await createTestMunicipality(server);
    const { initiativeId } = await submittedInitiative(m, { capabilityIds: [caps['ADM.DOKUMENT']!] });
    const res = await (await m.as('it_chef')).post(`/api/v1/plan-initiatives/${initiativeId}/acquisition`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it('lets only the strategist put an initiative into action; readers see what it became; other ids are 404', async () => {
    const m = await createTestMunicipality(server);
    const { initiativeId } = await submittedInitiative(m);
    for (const role of ['forvaltningschef', 'lasare', 'systemagare'] as const) {
      const client = await m.as(role);
      expect((await client.post(`/api/v1/plan-initiatives/${initiativeId}/project`, {})).status).toBe(403);
      const seen = await client.get(`/api/v1/plan-initiatives/${initiativeId}/action`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ allowedProject: false, allowedAcquisition: false });
    }
    const chef = await m.as('it_chef');
    expect((await chef.get(`/api/v1/plan-initiatives/${randomUUID()}/action`)).status).toBe(404);
    expect((await chef.post(`/api/v1/plan-initiatives/${randomUUID()}/project`, {})).status).toBe(404);
    expect((await chef.post('/api/v1/plan-initiatives/not-an-id/project', {})).status).toBe(400);
    expect((await chef.post(`/api/v1/plan-initiatives/${initiativeId}/acquisition`, { capabilityIds: 'x' })).status).toBe(400);
    const other = await createTestMunicipality(server, 'Grannkommun');
    expect((await (await other.as('it_chef')).post(`/api/v1/plan-initiatives/${initiativeId}/project`, {})).status).toBe(404);
    expect((await (await other.as('it_chef')).get(`/api/v1/plan-initiatives/${initiativeId}/action`)).status).toBe(404);
  });
});

describe("the plan's follow-up", () => {
  it('shows on the municipal plan what each initiative became, live, while a decided version stays as decided', async () => {
    const m = await createTestMunicipality(server);
    const planned = await openRoundWithNeeds(m, {
      needs: {
        a: [needInput({ title: 'E-arkiv för socialtjänstens akter' }), needInput({ title: 'Digital signering av beslut' })],
        b: [needInput({ title: 'Bokningssystem för lokaler' })],
      },
    });
    const chef = await m.as('it_chef');
    const initiativeOf = (title: string) => [...planned.needs.a, ...planned.needs.b].find((n) => n.title === title)!.initiativeId!;
    const [archive, signing, booking] = ['E-arkiv för socialtjänstens akter', 'Digital signering av beslut', 'Bokningssystem för lokaler'].map(initiativeOf);
    const project = (await chef.post(`/api/v1/plan-initiatives/${archive}/project`, {})).body.project;
    const acquisition = (await chef.post(`/api/v1/plan-initiatives/${signing}/acquisition`, { capabilityIds: [caps['ADM.DOKUMENT']!] })).body.acquisition;

    const reader = await m.as('lasare');
    const res = await reader.get(`/api/v1/plan-rounds/${planned.round.id}/municipal-plan`);
    expect(res.status).toBe(200);
    const byId = new Map<string, { project: unknown; acquisition: unknown }>(res.body.initiatives.map((i: { id: string }) => [i.id, i]));
    expect(byId.get(archive)).toMatchObject({ project: { id: project.id, name: 'E-arkiv för socialtjänstens akter', status: 'idea' }, acquisition: null });
    expect(byId.get(signing)).toMatchObject({ project: null, acquisition: { id: acquisition.id, title: 'Digital signering av beslut', step: 'internal', outcome: null } });
    expect(byId.get(booking)).toMatchObject({ project: null, acquisition: null });

    // The decided version is the plan as decided: no follow-up in it.
    const decided = await chef.post(`/api/v1/plan-rounds/${planned.round.id}/decision`, { decidingBody: 'Kommunstyrelsen', decidedOn: '2026-11-30' }, ifMatch(res.body.rowVersion));
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    const version = (await reader.get(`/api/v1/plan-rounds/${planned.round.id}/versions/1`)).body;
    expect(version.plan.initiatives).toHaveLength(3);
    for (const i of version.plan.initiatives) expect(Object.keys(i)).not.toEqual(expect.arrayContaining(['project']));
    // The live plan goes on following up after the decision.
    const after = (await reader.get(`/api/v1/plan-rounds/${planned.round.id}/municipal-plan`)).body;
    expect(after.initiatives.find((i: { id: string }) => i.id === archive).project.id).toBe(project.id);
  });
});
