import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.js';
import { createTestMunicipality, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

// "Today" is the injectable clock's: a mid-June day, so "later this year" exists.
const today = '2026-06-15';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock: fixedClock(`${today}T10:00:00Z`) });
});
afterAll(async () => server?.close());

type Test = { testedOn: string; result: 'passed' | 'passed_with_remarks' | 'failed'; notes?: string };
const tests = (...list: Test[]) => list.map((t) => ({ notes: '', ...t }));

describe('disruption tests in the register', () => {
  it('refuses a test dated after today, naming the field in the person\'s language', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const later = await admin.post('/api/v1/applications', systemInput({ disruptionTests: tests({ testedOn: '2026-03-01', result: 'passed' }, { testedOn: '2026-06-16', result: 'passed' }) }));
    expect(later.status).toBe(400);
    expect(later.body.errors).toEqual([{ field: 'disruptionTests.1.testedOn', message: 'Ett störningstest kan inte dateras efter i dag.' }]);
    const onToday = await admin.post('/api/v1/applications', systemInput({ disruptionTests: tests({ testedOn: today, result: 'passed' }) }));
    expect(onToday.status).toBe(201);
    const edit = await admin.put(`/api/v1/applications/${onToday.body.id}`, systemInput({ disruptionTests: tests({ testedOn: '2026-12-01', result: 'passed' }) }), {
      'if-match': onToday.headers.get('etag')!,
      'accept-language': 'en',
    });
    expect(edit.status).toBe(400);
    expect(edit.body.errors[0]).toMatchObject({ field: 'disruptionTests.0.testedOn', message: 'A disruption test cannot be dated after today.' });
  });

  it('keeps a failed test from counting as this year\'s, flags it until a passed one follows, and lists, counts and exports alike', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const owner = m.people.systemagare.personId;
    const systems: Record<string, Test[]> = {
      Underkänd: [{ testedOn: '2026-05-02', result: 'failed' }],
      'Godkänd sedan underkänd': [{ testedOn: '2026-02-01', result: 'passed' }, { testedOn: '2026-05-02', result: 'failed' }],
      'Omtestad samma dag': [{ testedOn: '2026-05-02', result: 'failed' }, { testedOn: '2026-05-02', result: 'passed_with_remarks' }],
      'Underkänd i fjol': [{ testedOn: '2025-09-01', result: 'failed' }],
      Godkänd: [{ testedOn: '2026-04-01', result: 'passed' }],
    };
    for (const [name, list] of Object.entries(systems)) {
      expect((await admin.post('/api/v1/applications', systemInput({ name, ownerId: owner, disruptionTests: tests(...list) }))).status).toBe(201);
    }
    const items = (await admin.get('/api/v1/applications?pageSize=100')).body.items as { name: string; flags: string[] }[];
    const flagsOf = Object.fromEntries(items.map((i) => [i.name, i.flags]));
    expect(flagsOf).toEqual({
      Underkänd: ['disruption_test_missing', 'disruption_test_failed'],
      'Godkänd sedan underkänd': ['disruption_test_failed'],
      'Omtestad samma dag': [],
      'Underkänd i fjol': ['disruption_test_missing', 'disruption_test_failed'],
      Godkänd: [],
    });
    for (const flag of ['disruption_test_missing', 'disruption_test_failed']) {
      const filtered = (await admin.get(`/api/v1/applications?flag=${flag}&pageSize=100`)).body.items.map((i: { name: string }) => i.name).sort();
      expect(filtered, flag).toEqual(items.filter((i) => i.flags.includes(flag)).map((i) => i.name).sort());
    }
    const summary = (await admin.get('/api/v1/applications/summary')).body;
    expect(summary.flags).toMatchObject({ disruption_test_missing: 2, disruption_test_failed: 3 });
    const one = (await admin.get(`/api/v1/applications/${(items.find((i) => i.name === 'Underkänd') as unknown as { id: string }).id}`)).body;
    expect(one.flags).toEqual(['disruption_test_missing', 'disruption_test_failed']);

    const res = await admin.get('/api/v1/applications/export.xlsx?flag=disruption_test_failed');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.raw as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).indexOf('Avvikelser');
    const exported = Object.fromEntries(
      Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2)).map((row) => [row.getCell(1).value, row.getCell(header).value]),
    );
    expect(exported).toEqual({
      'Godkänd sedan underkänd': 'Senaste störningstestet underkänt',
      Underkänd: 'Störningstest saknas i år; Senaste störningstestet underkänt',
      'Underkänd i fjol': 'Störningstest saknas i år; Senaste störningstestet underkänt',
    });
  });
});
