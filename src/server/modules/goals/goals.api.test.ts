import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInSweden } from '../../../shared/dates.js';
import type { KpiInput } from '../../../shared/goals.js';
import { createTestMunicipality, type Municipality } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

/** A date some days from today in Sweden (the server's 'today'), not in UTC. */
const inDays = (d: number) => addDays(dateInSweden(new Date()), d);

/** A strategy with a focus area and two goals; returns the document and the goals' item ids. */
async function strategy(m: Municipality, ownerRole: 'it_chef' | 'forvaltningschef' = 'it_chef') {
  const chef = await m.as('it_chef');
  const types = (await chef.get('/api/v1/document-types')).body.items as { id: string; key: string }[];
  const { body } = await chef.post('/api/v1/documents', {
    title: 'IT-strategi',
    typeId: types.find((t) => t.key === 'strategi')!.id,
    ownerId: m.people[ownerRole].personId,
    items: [
      {
        kind: 'focus_area',
        number: '1',
        title: 'E-service',
        children: [
          { kind: 'goal', number: '1.1', title: 'Synpunkter hanteras digitalt' },
          { kind: 'goal', number: '1.2', title: 'Kortare handläggningstid' },
        ],
      },
      { kind: 'principle', number: 'P1', title: 'Befintliga lösningar först' },
    ],
  });
  const focus = body.items[0];
  return { document: body, focusId: focus.id as string, goalIds: focus.children.map((c: { id: string }) => c.id) as string[], principleId: body.items[1].id as string };
}

function kpiInput(goalId: string, overrides: Partial<KpiInput> = {}): KpiInput {
  return {
    goalId,
    name: 'Andel synpunkter via e-tjänst',
    definition: 'Antal synpunkter inkomna via e-tjänsten delat med alla inkomna synpunkter under året, i procent.',
    unit: 'percent',
    direction: 'higher',
    baselineValue: 40,
    baselineDate: inDays(-365),
    targets: [{ value: 75, targetDate: inDays(365) }],
    ...overrides,
  };
}

