import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectInputDraft } from '../../../shared/portfolio.js';
import { createTestMunicipality, type Municipality } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const year = new Date().getUTCFullYear();
const project = (overrides: Partial<ProjectInputDraft> = {}): ProjectInputDraft => ({
  name: 'Digital ansökan om ekonomiskt bistånd',
  purpose: 'Kortare väntan för den sökande och mindre manuell registrering.',
  investments: [{ year, amount: 600_000 }],
  yearlyRunningCost: 100_000,
  runningFromYear: year,
  benefits: [
    { kind: 'direct', description: 'Färre pappersblanketter', yearlyAmount: 50_000, firstYear: year + 1, confidence: 'high' },
    { kind: 'indirect', description: 'Handläggartid som frigörs', hoursPerYear: 1_000, hourlyCost: 450, firstYear: year + 1, confidence: 'medium' },
    { kind: 'qualitative', description: 'Bättre service', score: 4, firstYear: year + 1, confidence: 'medium' },
  ],
  ...overrides,
});

async function setThreshold(m: Municipality, value: number) {
  const res = await (await m.as('admin')).post('/api/v1/rules', { key: 'portfolio_threshold', value, effectiveFrom: `${year - 1}-01-01`, description: 'KF:s beslut om projektportfölj' });
  expect(res.status).toBe(201);
}

