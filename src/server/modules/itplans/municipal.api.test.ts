import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveMunicipalPlan, MunicipalPlan } from '../../../shared/municipal-plan.js';
import { queryRows } from '../../platform/db.js';
import { createTestMunicipality } from '../../testing/fixtures.js';
import { getPlan, ifMatch, needInput, openRoundWithNeeds } from '../../testing/itplans.js';
import { readPdf } from '../../testing/pdf-text.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const decision = { decidingBody: 'Kommunstyrelsen', decidedOn: '2026-11-30', diarienummer: 'KS 2027/0412', paragraph: '§ 123' };

describe('the municipal IT plan', () => {
  it('ranks every initiative by the round’s weights, explains the parts, and sums each year against the frame', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const types = (await admin.get('/api/v1/document-types')).body.items;
    const strategy = (await admin.post('/api/v1/documents', { title: 'Digitaliseringsstrategi', typeId: types.find((t: { key: string }) => t.key === 'strategi').id, body: 'Text', items: [{ kind: 'goal', title: 'Fler e-tjänster' }, { kind: 'goal', title: 'Effektivare arkiv' }] })).body;
    const [g1, g2] = strategy.items.map((i: { id: string }) => i.id);
    const benefit = { horizonYears: 5, benefits: [{ kind: 'direct' as const, description: 'Mindre papper', yearlyAmount: 300_000, firstYear: 2028, confidence: 'high' as const }] };
    const { round, needs } = await openRoundWithNeeds(m, {
      round: { budgetFrames: [{ year: 2027, amount: 500_000 }, { year: 2028, amount: 1_000_000 }], weights: { goals: 50, benefit: 30, cost: 20 } },
      needs: {
        a: [needInput({ title: 'E-arkiv', goalIds: [g1, g2], benefit }), needInput({ title: 'Mobil hemtjänst', costs: [{ year: 2028, investment: 250_000, running: 60_000 }] })],
        b: [needInput({ title: 'Lärplattform', goalIds: [g1], costs: [{ year: 2027, investment: 150_000, running: 300_000 }] })],
      },
    });
    const reader = await m.as('lasare');
    const res = await reader.get(`/api/v1/plan-rounds/${round.id}/municipal-plan`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const plan = res.body as MunicipalPlan;
    expect(plan.allowedManage).toBe(false);
    expect(plan.initiatives.map((i) => [i.rank, i.title])).toEqual([
      [1, 'E-arkiv'],
      [2, 'Lärplattform'],
      [3, 'Mobil hemtjänst'],
    ]);
    const [first, second, third] = plan.initiatives;
    expect(first!.score.goals).toMatchObject({ weight: 50, raw: 2, normalised: 1, points: 50 });
    expect(first!.score.benefit).toMatchObject({ weight: 30, normalised: 1, points: 30 });
    expect(first!.netPresentValue).toBeGreaterThan(0);
    expect(first!.goals.map((g) => g.name)).toEqual(['Fler e-tjänster', 'Effektivare arkiv']);
    expect(first!.needs).toEqual([{ id: needs.a[0]!.id, title: 'E-arkiv', departmentPlanId: needs.a[0]!.departmentPlanId, department: { id: m.departments.a, name: 'Socialförvaltningen' } }]);
    expect(second!.score.goals.points).toBe(25);
    expect(second!.score.benefit).toMatchObject({ raw: null, normalised: 0, points: 0 });
    expect(third!.score.goals.points).toBe(0);
    expect(third!.totalCost).toBe(310_000);
    expect(first!.score.total).toBeCloseTo(first!.score.goals.points + first!.score.benefit.points + first!.score.cost.points, 0);
    expect(plan.years).toEqual([
      { year: 2027, investment: 550_000, running: 300_000, total: 850_000, frame: 500_000, remaining: -350_000 },
      { year: 2028, investment: 250_000, running: 140_000, total: 390_000, frame: 1_000_000, remaining: 610_000 },
      { year: 2029, investment: 0, running: 0, total: 0, frame: null, remaining: null },
    ]);
    expect(plan.departments.map((d) => [d.department.name, d.total])).toEqual([
      ['Barn- och utbildningsförvaltningen', 450_000],
      ['Socialförvaltningen', 790_000],
    ]);
    expect((await (await m.as('it_chef')).get(`/api/v1/plan-rounds/${round.id}/municipal-plan`)).body.allowedManage).toBe(true);
    expect((await reader.get(`/api/v1/plan-rounds/${randomUUID()}/municipal-plan`)).status).toBe(404);
    expect((await reader.get('/api/v1/plan-rounds/nope/municipal-plan')).status).toBe(400);
  });

  it('lets the strategist edit an initiative under If-Match, and re-ranks it', async () => {
    const m = await createTestMunicipality(server);
    const { round } = await openRoundWithNeeds(m);
    const chef = await m.as('it_chef');
    const plan = (await chef.get(`/api/v1/plan-rounds/${round.id}/municipal-plan`)).body as MunicipalPlan;
    const target = plan.initiatives.find((i) => i.title === 'Lärplattform för grundskolan')!;
    const body = { title: 'Gemensam lärplattform', description: 'Alla skolor.', priority: 1, costs: [{ year: 2027, investment: 10_000, running: 0 }] };
    const url = `/api/v1/plan-initiatives/${target.id}`;
    expect((await chef.put(url, body)).status).toBe(428);
    expect((await (await m.as('forvaltningschef')).put(url, body, ifMatch(target.rowVersion))).status).toBe(403);
    const bad = await chef.put(url, { ...body, costs: [{ year: 2031, investment: 1, running: 0 }] }, ifMatch(target.rowVersion));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['costs.0.year']);
    const changed = await chef.put(url, body, ifMatch(target.rowVersion));
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ title: 'Gemensam lärplattform', priority: 1, totalCost: 10_000, rank: 1 });
    expect(changed.body.score.cost.normalised).toBe(1);
    expect(changed.headers.get('etag')).toBe(`"${changed.body.rowVersion}"`);
    expect((await chef.put(url, body, ifMatch(target.rowVersion))).status).toBe(412);
    expect((await chef.put(`/api/v1/plan-initiatives/${randomUUID()}`, body, ifMatch(1))).status).toBe(404);
    expect((await chef.put('/api/v1/plan-initiatives/nope', body, ifMatch(1))).status).toBe(400);
    const hostile = await chef.put(url, { title: 7, priority: 'hög', costs: 'mycket' }, ifMatch(changed.body.rowVersion));
    expect(hostile.status).toBe(400);
    expect(hostile.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['costs', 'priority', 'title']);
    const events = await queryRows<{ action: string }>(server.database.db, sql`select action from audit_events where organisation_id = ${m.id} and entity_type = 'plan_initiative' and entity_id = ${target.id} order by seq`);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('keeps the strategist’s changes to an initiative when the department submits its plan again, and refreshes the rest', async () => {
    const m = await createTestMunicipality(server);
    const { round, plans } = await openRoundWithNeeds(m);
    const chef = await m.as('it_chef');
    const head = await m.as('forvaltningschef');
    const readPlan = async () => (await chef.get(`/api/v1/plan-rounds/${round.id}/municipal-plan`)).body as LiveMunicipalPlan;
    const before = (await readPlan()).initiatives.find((i) => i.title === 'Mobil dokumentation i hemtjänsten')!;
    expect(before.adjustedFields).toEqual([]);
    // The strategist renames the initiative and raises its priority while the department's plan is reopened.
    await chef.post(`/api/v1/department-plans/${plans.a.id}/reopen`, {}, ifMatch(plans.a.rowVersion));
    const edit = { title: 'Mobilt arbetssätt i hemtjänsten', description: before.description, priority: 1, costs: before.costs.map(({ year, investment, running }) => ({ year, investment, running })) };
    const edited = await chef.put(`/api/v1/plan-initiatives/${before.id}`, edit, ifMatch(before.rowVersion));
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.adjustedFields).toEqual(['title', 'priority']);
    // The department changes its need's description and costs (and its title) and submits again.
    const need = (await getPlan(head, plans.a.id)).needs.find((n) => n.initiativeId === before.id)!;
    const costs = [{ year: 2028, investment: 400_000, running: 80_000 }];
    const changed = await head.put(`/api/v1/plan-needs/${need.id}`, needInput({ title: 'Mobil dokumentation, alla hemtjänstgrupper', description: 'Alla grupper.', costs }), ifMatch(need.rowVersion));
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const resubmitted = await head.post(`/api/v1/department-plans/${plans.a.id}/submit`, {}, ifMatch((await getPlan(head, plans.a.id)).rowVersion));
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    const after = (await readPlan()).initiatives.find((i) => i.id === before.id)!;
    expect(after).toMatchObject({ title: 'Mobilt arbetssätt i hemtjänsten', priority: 1, description: 'Alla grupper.', totalCost: 480_000, adjustedFields: ['title', 'priority'] });
    // Taking the department's wording back ends the adjustment: the next resubmission refreshes the title again.
    const back = await chef.put(`/api/v1/plan-initiatives/${before.id}`, { ...edit, title: 'Mobil dokumentation, alla hemtjänstgrupper', description: after.description, costs }, ifMatch(after.rowVersion));
    expect(back.body.adjustedFields).toEqual(['priority']);
    const events = await queryRows<{ action: string; after: { adjustedFields?: string[]; title?: string } }>(
      server.database.db,
      sql`select action, after from audit_events where organisation_id = ${m.id} and entity_type = 'plan_initiative' and entity_id = ${before.id} order by seq`,
    );
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'update', 'update']);
    expect(events[2]!.after).not.toHaveProperty('title');
    expect(events[2]!.after).toMatchObject({ description: 'Alla grupper.' });
  });

  it('records the decision, freezes the plan as a version, refuses changes afterwards, and exports the version as .docx and PDF', async () => {
    const m = await createTestMunicipality(server);
    const { round, plans } = await openRoundWithNeeds(m, { round: { budgetFrames: [{ year: 2027, amount: 2_000_000 }] } });
    const chef = await m.as('it_chef');
    const url = `/api/v1/plan-rounds/${round.id}/decision`;
    expect((await chef.post(url, decision)).status).toBe(428);
    expect((await (await m.as('forvaltningschef')).post(url, decision, ifMatch(round.rowVersion))).status).toBe(403);
    const bad = await chef.post(url, { ...decision, decidingBody: '', decidedOn: '2027-02-30' }, ifMatch(round.rowVersion));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['decidedOn', 'decidingBody']);
    // A decision is recorded once it is taken: a date after today is refused.
    const future = await chef.post(url, { ...decision, decidedOn: '2199-01-01' }, ifMatch(round.rowVersion));
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'decidedOn', message: 'Kan inte ligga efter i dag.' })]);
    expect((await chef.post(url, decision, ifMatch(round.rowVersion + 1))).status).toBe(412);
    const before = (await chef.get(`/api/v1/plan-rounds/${round.id}/municipal-plan`)).body as MunicipalPlan;
    const decided = await chef.post(url, decision, ifMatch(round.rowVersion));
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body).toMatchObject({ version: 1, decision: { ...decision, note: '' }, decidedBy: 'Ivar IT-chef' });
    expect(decided.body.plan.round).toMatchObject({ status: 'decided', decidedVersion: 1 });
    expect(decided.body.plan.initiatives.map((i: { title: string }) => i.title)).toEqual(before.initiatives.map((i) => i.title));

    const after = (await chef.get(`/api/v1/plan-rounds/${round.id}`)).body;
    expect(after).toMatchObject({ status: 'decided', decidedVersion: 1, decision: { decidingBody: 'Kommunstyrelsen' } });
    expect((await chef.post(url, decision, ifMatch(after.rowVersion))).status).toBe(409);
    const initiative = before.initiatives[0]!;
    const refused = await chef.put(`/api/v1/plan-initiatives/${initiative.id}`, { title: 'Ändrad', priority: 1 }, ifMatch(initiative.rowVersion));
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const head = await m.as('forvaltningschef');
    expect((await head.post(`/api/v1/department-plans/${plans.a.id}/needs`, needInput())).status).toBe(409);
    expect((await chef.post(`/api/v1/department-plans/${plans.a.id}/reopen`, {}, ifMatch(plans.a.rowVersion))).status).toBe(409);
    expect((await chef.get(`/api/v1/plan-rounds/${round.id}/municipal-plan`)).body.allowedManage).toBe(false);

    const reader = await m.as('lasare');
    const list = await reader.get(`/api/v1/plan-rounds/${round.id}/versions`);
    expect(list.body.items.map((v: { version: number }) => v.version)).toEqual([1]);
    const version = await reader.get(`/api/v1/plan-rounds/${round.id}/versions/1`);
    expect(version.status).toBe(200);
    expect(version.body.plan.years[0]).toMatchObject({ year: 2027, frame: 2_000_000 });
    expect((await reader.get(`/api/v1/plan-rounds/${round.id}/versions/2`)).status).toBe(404);
    expect((await reader.get(`/api/v1/plan-rounds/${round.id}/versions/x`)).status).toBe(400);
    const docx = await reader.get(`/api/v1/plan-rounds/${round.id}/versions/1/export.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const text = (await mammoth.extractRawText({ buffer: docx.raw })).value;
    expect(text).toContain('IT-plan 2027–2029');
    expect(text).toContain('Kommunstyrelsen');
    expect(text).toContain('KS 2027/0412');
    expect(text).toContain('E-arkiv för socialtjänstens akter');
    expect(text).toContain('Socialförvaltningen');

    const pdf = await reader.get(`/api/v1/plan-rounds/${round.id}/versions/1/export.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    const pdfText = (await readPdf(pdf.raw)).text;
    expect(pdfText).toContain('Kommunstyrelsen');
    expect(pdfText).toContain('E-arkiv för socialtjänstens akter');

    const audit = await queryRows<{ action: string }>(server.database.db, sql`select action from audit_events where organisation_id = ${m.id} and entity_type = 'plan_round' and entity_id = ${round.id} order by seq`);
    expect(audit.map((e) => e.action)).toEqual(['create', 'decide']);
  });
});