describe('goals and KPIs', () => {
  it('adds a KPI to a goal and derives its status from measurements, never from input', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const { goalIds } = await strategy(m);
    const created = await chef.post('/api/v1/kpis', { ...kpiInput(goalIds[0]!), status: 'met' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ goalTitle: 'Synpunkter hanteras digitalt', documentTitle: 'IT-strategi', evaluation: { status: 'no_data' } });
    // Halfway along the path from 40 to 75 stands 57.5: 50 is behind it.
    const behind = await chef.post(`/api/v1/kpis/${created.body.id}/measurements`, { periodEnd: inDays(0), value: 50, comment: 'Helår' });
    expect(behind.status).toBe(201);
    expect(behind.body.evaluation).toMatchObject({ status: 'at_risk', latest: { value: 50 } });
    expect(behind.body.measurements[0]).toMatchObject({ value: 50, comment: 'Helår', enteredByName: 'Ivar IT-chef' });
    const measurementId = behind.body.measurements[0].id;
    const corrected = await chef.put(`/api/v1/kpis/${created.body.id}/measurements/${measurementId}`, { periodEnd: inDays(0), value: 60 }, { 'if-match': '"1"' });
    expect(corrected.body.evaluation.status).toBe('on_track');
    const met = await chef.post(`/api/v1/kpis/${created.body.id}/measurements`, { periodEnd: inDays(1), value: 76 });
    expect(met.body.evaluation.status).toBe('met');
  });

  it('refuses a second value for the same period, a KPI on a principle, and an incomplete baseline', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const { goalIds, principleId } = await strategy(m);
    const { body } = await chef.post('/api/v1/kpis', kpiInput(goalIds[0]!));
    await chef.post(`/api/v1/kpis/${body.id}/measurements`, { periodEnd: '2025-12-31', value: 50 });
    const twice = await chef.post(`/api/v1/kpis/${body.id}/measurements`, { periodEnd: '2025-12-31', value: 51 });
    expect(twice.status).toBe(400);
    expect(twice.body.errors[0].field).toBe('periodEnd');
    const onPrinciple = await chef.post('/api/v1/kpis', kpiInput(principleId, { baselineDate: null, targets: [] }));
    expect(onPrinciple.status).toBe(400);
    expect(onPrinciple.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['targets']);
    const bad = await chef.post('/api/v1/kpis', kpiInput(principleId, { baselineDate: null, unit: 'furlongs' as never, targets: [{ value: Number.MAX_VALUE, targetDate: '2030-01-01' }] }));
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['targets.0.value', 'unit']);
    const semantic = await chef.post('/api/v1/kpis', kpiInput(principleId, { baselineDate: null }));
    expect(semantic.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['baselineDate', 'goalId']);
    expect((await chef.get(`/api/v1/kpis?document=${(await chef.get(`/api/v1/kpis/${body.id}`)).body.documentId}`)).body.items).toHaveLength(1);
  });

  it('shows the follow-up of a document: every goal with its status, and exports it', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const { document, goalIds } = await strategy(m);
    const share = (await chef.post('/api/v1/kpis', kpiInput(goalIds[0]!))).body;
    await chef.post(`/api/v1/kpis/${share.id}/measurements`, { periodEnd: inDays(0), value: 80 });
    const time = (await chef.post('/api/v1/kpis', kpiInput(goalIds[1]!, { name: 'Handläggningstid', unit: 'days', direction: 'lower', baselineValue: 20, targets: [{ value: 15, targetDate: inDays(-1) }] }))).body;
    await chef.post(`/api/v1/kpis/${time.id}/measurements`, { periodEnd: inDays(-2), value: 18 });
    const followUp = await chef.get(`/api/v1/documents/${document.id}/follow-up`);
    expect(followUp.status).toBe(200);
    expect(followUp.body.counts).toEqual({ met: 1, on_track: 0, at_risk: 0, missed: 1, no_data: 0 });
    const focus = followUp.body.goals[0];
    expect(focus).toMatchObject({ kind: 'focus_area', title: 'E-service', status: 'missed' });
    expect(focus.children.map((g: { title: string; status: string }) => [g.title, g.status])).toEqual([
      ['Synpunkter hanteras digitalt', 'met'],
      ['Kortare handläggningstid', 'missed'],
    ]);
    expect(followUp.body.goals).toHaveLength(1); // principles are not goals
    const goals = (await chef.get('/api/v1/goals')).body.items;
    expect(goals.map((g: { title: string; documentTitle: string }) => [g.title, g.documentTitle])).toEqual([
      ['Synpunkter hanteras digitalt', 'IT-strategi'],
      ['Kortare handläggningstid', 'IT-strategi'],
    ]);
    const xlsx = await chef.get(`/api/v1/documents/${document.id}/follow-up.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const values = workbook.worksheets[0]!.getSheetValues().flat().map(String);
    expect(workbook.worksheets[0]!.name).toBe('Måluppföljning');
    expect(values).toContain('Ej uppfyllt');
    expect(values).toContain('Handläggningstid');
  });

  it('lets the KPI owner measure but not a läsare; changes need If-Match', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const { goalIds } = await strategy(m);
    const { body } = await chef.post('/api/v1/kpis', kpiInput(goalIds[0]!, { ownerId: m.people.systemagare.personId }));
    const reader = await m.as('lasare');
    expect((await reader.get(`/api/v1/kpis/${body.id}`)).body.allowed).toEqual({ update: false, measure: false });
    expect((await reader.post(`/api/v1/kpis/${body.id}/measurements`, { periodEnd: '2025-12-31', value: 1 })).status).toBe(403);
    const owner = await m.as('systemagare');
    expect((await owner.post(`/api/v1/kpis/${body.id}/measurements`, { periodEnd: '2025-12-31', value: 45 })).status).toBe(201);
    expect((await owner.put(`/api/v1/kpis/${body.id}`, kpiInput(goalIds[0]!), { 'if-match': '"1"' })).status).toBe(403);
    expect((await chef.put(`/api/v1/kpis/${body.id}`, kpiInput(goalIds[0]!, { name: 'Nytt namn' }))).status).toBe(428);
    expect((await chef.put(`/api/v1/kpis/${body.id}`, kpiInput(goalIds[0]!, { name: 'Nytt namn' }), { 'if-match': '"1"' })).body.name).toBe('Nytt namn');
    expect((await chef.put(`/api/v1/kpis/${body.id}`, kpiInput(goalIds[0]!, { name: 'Gammalt' }), { 'if-match': '"1"' })).status).toBe(412);
  });

  it('computes a KPI fed by the e-services register on read, and refuses measurements by hand for it', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const { goalIds } = await strategy(m);
    const service = (name: string, candidate: boolean, yearlyVolume: number, digitalShare: number) => chef.post('/api/v1/eservices', { name, step: candidate ? 1 : 3, yearlyVolume, digitalShare, candidate });
    for (const s of [service('Bygglov', false, 300, 80), service('Färdtjänst', false, 100, 0), service('Skolskjuts', false, 0, 0), service('Parkeringstillstånd', true, 50, 0)]) expect((await s).status).toBe(201);
    const introduced = (await chef.post('/api/v1/kpis', kpiInput(goalIds[0]!, { name: 'Andel införda e-tjänster', source: 'eservices_introduced', baselineValue: null, baselineDate: null, targets: [{ value: 80, targetDate: inDays(365) }] }))).body;
    expect(introduced.source).toBe('eservices_introduced');
    expect(introduced.measurements).toEqual([expect.objectContaining({ periodEnd: dateInSweden(new Date()), value: 75, comment: 'E-tjänsteregistret', enteredByName: null })]);
    expect(introduced.allowed.measure).toBe(false);
    const digital = (await chef.post('/api/v1/kpis', kpiInput(goalIds[0]!, { name: 'Digital andel', source: 'eservices_digital_share', baselineValue: null, baselineDate: null }))).body;
    // (300 × 80 + 100 × 0) / 400 = 60 per cent; the candidate does not count.
    expect(digital.measurements.map((x: { value: number }) => x.value)).toEqual([60]);
    expect(digital.evaluation.latest).toMatchObject({ value: 60 });
    const refused = await chef.post(`/api/v1/kpis/${introduced.id}/measurements`, { periodEnd: inDays(0), value: 50 });
    expect(refused.status).toBe(409);
    expect(refused.body.detail ?? refused.body.title).toMatch(/hämtar sina värden ur e-tjänsteregistret/);
    const corrected = await chef.put(`/api/v1/kpis/${introduced.id}/measurements/${introduced.measurements[0].id}`, { periodEnd: inDays(0), value: 50 }, { 'if-match': '"0"' });
    expect(corrected.status).toBe(409);
    // The list reads the same computed value.
    const listed = (await chef.get(`/api/v1/kpis?goal=${goalIds[0]}`)).body.items.find((k: { id: string }) => k.id === introduced.id);
    expect(listed.evaluation.latest).toMatchObject({ value: 75 });
  });
});
