import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.js';
import { queryRows } from '../../platform/db.js';
import { createTestMunicipality, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

const today = '2026-06-15';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock: fixedClock(`${today}T10:00:00Z`) });
});
afterAll(async () => server?.close());

const dismissal = (id: string, otherId: string) => `/api/v1/applications/${id}/duplicates/${otherId}/dismissal`;

describe('probable duplicates in the register', () => {
  it('flags the same system twice and names spelled differently, in the list, its filter, the summary and on the system, until a person judges the pair not duplicates', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const post = async (name: string) => {
      const res = await admin.post('/api/v1/applications', systemInput({ name }));
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const open = await post('Open ePlatform');
    const plattformen = await post('Open e-plattformen');
    const procapita = await post('Procapita 2');
    await post('Procapita 3');
    const tieto = await post('Tieto Sverige AB');
    const tietoAgain = await post('tieto');
    // Phasing out is how a duplicate is resolved: a phased-out twin flags nothing.
    const planned = await admin.post('/api/v1/applications', systemInput({ name: 'Raindance', lifecycle: 'planned' }));
    expect((await admin.put(`/api/v1/applications/${planned.body.id}`, systemInput({ name: 'Raindance', lifecycle: 'phased_out' }), { 'if-match': '"1"' })).status).toBe(200);
    const raindance = await post('Raindance');

    const list = (query = '') => admin.get(`/api/v1/applications?pageSize=100${query}`).then((r) => r.body.items as { id: string; name: string; flags: string[] }[]);
    const flagged = (items: { name: string; flags: string[] }[]) => items.filter((i) => i.flags.includes('probable_duplicate')).map((i) => i.name).sort();
    expect(flagged(await list())).toEqual(['Open e-plattformen', 'Open ePlatform', 'Tieto Sverige AB', 'tieto']);
    expect((await list('&flag=probable_duplicate')).map((i) => i.name).sort()).toEqual(['Open e-plattformen', 'Open ePlatform', 'Tieto Sverige AB', 'tieto']);
    expect((await admin.get('/api/v1/applications/summary')).body.flags.probable_duplicate).toBe(4);

    const duplicates = await admin.get(`/api/v1/applications/${open}/duplicates`);
    expect(duplicates.body).toEqual({ items: [{ id: plattformen, name: 'Open e-plattformen' }], dismissed: [], allowedDismiss: true });
    expect((await admin.get(`/api/v1/applications/${raindance}/duplicates`)).body.items).toEqual([]);

    // Who only reads may not judge; a pair that is not flagged is refused and named.
    expect((await (await m.as('lasare')).put(dismissal(open, plattformen), {})).status).toBe(403);
    const unflagged = await admin.put(dismissal(open, procapita), {});
    expect(unflagged.status).toBe(409);
    expect(unflagged.body.code).toBe('not_probable_duplicate');
    expect((await admin.put(dismissal(open, '7c9d20b1-3ab9-437a-af92-3209da2f48b5'), {})).status).toBe(404);

    // Judged once, from either side; judging again changes nothing and is not audited twice.
    expect((await admin.put(dismissal(plattformen, open), {})).status).toBe(204);
    expect((await admin.put(dismissal(open, plattformen), {})).status).toBe(204);
    expect(flagged(await list())).toEqual(['Tieto Sverige AB', 'tieto']);
    expect((await admin.get(`/api/v1/applications/${open}/duplicates`)).body.items).toEqual([]);
    expect((await admin.get('/api/v1/applications/summary')).body.flags.probable_duplicate).toBe(2);
    expect((await admin.get(`/api/v1/applications/${tieto}/duplicates`)).body.items).toEqual([{ id: tietoAgain, name: 'tieto' }]);

    const events = await queryRows<{ action: string; after: { applications: { id: string; name: string }[] } }>(
      server.database.db,
      sql`select action, after from audit_events where organisation_id = ${m.id} and entity_type = 'duplicate_dismissal' order by seq`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.after.applications.map((a) => a.name).sort()).toEqual(['Open e-plattformen', 'Open ePlatform']);
  });

  it('lets a department-scoped role judge only a pair with one of its own systems', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const a = (await admin.post('/api/v1/applications', systemInput({ name: 'Lifecare' }))).body.id as string;
    const b = (await admin.post('/api/v1/applications', systemInput({ name: 'LifeCare AB' }))).body.id as string;
    const chef = await m.as('forvaltningschef');
    expect((await chef.get(`/api/v1/applications/${a}/duplicates`)).body).toEqual({ items: [{ id: b, name: 'LifeCare AB' }], dismissed: [], allowedDismiss: false });
    expect((await chef.put(dismissal(a, b), {})).status).toBe(403);
    expect((await admin.get(`/api/v1/applications/${b}/duplicates`)).body.items).toEqual([{ id: a, name: 'Lifecare' }]);
  });

  it('follows a rename, an archiving and a restore at once, and a change another server made to the shared database', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const a = (await admin.post('/api/v1/applications', systemInput({ name: 'Lifecare' }))).body.id as string;
    const b = (await admin.post('/api/v1/applications', systemInput({ name: 'LifeCare AB' }))).body.id as string;
    const flagged = async () => {
      const items = (await admin.get('/api/v1/applications?pageSize=100')).body.items as { name: string; flags: string[] }[];
      return items.filter((i) => i.flags.includes('probable_duplicate')).map((i) => i.name).sort();
    };
    const duplicatesOf = async (id: string) => (await admin.get(`/api/v1/applications/${id}/duplicates`)).body.items;
    expect(await flagged()).toEqual(['LifeCare AB', 'Lifecare']);

    // Renamed: no longer alike, then alike again.
    expect((await admin.put(`/api/v1/applications/${b}`, systemInput({ name: 'Procapita' }), { 'if-match': '"1"' })).status).toBe(200);
    expect(await flagged()).toEqual([]);
    expect(await duplicatesOf(a)).toEqual([]);
    expect((await admin.put(`/api/v1/applications/${b}`, systemInput({ name: 'Life care' }), { 'if-match': '"2"' })).status).toBe(200);
    expect(await duplicatesOf(a)).toEqual([{ id: b, name: 'Life care' }]);

    // Archived: gone from the comparison; restored: back.
    expect((await admin.delete(`/api/v1/applications/${b}`, { 'if-match': '"3"' })).status).toBe(204);
    expect(await flagged()).toEqual([]);
    expect((await admin.get('/api/v1/applications/summary')).body.flags.probable_duplicate).toBe(0);
    expect((await admin.post(`/api/v1/applications/${b}/restore`, undefined, { 'if-match': '"4"' })).status).toBe(200);
    expect(await flagged()).toEqual(['Life care', 'Lifecare']);

    // Another Roder server on the same database renames it, without this server hearing of it.
    await server.database.db.execute(sql`update applications set name = 'Treserva' where organisation_id = ${m.id} and id = ${b}`);
    expect(await flagged()).toEqual([]);
    await server.database.db.execute(sql`update applications set name = 'LIFECARE' where organisation_id = ${m.id} and id = ${b}`);
    expect(await duplicatesOf(a)).toEqual([{ id: b, name: 'LIFECARE' }]);
  });

  it('undoes a judgement: the pair is flagged again, the undoing is audited, and undoing again changes nothing', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const a = (await admin.post('/api/v1/applications', systemInput({ name: 'Treserva' }))).body.id as string;
    const b = (await admin.post('/api/v1/applications', systemInput({ name: 'Treserva AB' }))).body.id as string;
    expect((await admin.put(dismissal(a, b), {})).status).toBe(204);
    expect((await admin.get(`/api/v1/applications/${a}/duplicates`)).body).toEqual({ items: [], dismissed: [{ id: b, name: 'Treserva AB' }], allowedDismiss: true });
    expect((await admin.get(`/api/v1/applications/${b}/duplicates`)).body.dismissed).toEqual([{ id: a, name: 'Treserva' }]);

    // Who only reads may not undo; a system of another municipality does not exist here.
    expect((await (await m.as('lasare')).delete(dismissal(a, b))).status).toBe(403);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const foreign = (await (await other.as('admin')).post('/api/v1/applications', systemInput({ name: 'Treserva' }))).body.id as string;
    expect((await admin.delete(dismissal(a, foreign))).status).toBe(404);
    const invalid = await admin.delete(`/api/v1/applications/${a}/duplicates/inte-ett-id/dismissal`);
    expect(invalid.status).toBe(400);
    expect(invalid.body.title).toBeTruthy();

    // Undone from the other side: flagged again at once; undoing again is no change.
    expect((await admin.delete(dismissal(b, a))).status).toBe(204);
    expect((await admin.get(`/api/v1/applications/${a}/duplicates`)).body).toEqual({ items: [{ id: b, name: 'Treserva AB' }], dismissed: [], allowedDismiss: true });
    expect((await admin.delete(dismissal(a, b))).status).toBe(204);
    const events = await queryRows<{ action: string; before: { applications: { name: string }[] } | null }>(
      server.database.db,
      sql`select action, before from audit_events where organisation_id = ${m.id} and entity_type = 'duplicate_dismissal' order by seq`,
    );
    expect(events.map((e) => e.action)).toEqual(['create', 'delete']);
    expect(events[1]!.before!.applications.map((x) => x.name).sort()).toEqual(['Treserva', 'Treserva AB']);

    // Judged again after the undoing: a new judgement, as any other.
    expect((await admin.put(dismissal(a, b), {})).status).toBe(204);
    expect((await admin.get(`/api/v1/applications/${a}/duplicates`)).body.items).toEqual([]);
  });
});
