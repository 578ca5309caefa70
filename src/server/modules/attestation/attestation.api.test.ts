import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInSweden } from '../../../shared/dates.js';
import type { ApiClient } from '../../testing/client.js';
import { createTestMunicipality, type Municipality, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { entityEvents } from '../audit/queries.js';
import { collectDueAttestationReminders } from './commands.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const base = '/api/v1/attestation';

/** Systems owned by the systemägare (two, in department b) and the förvaltningsledare (one, in a). */
async function register(m: Municipality) {
  const admin = await m.as('admin');
  const make = async (name: string, ownerId: string, departmentIds: string[]) => {
    const input = systemInput({ name, ownerId, departmentIds });
    const res = await admin.post('/api/v1/applications', input);
    expect(res.status).toBe(201);
    return { id: res.body.id as string, input };
  };
  return {
    alpha: await make('Alfa', m.people.systemagare.personId, [m.departments.b]),
    beta: await make('Beta', m.people.systemagare.personId, [m.departments.b]),
    gamma: await make('Gamma', m.people.forvaltningsledare.personId, [m.departments.a]),
    orphan: await make('Utan ägare', null as unknown as string, []),
  };
}

async function confirm(client: ApiClient, id: string) {
  const task = await client.get(`${base}/tasks/${id}`);
  return client.post(`${base}/tasks/${id}/confirm`, {}, { 'if-match': task.headers.get('etag')! });
}

describe('attestation', () => {
  it('opens one round, gives each owner a task per system, and refuses a second open round', async () => {
    const m = await createTestMunicipality(server);
    await register(m);
    const chef = await m.as('it_chef');
    const opened = await chef.post(`${base}/rounds`, {});
    expect(opened.status).toBe(201);
    expect(opened.body.taskCount).toBe(3);
    expect(opened.body.dueDate).toBe(addDays(dateInSweden(new Date()), 30));
    const again = await chef.post(`${base}/rounds`, { dueDate: '2099-01-01' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('attestation_round_open');
    const events = await entityEvents(server.database.db, m.id, 'attestation_round', opened.body.id);
    expect(events.map((e) => e.action)).toEqual(['open']);

    const owner = await m.as('systemagare');
    const mine = await owner.get(`${base}/tasks`);
    expect(mine.body.items.map((t: { applicationName: string; state: string }) => [t.applicationName, t.state])).toEqual([['Alfa', 'open'], ['Beta', 'open']]);
    expect(mine.body.allowedManage).toBe(false);
    const manager = await m.as('forvaltningsledare');
    expect((await manager.get(`${base}/tasks`)).body.items.map((t: { applicationName: string }) => t.applicationName)).toEqual(['Gamma']);
    expect((await (await m.as('lasare')).get(`${base}/tasks`)).body.items).toEqual([]);
  });

  it('confirms with one click under If-Match, records a correction, and drops back when someone else edits', async () => {
    const m = await createTestMunicipality(server);
    const systems = await register(m);
    await (await m.as('admin')).post(`${base}/rounds`, {});
    const owner = await m.as('systemagare');
    const [alpha, beta] = (await owner.get(`${base}/tasks`)).body.items as { id: string }[];

    const page = await owner.get(`${base}/tasks/${alpha!.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ state: 'open', allowedConfirm: true, system: { name: 'Alfa', vendor: 'Leverantör AB', ownerName: 'Sara Systemägare', departments: ['Barn- och utbildningsförvaltningen'] } });
    expect((await owner.post(`${base}/tasks/${alpha!.id}/confirm`, {})).status).toBe(428);
    expect((await owner.post(`${base}/tasks/${alpha!.id}/confirm`, {}, { 'if-match': '"7"' })).status).toBe(412);
    const confirmed = await owner.post(`${base}/tasks/${alpha!.id}/confirm`, {}, { 'if-match': page.headers.get('etag')! });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ state: 'confirmed', allowedConfirm: false, confirmedBy: 'Sara Systemägare' });
    // The second click is stale: it changes nothing.
    expect((await owner.post(`${base}/tasks/${alpha!.id}/confirm`, {}, { 'if-match': page.headers.get('etag')! })).status).toBe(412);
    const current = await owner.post(`${base}/tasks/${alpha!.id}/confirm`, {}, { 'if-match': confirmed.headers.get('etag')! });
    expect(current.status).toBe(409);
    expect(current.body.code).toBe('attestation_already_confirmed');
    expect((await entityEvents(server.database.db, m.id, 'attestation_task', alpha!.id)).map((e) => e.action)).toEqual(['confirm']);

    // Correct: the owner edits the system through its own update, then confirms.
    const system = await owner.get(`/api/v1/applications/${systems.beta.id}`);
    const edited = await owner.put(`/api/v1/applications/${systems.beta.id}`, { ...systems.beta.input, description: 'Rättad beskrivning.' }, { 'if-match': system.headers.get('etag')! });
    expect(edited.status).toBe(200);
    expect((await confirm(owner, beta!.id)).body.state).toBe('corrected');

    // The owner's own later edit keeps the confirmation; someone else's drops it back.
    const again = await owner.get(`/api/v1/applications/${systems.beta.id}`);
    await owner.put(`/api/v1/applications/${systems.beta.id}`, { ...systems.beta.input, description: 'Ännu en rättelse.' }, { 'if-match': again.headers.get('etag')! });
    expect((await owner.get(`${base}/tasks/${beta!.id}`)).body.state).toBe('corrected');
    const chef = await m.as('it_chef');
    const before = (await chef.get(`${base}/overview`)).body;
    expect(before).toMatchObject({ total: 4, confirmed: 2, intervalMonths: 12 });
    const alphaNow = await chef.get(`/api/v1/applications/${systems.alpha.id}`);
    await chef.put(`/api/v1/applications/${systems.alpha.id}`, { ...systems.alpha.input, yearlyCost: 5 }, { 'if-match': alphaNow.headers.get('etag')! });
    const dropped = await owner.get(`${base}/tasks/${alpha!.id}`);
    expect(dropped.body).toMatchObject({ state: 'dropped', allowedConfirm: true });
    expect((await chef.get(`${base}/overview`)).body.confirmed).toBe(1);
    expect((await confirm(owner, alpha!.id)).body.state).toBe('confirmed');
    expect((await chef.get(`${base}/overview`)).body.confirmed).toBe(2);
  });

  it('reports freshness per department and owner, and the overdue list as .xlsx', async () => {
    const m = await createTestMunicipality(server);
    await register(m);
    const chef = await m.as('it_chef');
    const round = (await chef.post(`${base}/rounds`, {})).body;
    const owner = await m.as('systemagare');
    const [alpha] = (await owner.get(`${base}/tasks`)).body.items as { id: string }[];
    await confirm(owner, alpha!.id);
    const view = (await chef.get(`${base}/overview`)).body;
    expect(view).toMatchObject({ total: 4, confirmed: 1, share: 0.25, openRound: { id: round.id, taskCount: 3, doneCount: 1 } });
    expect(view.departments.map((d: { name: string; total: number; confirmed: number; share: number }) => [d.name, d.total, d.confirmed, d.share])).toEqual([
      ['Barn- och utbildningsförvaltningen', 2, 1, 0.5],
      ['Socialförvaltningen', 1, 0, 0],
    ]);
    expect(view.owners.map((o: { name: string; confirmed: number; total: number }) => [o.name, o.confirmed, o.total])).toEqual([
      ['Filip Förvaltningsledare', 0, 1],
      ['Sara Systemägare', 1, 2],
    ]);
    // Not overdue before the due date.
    expect(view.overdue).toEqual([]);
    await server.database.db.execute(
      (await import('drizzle-orm')).sql`update attestation_rounds set due_date = '2020-01-01' where organisation_id = ${m.id} and id = ${round.id}`,
    );
    const late = (await chef.get(`${base}/overview`)).body;
    expect(late.overdue.map((o: { applicationName: string; ownerName: string }) => [o.applicationName, o.ownerName])).toEqual([
      ['Gamma', 'Filip Förvaltningsledare'],
      ['Beta', 'Sara Systemägare'],
    ]);
    const file = await chef.get(`${base}/overdue.xlsx`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.raw as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Försenade attesteringar');
    expect(sheet.getRow(1).values).toEqual([undefined, 'System', 'Systemägare', 'Sista svarsdag', 'Status']);
    expect([sheet.getRow(2).getCell(1).value, sheet.getRow(3).getCell(1).value]).toEqual(['Gamma', 'Beta']);
    expect(sheet.rowCount).toBe(3);
  });

  it('opens one round when two admins open at once', async () => {
    const m = await createTestMunicipality(server);
    await register(m);
    const [admin, chef] = [await m.as('admin'), await m.as('it_chef')];
    const answers = await Promise.all([admin.post(`${base}/rounds`, {}), chef.post(`${base}/rounds`, {})]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const view = (await admin.get(`${base}/overview`)).body;
    expect(view.openRound.taskCount).toBe(3);
    expect((await (await m.as('systemagare')).get(`${base}/tasks`)).body.items).toHaveLength(2);
  });

  it('lets only the manage permission open rounds and see freshness, and only the owner confirm', async () => {
    const m = await createTestMunicipality(server);
    await register(m);
    for (const role of ['lasare', 'systemagare', 'forvaltningschef', 'samverkanspartner'] as const) {
      const client = await m.as(role);
      expect((await client.post(`${base}/rounds`, {})).status, role).toBe(403);
      expect((await client.get(`${base}/overview`)).status, role).toBe(403);
      expect((await client.get(`${base}/overdue.xlsx`)).status, role).toBe(403);
    }
    await (await m.as('admin')).post(`${base}/rounds`, {});
    const [gamma] = (await (await m.as('forvaltningsledare')).get(`${base}/tasks`)).body.items as { id: string }[];
    const owner = await m.as('systemagare');
    // Another owner's task is not visible, and cannot be confirmed.
    expect((await owner.get(`${base}/tasks/${gamma!.id}`)).status).toBe(404);
    expect((await owner.post(`${base}/tasks/${gamma!.id}/confirm`, {}, { 'if-match': '"1"' })).status).toBe(403);
    // The IT strategist sees it but does not answer for the owner.
    const chef = await m.as('it_chef');
    const seen = await chef.get(`${base}/tasks/${gamma!.id}`);
    expect(seen.body.allowedConfirm).toBe(false);
    expect((await chef.post(`${base}/tasks/${gamma!.id}/confirm`, {}, { 'if-match': '"1"' })).status).toBe(403);
  });

  it("never reaches another municipality's rounds or tasks", async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Grannkommun');
    await register(m);
    await register(other);
    await (await other.as('admin')).post(`${base}/rounds`, {});
    const round = (await (await m.as('admin')).post(`${base}/rounds`, {})).body;
    expect(round.taskCount).toBe(3);
    const [theirs] = (await (await other.as('systemagare')).get(`${base}/tasks`)).body.items as { id: string }[];
    const owner = await m.as('systemagare');
    expect((await owner.get(`${base}/tasks/${theirs!.id}`)).status).toBe(404);
    expect((await owner.post(`${base}/tasks/${theirs!.id}/confirm`, {}, { 'if-match': '"1"' })).status).toBe(404);
    const admin = await m.as('admin');
    expect((await admin.get(`${base}/tasks/${theirs!.id}`)).status).toBe(404);
    const theirRound = (await (await other.as('admin')).get(`${base}/overview`)).body.openRound;
    expect((await admin.post(`${base}/rounds/${theirRound.id}/close`, {}, { 'if-match': '"1"' })).status).toBe(404);
    expect((await (await other.as('admin')).get(`${base}/overview`)).body.openRound.id).toBe(theirRound.id);
  });

  it('refuses hostile input with 4xx and changes nothing', async () => {
    const m = await createTestMunicipality(server);
    await register(m);
    const admin = await m.as('admin');
    for (const body of [{ dueDate: '2020-01-01' }, { dueDate: 'x'.repeat(100_000) }, { dueDate: '2026-02-30' }, { dueDate: 12 }, { dueDate: '2099-01-01\u0000' }]) {
      const res = await admin.post(`${base}/rounds`, body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
    }
    expect((await admin.get(`${base}/overview`)).body.openRound).toBeNull();
    expect((await admin.get(`${base}/tasks/not-a-uuid`)).status).toBe(400);
    expect((await admin.post(`${base}/tasks/00000000-0000-4000-8000-000000000000/confirm`, {}, { 'if-match': '"1"' })).status).toBe(404);
    expect((await admin.put(`${base}/settings`, { intervalMonths: 0 }, { 'if-match': '"0"' })).status).toBe(400);
    expect((await admin.put(`${base}/settings`, { intervalMonths: 1e12 }, { 'if-match': '"0"' })).status).toBe(400);
    expect((await admin.put(`${base}/settings`, { intervalMonths: '6' }, { 'if-match': '"0"' })).status).toBe(400);
    expect((await admin.get(`${base}/settings`)).body).toEqual({ intervalMonths: 12, rowVersion: 0 });
  });

  it('keeps the interval per municipality under If-Match, and closes a round', async () => {
    const m = await createTestMunicipality(server);
    await register(m);
    const admin = await m.as('admin');
    expect((await admin.put(`${base}/settings`, { intervalMonths: 6 })).status).toBe(428);
    const set = await admin.put(`${base}/settings`, { intervalMonths: 6 }, { 'if-match': '"0"' });
    expect(set.body).toEqual({ intervalMonths: 6, rowVersion: 1 });
    expect((await admin.put(`${base}/settings`, { intervalMonths: 24 }, { 'if-match': '"0"' })).status).toBe(412);
    expect((await admin.get(`${base}/overview`)).body.intervalMonths).toBe(6);
    const round = (await admin.post(`${base}/rounds`, {})).body;
    const owner = await m.as('systemagare');
    const [task] = (await owner.get(`${base}/tasks`)).body.items as { id: string }[];
    const closed = await admin.post(`${base}/rounds/${round.id}/close`, {}, { 'if-match': `"${round.rowVersion}"` });
    expect(closed.status).toBe(200);
    expect(closed.body.closedAt).not.toBeNull();
    // A closed round's unanswered tasks leave the owner's list and cannot be confirmed; a new round can open.
    expect((await owner.get(`${base}/tasks`)).body.items).toEqual([]);
    expect((await owner.get(`${base}/tasks/${task!.id}`)).body).toMatchObject({ state: 'open', roundClosed: true, allowedConfirm: false });
    expect((await confirm(owner, task!.id)).status).toBe(409);
    expect((await admin.post(`${base}/rounds`, {})).status).toBe(201);
  });
});

describe('attestation reminders', () => {
  it('reminds each owner once after 14 days and once after 28, never for confirmed tasks or another municipality', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Grannkommun');
    await register(m);
    await register(other);
    const round = (await (await m.as('admin')).post(`${base}/rounds`, {})).body;
    await (await other.as('admin')).post(`${base}/rounds`, {});
    const owner = await m.as('systemagare');
    const [alpha, beta] = (await owner.get(`${base}/tasks`)).body.items as { id: string }[];
    await confirm(owner, alpha!.id);
    const db = server.database.db;
    const opened = dateInSweden(new Date(round.openedAt));
    const now = new Date();
    const collect = (days: number) => collectDueAttestationReminders(db, m.id, addDays(opened, days), now);

    expect(await collect(0)).toEqual([]);
    expect(await collect(13)).toEqual([]);
    const first = await collect(14);
    const byPerson = (list: Awaited<ReturnType<typeof collect>>) => Object.fromEntries(list.map((r) => [r.personId, r]));
    expect(first).toHaveLength(2);
    expect(byPerson(first)[m.people.systemagare.personId]).toEqual({ personId: m.people.systemagare.personId, roundId: round.id, dueDate: round.dueDate, reminder: 'first', taskIds: [beta!.id] });
    expect(byPerson(first)[m.people.forvaltningsledare.personId]!.reminder).toBe('first');
    expect(await collect(14)).toEqual([]);
    expect(await collect(20)).toEqual([]);
    const second = await collect(28);
    expect(second.map((r) => r.reminder)).toEqual(['second', 'second']);
    expect(byPerson(second)[m.people.systemagare.personId]!.taskIds).toEqual([beta!.id]);
    expect(await collect(29)).toEqual([]);
    expect(await collect(90)).toEqual([]);
    // The other municipality's tasks were untouched: its first reminder is still due.
    const theirs = await collectDueAttestationReminders(db, other.id, addDays(opened, 15), now);
    expect(theirs.map((r) => r.reminder)).toEqual(['first', 'first']);
  });

  it('gives a task first seen after day 28 only the second reminder, and none once the round is closed', async () => {
    const m = await createTestMunicipality(server);
    await register(m);
    const admin = await m.as('admin');
    const round = (await admin.post(`${base}/rounds`, {})).body;
    const opened = dateInSweden(new Date(round.openedAt));
    const db = server.database.db;
    const late = await collectDueAttestationReminders(db, m.id, addDays(opened, 40), new Date());
    expect(late.map((r) => r.reminder)).toEqual(['second', 'second']);
    expect(await collectDueAttestationReminders(db, m.id, addDays(opened, 41), new Date())).toEqual([]);
    await admin.post(`${base}/rounds/${round.id}/close`, {}, { 'if-match': `"${round.rowVersion}"` });
    const next = (await admin.post(`${base}/rounds`, {})).body;
    await admin.post(`${base}/rounds/${next.id}/close`, {}, { 'if-match': `"${next.rowVersion}"` });
    expect(await collectDueAttestationReminders(db, m.id, addDays(opened, 60), new Date())).toEqual([]);
  });
});
