import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EserviceInputDraft } from '../../../shared/eservices.js';
import { createTestMunicipality, type Municipality, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const v = (n: number) => ({ 'if-match': `"${n}"` });
const year = new Date().getUTCFullYear();

const bygglov = (overrides: Partial<EserviceInputDraft> = {}): EserviceInputDraft => ({
  name: 'Ansökan om bygglov',
  description: 'Söka bygglov, marklov och rivningslov med ritningar som bilagor.',
  step: 3,
  yearlyVolume: 1200,
  digitalShare: 60,
  needsEid: true,
  accessibility: 'deficient',
  published: true,
  ...overrides,
});

async function system(m: Municipality, name = 'Ärendesystem Bygg') {
  const res = await (await m.as('admin')).post('/api/v1/applications', systemInput({ name }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

describe('the e-services register', () => {
  it('adds a service with its systems and owner, lists and finds it by step and text', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const systemId = await system(m);
    const res = await chef.post('/api/v1/eservices', bygglov({ ownerId: m.people.forvaltningschef.personId, applicationIds: [systemId, systemId] }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ name: 'Ansökan om bygglov', step: 3, ownerName: 'Frida Förvaltningschef', systems: [{ id: systemId, name: 'Ärendesystem Bygg' }], applicationIds: [systemId], valuation: null, allowedEdit: true });
    expect(res.headers.get('etag')).toBe(`"${res.body.rowVersion}"`);
    await chef.post('/api/v1/eservices', bygglov({ name: 'Information om öppettider', step: 1, needsEid: false }));
    const reader = await m.as('lasare');
    const step3 = await reader.get('/api/v1/eservices?step=3');
    expect(step3.status).toBe(200);
    expect(step3.body.items.map((i: { name: string }) => i.name)).toEqual(['Ansökan om bygglov']);
    expect(step3.body.allowedCreate).toBe(false);
    expect((await reader.get('/api/v1/eservices?q=öppettider')).body.items.map((i: { step: number }) => i.step)).toEqual([1]);
    expect((await reader.get(`/api/v1/eservices/${res.body.id}`)).body.allowedEdit).toBe(false);
  });

  it('hides another municipality’s service (404) and refuses writes to a reader and a partner (403)', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const created = (await (await m.as('admin')).post('/api/v1/eservices', bygglov())).body;
    const stranger = await other.as('admin');
    expect((await stranger.get(`/api/v1/eservices/${created.id}`)).status).toBe(404);
    expect((await stranger.put(`/api/v1/eservices/${created.id}`, bygglov({ name: 'Kapad' }), v(created.rowVersion))).status).toBe(404);
    expect((await stranger.get('/api/v1/eservices')).body.total).toBe(0);
    const reader = await m.as('lasare');
    expect((await reader.post('/api/v1/eservices', bygglov())).status).toBe(403);
    expect((await reader.put(`/api/v1/eservices/${created.id}`, bygglov({ name: 'Ändrad' }), v(created.rowVersion))).status).toBe(403);
    expect((await (await m.as('samverkanspartner')).get('/api/v1/eservices')).status).toBe(403);
    expect((await reader.get(`/api/v1/eservices/${created.id}`)).body.name).toBe('Ansökan om bygglov');
  });

  it('lets a head of department write the services owned in the own department only', async () => {
    const m = await createTestMunicipality(server);
    const head = await m.as('forvaltningschef');
    // The system owner belongs to department b, the head of department to a.
    expect((await head.post('/api/v1/eservices', bygglov({ ownerId: m.people.systemagare.personId }))).status).toBe(403);
    const own = await head.post('/api/v1/eservices', bygglov({ ownerId: m.people.forvaltningschef.personId }));
    expect(own.status).toBe(201);
    const moved = await head.put(`/api/v1/eservices/${own.body.id}`, bygglov({ ownerId: m.people.systemagare.personId }), v(own.body.rowVersion));
    expect(moved.status).toBe(403);
  });

  it('needs If-Match to change a service: 428 without, 412 when stale, and changes nothing', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const created = (await chef.post('/api/v1/eservices', bygglov())).body;
    const url = `/api/v1/eservices/${created.id}`;
    expect((await chef.put(url, bygglov({ step: 4 }))).status).toBe(428);
    const saved = await chef.put(url, bygglov({ step: 4 }), v(created.rowVersion));
    expect(saved.status).toBe(200);
    expect(saved.body.rowVersion).toBe(created.rowVersion + 1);
    const stale = await chef.put(url, bygglov({ step: 2 }), v(created.rowVersion));
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('precondition_failed');
    expect((await chef.get(url)).body.step).toBe(4);
  });

  it('refuses hostile input with one error per field, in Swedish and English, and stores nothing', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const bad = await admin.post('/api/v1/eservices', { ...bygglov(), name: 'x'.repeat(10_000), step: 5, yearlyVolume: -1, digitalShare: 120 });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['digitalShare', 'name', 'step', 'yearlyVolume']);
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'digitalShare').message).toBe('Får vara högst 100.');
    const unknown = await admin.post('/api/v1/eservices', bygglov({ applicationIds: [randomUUID()], ownerId: randomUUID() }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { field: 'ownerId', message: 'Finns inte i kommunen.' },
      { field: 'applicationIds.0', message: 'Finns inte i kommunen.' },
    ]);
    // Another municipality's system is as unknown as one that does not exist.
    const foreign = await system(await createTestMunicipality(server, 'Grannkommun'));
    expect((await admin.post('/api/v1/eservices', bygglov({ applicationIds: [foreign] }))).body.errors).toEqual([{ field: 'applicationIds.0', message: 'Finns inte i kommunen.' }]);
    admin.language = 'en';
    const en = await admin.post('/api/v1/eservices', bygglov({ digitalShare: 120 }));
    expect(en.body.errors).toEqual([{ field: 'digitalShare', message: 'At most 100.' }]);
    admin.language = null;
    expect((await admin.get('/api/v1/eservices')).body.total).toBe(0);
    // An update refused the same way leaves the service as it was.
    const created = (await admin.post('/api/v1/eservices', bygglov())).body;
    const refused = await admin.put(`/api/v1/eservices/${created.id}`, bygglov({ step: 5, digitalShare: -3 }), v(created.rowVersion));
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['digitalShare', 'step']);
    expect((await admin.get(`/api/v1/eservices/${created.id}`)).body).toMatchObject({ step: 3, digitalShare: 60, rowVersion: created.rowVersion });
  });
});

