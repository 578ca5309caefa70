import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db.js';
import { fixedClock } from '../../platform/clock.js';
import { createTestMunicipality, type Municipality, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

// "Today" is the injectable clock's, so a review date can be overdue.
const today = '2026-06-15';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock: fixedClock(`${today}T10:00:00Z`) });
});
afterAll(async () => server?.close());

async function leafCapabilities(m: Municipality) {
  const res = await (await m.as('admin')).get('/api/v1/capabilities');
  return (res.body.items as { id: string; code: string; leaf: boolean }[]).filter((c) => c.leaf);
}

const markPath = (capabilityId: string) => `/api/v1/applications/overlaps/${capabilityId}/mark`;

describe('the overlap report', () => {
  it('counts a system serving three capabilities once, its cost split over them, and shows unknown costs as unknown', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const [ekonomi, inkop, lon] = await leafCapabilities(m);
    const post = (name: string, yearlyCost: number | null, capabilityIds: string[]) =>
      admin.post('/api/v1/applications', systemInput({ name, yearlyCost, capabilityIds })).then((r) => expect(r.status).toBe(201));
    await post('Raindance', 3_000_000, [ekonomi!.id, inkop!.id, lon!.id]);
    await post('Ekonomiplus', 400_000, [ekonomi!.id]);
    await post('Inköpsportalen', 200_000, [inkop!.id]);
    await post('Lönesnurran', null, [lon!.id]);
    const report = (await admin.get('/api/v1/applications/overlaps')).body;
    expect(report.groups).toHaveLength(3);
    const group = (id: string) => report.groups.find((g: { capabilityId: string }) => g.capabilityId === id);
    // A million kronor of Raindance in each group: its three million counted once over the report.
    expect(group(ekonomi!.id)).toMatchObject({ totalYearlyCost: 1_400_000, possibleSaving: 400_000, unknownCostSystems: 0 });
    expect(group(inkop!.id)).toMatchObject({ totalYearlyCost: 1_200_000, possibleSaving: 200_000, unknownCostSystems: 0 });
    expect(group(lon!.id)).toMatchObject({ totalYearlyCost: 1_000_000, possibleSaving: 0, unknownCostSystems: 1 });
    expect(group(ekonomi!.id).systems).toContainEqual({ id: expect.any(String), name: 'Raindance', yearlyCost: 3_000_000, capabilityCount: 3, costShare: 1_000_000 });
    expect(group(lon!.id).systems).toContainEqual({ id: expect.any(String), name: 'Lönesnurran', yearlyCost: null, capabilityCount: 1, costShare: null });
    expect(report).toMatchObject({ totalYearlyCost: 3_600_000, possibleSaving: 600_000, unknownCostSystems: 1, markedGroups: [] });
  });

  it('lets a group be marked intended or under migration, shown apart and left out of the saving, audited and guarded by If-Match', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const [cap, other] = await leafCapabilities(m);
    for (const [name, cost, caps] of [['Ett', 100, [cap!.id]], ['Två', 300, [cap!.id]], ['Tre', 50, [other!.id]], ['Fyra', 70, [other!.id]]] as const) {
      await admin.post('/api/v1/applications', systemInput({ name, yearlyCost: cost, capabilityIds: [...caps] }));
    }
    const before = (await admin.get('/api/v1/applications/overlaps')).body;
    expect(before).toMatchObject({ possibleSaving: 150, totalYearlyCost: 520 });

    // Only who changes the whole register may judge an overlap; bad input is named by field.
    expect((await (await m.as('lasare')).post(markPath(cap!.id), { status: 'intended', reason: 'x', reviewOn: '2026-12-01' })).status).toBe(403);
    expect((await (await m.as('forvaltningschef')).post(markPath(cap!.id), { status: 'intended', reason: 'x', reviewOn: '2026-12-01' })).status).toBe(403);
    const bad = await admin.post(markPath(cap!.id), { status: 'kanske', reason: ' ', reviewOn: '2026-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['reason', 'reviewOn', 'status']);
    expect((await admin.post(markPath('7c9d20b1-3ab9-437a-af92-3209da2f48b5'), { status: 'intended', reason: 'x', reviewOn: '2026-12-01' })).status).toBe(404);

    const marked = await (await m.as('it_chef')).post(markPath(cap!.id), { status: 'migrating', reason: 'Två ersätter Ett under 2026', reviewOn: '2026-06-14' });
    expect(marked.status).toBe(201);
    expect(marked.headers.get('etag')).toBe('"1"');
    expect(marked.body).toEqual({ capabilityId: cap!.id, status: 'migrating', reason: 'Två ersätter Ett under 2026', reviewOn: '2026-06-14', reviewOverdue: true, rowVersion: 1 });
    expect((await admin.post(markPath(cap!.id), { status: 'intended', reason: 'x', reviewOn: '2026-12-01' })).status).toBe(409);

    const after = (await admin.get('/api/v1/applications/overlaps')).body;
    expect(after.groups.map((g: { capabilityId: string }) => g.capabilityId)).toEqual([other!.id]);
    expect(after.markedGroups).toHaveLength(1);
    expect(after.markedGroups[0]).toMatchObject({ capabilityId: cap!.id, totalYearlyCost: 400, possibleSaving: 100, mark: { status: 'migrating', reviewOverdue: true } });
    expect(after).toMatchObject({ possibleSaving: 50, totalYearlyCost: 120 });

    const input = { status: 'intended', reason: 'Två avdelningar behöver var sitt', reviewOn: '2027-01-31' };
    expect((await admin.put(markPath(cap!.id), input)).status).toBe(428);
    expect((await admin.put(markPath(cap!.id), input, { 'if-match': '"7"' })).status).toBe(412);
    const changed = await admin.put(markPath(cap!.id), input, { 'if-match': '"1"' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ ...input, reviewOverdue: false, rowVersion: 2 });
    expect((await admin.get('/api/v1/applications/overlaps')).body.markedGroups[0].mark).toMatchObject({ status: 'intended', reviewOverdue: false });

    expect((await admin.delete(markPath(cap!.id), { 'if-match': '"1"' })).status).toBe(412);
    expect((await admin.delete(markPath(cap!.id), { 'if-match': '"2"' })).status).toBe(204);
    expect((await admin.get('/api/v1/applications/overlaps')).body).toMatchObject({ possibleSaving: 150, markedGroups: [] });

    // Raw SQL keeps the check independent of the code under test.
    const events = await queryRows<{ action: string; after: unknown }>(
      server.database.db,
      sql`select action, after from audit_events where organisation_id = ${m.id} and entity_type = 'overlap_mark' order by seq`,
    );
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(events[0]!.after).toEqual({ status: 'migrating', reason: 'Två ersätter Ett under 2026', reviewOn: '2026-06-14' });
  });
});