describe('the project portfolio', () => {
  it('creates a project with a valuation shown per year, as NPV, payback and PENG summary', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    await (await m.as('admin')).post('/api/v1/rules', { key: 'discount_rate_percent', value: 0, effectiveFrom: '2000-01-01', description: 'Utan diskontering i testet' });
    const res = await chef.post('/api/v1/projects', project());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'idea', totalInvestment: 600_000, threshold: { amount: null, above: false } });
    const v = res.body.valuation;
    expect(v.years.map((y: { year: number }) => y.year)).toEqual([year, year + 1, year + 2, year + 3, year + 4]);
    expect(v.years[0]).toMatchObject({ investment: 600_000, running: 100_000, net: -700_000 });
    expect(v.years[1]).toMatchObject({ direct: 50_000, indirect: 450_000, net: 400_000 });
    expect(v.paybackYear).toBe(year + 2);
    expect(v.peng).toEqual({ directBenefit: 200_000, indirectBenefit: 1_800_000, qualitativeScore: 4, cost: 1_100_000, net: 900_000 });
    expect(v.netPresentValue).toBe(900_000);
  });

  it('refuses to decide a project without a valuation, and above the threshold without an IT council approval', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    await setThreshold(m, 500_000);
    const bare = (await chef.post('/api/v1/projects', project({ benefits: [] }))).body;
    const noValuation = await chef.post(`/api/v1/projects/${bare.id}/transitions`, { to: 'approved' }, { 'if-match': '"1"' });
    expect(noValuation.status).toBe(409);
    expect(noValuation.body.code).toBe('valuation_required');

    const big = (await chef.post('/api/v1/projects', project())).body;
    expect(big.threshold).toEqual({ amount: 500_000, above: true });
    const refused = await chef.post(`/api/v1/projects/${big.id}/transitions`, { to: 'approved' }, { 'if-match': '"1"' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('council_decision_required');
    expect(refused.body.detail).toMatch(/portföljgränsen 500\u00a0000 kr/);

    // The council decides: a meeting, the matter as § 1, approved with conditions.
    const meeting = (await chef.post('/api/v1/council/meetings', { meetingDate: `${year}-03-12`, location: 'Stadshuset' })).body;
    const withItem = (await chef.post(`/api/v1/council/meetings/${meeting.id}/items`, { title: 'Digital ansökan om ekonomiskt bistånd', subjectKind: 'project', subjectId: big.id })).body;
    expect(withItem.items[0]).toMatchObject({ number: 1, subjectTitle: 'Digital ansökan om ekonomiskt bistånd', decision: null });
    const decided = await chef.put(`/api/v1/council/items/${withItem.items[0].id}/decision`, { decision: 'approved_with_conditions', decisionText: 'IT-rådet godkänner projektet under förutsättning att e-legitimation används.', decidedOn: `${year}-03-12`, diarienummer: `KS ${year}/0042` }, { 'if-match': '"1"' });
    expect(decided.status).toBe(200);
    const approved = await chef.post(`/api/v1/projects/${big.id}/transitions`, { to: 'approved' }, { 'if-match': '"1"' });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const log = await chef.get('/api/v1/council/decisions?q=e-legitimation');
    expect(log.body.items.map((i: { diarienummer: string }) => i.diarienummer)).toEqual([`KS ${year}/0042`]);
  });

  it('lets a project at the threshold be decided without the council, and only moves legally', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    await setThreshold(m, 1_100_000);
    const p = (await chef.post('/api/v1/projects', project())).body;
    expect(p.threshold.above).toBe(false);
    expect((await chef.post(`/api/v1/projects/${p.id}/transitions`, { to: 'closed' }, { 'if-match': '"1"' })).status).toBe(400);
    expect((await chef.post(`/api/v1/projects/${p.id}/transitions`, { to: 'approved' }, { 'if-match': '"1"' })).status).toBe(200);
    expect((await chef.post(`/api/v1/projects/${p.id}/transitions`, { to: 'in_progress' }, { 'if-match': '"1"' })).status).toBe(412);
  });

  it('names each bad field and lets a läsare only read', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const bad = await chef.post('/api/v1/projects', project({
      startDate: `${year}-06-01`, endDate: `${year}-01-01`, departmentIds: ['00000000-0000-4000-8000-000000000000'],
      benefits: [{ kind: 'direct', description: 'Utan belopp', firstYear: year, confidence: 'high' }, { kind: 'qualitative', description: 'Utan poäng', firstYear: year, confidence: 'low' }],
    }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['benefits.0.yearlyAmount', 'benefits.1.score', 'departmentIds.0', 'endDate']);
    const reader = await m.as('lasare');
    expect((await reader.post('/api/v1/projects', project())).status).toBe(403);
    expect((await reader.post('/api/v1/council/meetings', { meetingDate: `${year}-01-01` })).status).toBe(403);
    expect((await chef.get('/api/v1/projects')).body.items).toHaveLength(0);
  });

  it('shows the portfolio with sums, filtered', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    await chef.post('/api/v1/projects', project({ name: 'Ett', departmentIds: [m.departments.a], health: 'red', healthReason: 'Leverantören är sen' }));
    await chef.post('/api/v1/projects', project({ name: 'Två', investments: [{ year, amount: 100_000 }] }));
    const all = await chef.get('/api/v1/projects');
    expect(all.body.sums.live).toMatchObject({ count: 2, investment: 700_000 });
    expect(all.body.items.map((p: { name: string }) => p.name)).toEqual(['Ett', 'Två']);
    expect((await chef.get(`/api/v1/projects?department=${m.departments.a}`)).body.items.map((p: { name: string }) => p.name)).toEqual(['Ett']);
    expect((await chef.get('/api/v1/projects?health=red')).body.items).toHaveLength(1);
  });

  it('sums the live projects, and the closed and the cancelled ones apart; a closed or cancelled project has no health', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const move = async (id: string, ...steps: string[]) => {
      for (const to of steps) {
        const version = (await chef.get(`/api/v1/projects/${id}`)).body.rowVersion;
        expect((await chef.post(`/api/v1/projects/${id}/transitions`, { to }, { 'if-match': `"${version}"` })).status).toBe(200);
      }
    };
    const running = (await chef.post('/api/v1/projects', project({ name: 'Pågår', investments: [{ year, amount: 100_000 }], yearlyRunningCost: 10_000, health: 'yellow' }))).body;
    const idea = (await chef.post('/api/v1/projects', project({ name: 'Idé', investments: [{ year, amount: 200_000 }], yearlyRunningCost: 20_000 }))).body;
    const closed = (await chef.post('/api/v1/projects', project({ name: 'Avslutat', investments: [{ year, amount: 4_000_000 }], yearlyRunningCost: 400_000 }))).body;
    const cancelled = (await chef.post('/api/v1/projects', project({ name: 'Avbrutet', investments: [{ year, amount: 30_000_000 }], yearlyRunningCost: 3_000_000, health: 'red' }))).body;
    await move(closed.id, 'approved', 'in_progress', 'closed');
    await move(cancelled.id, 'cancelled');

    const list = (await chef.get('/api/v1/projects')).body;
    expect(list.total).toBe(4);
    expect(list.sums.live).toMatchObject({ count: 2, investment: 300_000, yearlyRunningCost: 30_000 });
    expect(list.sums.closed).toMatchObject({ count: 1, investment: 4_000_000, yearlyRunningCost: 400_000 });
    expect(list.sums.cancelled).toMatchObject({ count: 1, investment: 30_000_000, yearlyRunningCost: 3_000_000 });
    expect(list.sums.live.netPresentValue).toBe(running.valuation.netPresentValue + idea.valuation.netPresentValue);
    expect(list.sums.closed.netPresentValue).toBe(closed.valuation.netPresentValue);
    expect(list.sums.cancelled.netPresentValue).toBe(cancelled.valuation.netPresentValue);
    const health = Object.fromEntries(list.items.map((p: { name: string; health: string | null }) => [p.name, p.health]));
    expect(health).toEqual({ Avbrutet: null, Avslutat: null, Idé: 'green', Pågår: 'yellow' });
    expect((await chef.get(`/api/v1/projects/${cancelled.id}`)).body).toMatchObject({ status: 'cancelled', health: null });
    expect((await chef.get(`/api/v1/projects/${closed.id}`)).body).toMatchObject({ status: 'closed', health: null });
    // A health filter finds live projects only: the cancelled one is red no more.
    expect((await chef.get('/api/v1/projects?health=red')).body).toMatchObject({ total: 0, items: [] });
    expect((await chef.get('/api/v1/projects?health=green')).body.items.map((p: { name: string }) => p.name)).toEqual(['Idé']);
    // A status filter moves the figures to its group: nothing closed is ever summed as live.
    const onlyClosed = (await chef.get('/api/v1/projects?status=closed')).body;
    expect(onlyClosed.sums).toMatchObject({ live: { count: 0, investment: 0 }, closed: { count: 1, investment: 4_000_000 }, cancelled: { count: 0 } });
  });

  it('pages the portfolio, with the total and the sums over every match, and shows a new project at once', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    for (const name of ['Ärende', 'Bygg', 'Arkiv']) await chef.post('/api/v1/projects', project({ name, investments: [{ year, amount: 100_000 }] }));
    const first = await chef.get('/api/v1/projects?pageSize=2');
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2, sums: { live: { count: 3, investment: 300_000 } } });
    expect(first.body.items.map((p: { name: string }) => p.name)).toEqual(['Arkiv', 'Bygg']);
    const second = await chef.get('/api/v1/projects?pageSize=2&page=2');
    expect(second.body.items.map((p: { name: string }) => p.name)).toEqual(['Ärende']);
    expect(second.body.sums.live.investment).toBe(300_000);
    expect((await chef.get('/api/v1/projects?pageSize=2&page=5')).body).toMatchObject({ items: [], total: 3 });
    // The sums are reused while nothing changes, and made again after a write.
    await chef.post('/api/v1/projects', project({ name: 'Öppen', investments: [{ year, amount: 50_000 }] }));
    expect((await chef.get('/api/v1/projects?pageSize=2')).body).toMatchObject({ total: 4, sums: { live: { investment: 350_000 } } });
    expect((await chef.get('/api/v1/projects?pageSize=0')).status).toBe(400);
  });

  it('compares actuals with the estimate and flags overdue benefit realisation follow-ups', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const created = (await chef.post('/api/v1/projects', project())).body;
    const updated = await chef.put(
      `/api/v1/projects/${created.id}`,
      project({
        actuals: [{ year, cost: 750_000, benefit: 0 }, { year: year + 1, cost: 90_000, benefit: 380_000 }],
        realisation: [
          { title: 'Följ upp frigjord handläggartid', dueDate: '2020-01-31', responsibleId: m.people.forvaltningschef.personId },
          { title: 'Avveckla pappersblanketten', dueDate: '2099-06-30', responsibleId: null },
          { title: 'Klart', dueDate: '2020-01-01', doneOn: '2020-01-02' },
        ],
      }),
      { 'if-match': '"1"' },
    );
    expect(updated.status).toBe(200);
    expect(updated.body.postCalculation.slice(0, 2)).toEqual([
      { year, estimatedCost: 700_000, actualCost: 750_000, estimatedBenefit: 0, actualBenefit: 0 },
      { year: year + 1, estimatedCost: 100_000, actualCost: 90_000, estimatedBenefit: 500_000, actualBenefit: 380_000 },
    ]);
    expect(updated.body.realisation.map((f: { overdue: boolean }) => f.overdue)).toEqual([true, false, false]);
    const foreignPerson = await chef.put(`/api/v1/projects/${created.id}`, project({ realisation: [{ title: 'x', dueDate: '2030-01-01', responsibleId: '00000000-0000-4000-8000-000000000000' }] }), { 'if-match': '"2"' });
    expect(foreignPerson.body.errors[0].field).toBe('realisation.0.responsibleId');
  });

  it('weighs investments after the horizon, re-checks a decided project that grows, and never rewrites a decision', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    await setThreshold(m, 1_000_000);
    const hidden = (await chef.post('/api/v1/projects', project({ horizonYears: 1, investments: [{ year, amount: 500_000 }, { year: year + 1, amount: 5_000_000 }], yearlyRunningCost: 0 }))).body;
    expect(hidden.threshold.above).toBe(true);
    expect((await chef.post(`/api/v1/projects/${hidden.id}/transitions`, { to: 'approved' }, { 'if-match': '"1"' })).status).toBe(409);

    const small = (await chef.post('/api/v1/projects', project({ investments: [{ year, amount: 100_000 }], yearlyRunningCost: 0 }))).body;
    expect((await chef.post(`/api/v1/projects/${small.id}/transitions`, { to: 'approved' }, { 'if-match': '"1"' })).status).toBe(200);
    const grown = await chef.put(`/api/v1/projects/${small.id}`, project({ investments: [{ year, amount: 50_000_000 }] }), { 'if-match': '"2"' });
    expect(grown.status).toBe(409);
    expect(grown.body.code).toBe('council_decision_required');

    const meeting = (await chef.post('/api/v1/council/meetings', { meetingDate: `${year}-05-05` })).body;
    const item = (await chef.post(`/api/v1/council/meetings/${meeting.id}/items`, { title: 'x', subjectKind: 'project', subjectId: hidden.id })).body.items[0];
    await chef.put(`/api/v1/council/items/${item.id}/decision`, { decision: 'rejected', decisionText: 'Avslås.', decidedOn: `${year}-05-05` }, { 'if-match': '"1"' });
    const rewrite = await chef.put(`/api/v1/council/items/${item.id}/decision`, { decision: 'approved', decisionText: 'Godkänns ändå.', decidedOn: `${year}-05-05` }, { 'if-match': '"2"' });
    expect(rewrite.status).toBe(409);
    expect(rewrite.body.code).toBe('already_decided');
    expect((await chef.post(`/api/v1/projects/${hidden.id}/transitions`, { to: 'approved' }, { 'if-match': '"1"' })).status).toBe(409);
  });
});