describe('history and archive', () => {
  it('shows the step change in the history, sets it back, archives and restores', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const created = (await admin.post('/api/v1/eservices', bygglov())).body;
    const url = `/api/v1/eservices/${created.id}`;
    const saved = (await admin.put(url, bygglov({ step: 4 }), v(created.rowVersion))).body;
    const history = (await (await m.as('lasare')).get(`/api/v1/records/eservice/${created.id}/history`)).body;
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(history.items[0].changes).toEqual([{ field: 'step', before: 3, after: 4, settable: false }]);
    const own = (await admin.get(`/api/v1/records/eservice/${created.id}/history`)).body;
    const back = await admin.post(`/api/v1/records/eservice/${created.id}/set-back`, { eventId: own.items[0].id, field: 'step' }, v(saved.rowVersion));
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect((await admin.get(url)).body.step).toBe(3);
    const version = (await admin.get(url)).body.rowVersion;
    expect((await (await m.as('it_chef')).request('DELETE', `/api/v1/records/eservice/${created.id}`, undefined, v(version))).status).toBe(403);
    expect((await admin.request('DELETE', `/api/v1/records/eservice/${created.id}`, undefined, v(version))).status).toBe(204);
    expect((await admin.get(url)).status).toBe(404);
    expect((await admin.get('/api/v1/eservices')).body.total).toBe(0);
    const archived = (await admin.get('/api/v1/records/archived?type=eservice')).body.items;
    expect(archived).toMatchObject([{ type: 'eservice', id: created.id, name: 'Ansökan om bygglov' }]);
    expect((await admin.post(`/api/v1/records/eservice/${created.id}/restore`, {}, v(archived[0].rowVersion))).status).toBe(200);
    expect((await admin.get(url)).body.name).toBe('Ansökan om bygglov');
  });
});

describe('digitisation valuation and the ladder', () => {
  it('values digitising a candidate with the portfolio’s engine: volume × minutes × hourly cost against building and running', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    // 2 000 cases × 30 minutes = 1 000 hours × 500 kr = 500 000 kr a year, plus 20 000 kr postage,
    // against 600 000 kr to build and 100 000 kr a year to run (no discount rate in force).
    const digitisation = { minutesSavedPerCase: 30, hourlyCost: 500, otherYearlyBenefit: 20_000, buildCost: 600_000, yearlyRunningCost: 100_000, firstYear: year, horizonYears: 5 };
    const res = await admin.post('/api/v1/eservices', bygglov({ name: 'Ansökan om förskoleplats', candidate: true, step: 1, yearlyVolume: 2000, digitalShare: 0, digitisation }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.hoursSavedPerYear).toBe(1000);
    expect(res.body.valuation.years.map((y: { year: number; net: number }) => [y.year, y.net])).toEqual([
      [year, -600_000], [year + 1, 420_000], [year + 2, 420_000], [year + 3, 420_000], [year + 4, 420_000],
    ]);
    expect(res.body.valuation.paybackYear).toBe(year + 2);
    expect(res.body.valuation.peng).toMatchObject({ indirectBenefit: 2_000_000, directBenefit: 80_000, cost: 1_000_000, net: 1_080_000 });
    expect(res.body).toMatchObject({ netPresentValue: 1_080_000, paybackYear: year + 2 });
    const refused = await admin.post('/api/v1/eservices', bygglov({ digitisation: { ...digitisation, minutesSavedPerCase: -5, horizonYears: 0 } }));
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['digitisation.horizonYears', 'digitisation.minutesSavedPerCase']);
  });

  it('counts services in use per step, weights the digital share by volume and ranks the candidates that pay best', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    await admin.post('/api/v1/eservices', bygglov({ step: 3, yearlyVolume: 1000, digitalShare: 80 }));
    await admin.post('/api/v1/eservices', bygglov({ name: 'Parkeringstillstånd', step: 3, yearlyVolume: 3000, digitalShare: 40 }));
    const moved = (await admin.post('/api/v1/eservices', bygglov({ name: 'Felanmälan gata', step: 2, yearlyVolume: 0, digitalShare: 0 }))).body;
    await admin.put(`/api/v1/eservices/${moved.id}`, bygglov({ name: 'Felanmälan gata', step: 4, yearlyVolume: 0, digitalShare: 0 }), v(moved.rowVersion));
    const value = (minutes: number) => ({ minutesSavedPerCase: minutes, hourlyCost: 500, buildCost: 300_000, firstYear: year, horizonYears: 5 });
    await admin.post('/api/v1/eservices', bygglov({ name: 'Ekonomiskt bistånd', candidate: true, step: 1, yearlyVolume: 5000, digitalShare: 0, digitisation: value(20) }));
    await admin.post('/api/v1/eservices', bygglov({ name: 'Borgerlig vigsel', candidate: true, step: 1, yearlyVolume: 100, digitalShare: 0, digitisation: value(10) }));
    await admin.post('/api/v1/eservices', bygglov({ name: 'Ej värderad', candidate: true, step: 1, yearlyVolume: 100, digitalShare: 0 }));
    const ladder = await (await m.as('lasare')).get('/api/v1/eservices/ladder');
    expect(ladder.status).toBe(200);
    expect(ladder.body.steps).toEqual([{ step: 1, count: 0 }, { step: 2, count: 0 }, { step: 3, count: 2 }, { step: 4, count: 1 }]);
    expect(ladder.body.candidates).toBe(3);
    // (1 000 × 80 + 3 000 × 40) / 4 000 = 50 %: candidates do not count.
    expect(ladder.body.weightedDigitalShare).toBe(50);
    expect(ladder.body.introducedShare).toBe(50);
    expect(ladder.body.byYear.at(-1)).toEqual({ year, steps: ladder.body.steps });
    expect(ladder.body.bestCandidates.map((c: { name: string }) => c.name)).toEqual(['Ekonomiskt bistånd', 'Borgerlig vigsel']);
    expect(ladder.body.bestCandidates[0].netPresentValue).toBeGreaterThan(ladder.body.bestCandidates[1].netPresentValue);
  });
});
