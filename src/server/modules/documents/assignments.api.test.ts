import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyInput } from '../../testing/documents.js';
import { createTestMunicipality, type Municipality } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

/** Assignments (uppdrag) an item of a steering document gives: owner, deadline, status, history (issue 13, item 7). */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

/** A policy owned by the IT-chef with one goal, and an assignment input on it for `owner`. */
async function policy(m: Municipality) {
  const chef = await m.as('it_chef');
  const input = await policyInput(chef, m, { items: [{ kind: 'goal', number: '2.3', title: 'Informationssäkerhet', text: '', children: [] }] });
  const { body } = await chef.post('/api/v1/documents', input);
  const itemId = body.items[0].id as string;
  const assignment = (ownerId: string, dueOn = '2199-06-30') => ({ itemId, title: 'En it-säkerhetspolicy ska under perioden skapas', ownerId, dueOn });
  return { chef, id: body.id as string, itemId, assignment };
}

describe('assignments', () => {
  it('are given on an item, notify their owner, and are listed per document and under the owner’s own list', async () => {
    const m = await createTestMunicipality(server);
    const { chef, id, assignment } = await policy(m);
    const sara = m.people.systemagare.personId;
    const created = await chef.post(`/api/v1/documents/${id}/assignments`, assignment(sara));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ documentTitle: 'IT-policy', itemTitle: '2.3 Informationssäkerhet', ownerName: 'Sara Systemägare', status: 'not_started', overdue: false, rowVersion: 1 });
    await chef.post(`/api/v1/documents/${id}/assignments`, { ...assignment(sara, '2020-01-31'), title: 'Inventera systemen' });

    const list = await chef.get(`/api/v1/documents/${id}/assignments`);
    expect(list.body.allowedCreate).toBe(true);
    expect(list.body.items.map((a: { title: string; overdue: boolean }) => [a.title, a.overdue])).toEqual([
      ['Inventera systemen', true],
      ['En it-säkerhetspolicy ska under perioden skapas', false],
    ]);
    const saraClient = await m.as('systemagare');
    const mine = await saraClient.get('/api/v1/assignments/mine');
    expect(mine.body.items).toHaveLength(2);
    expect(mine.body.items[0]).toMatchObject({ overdue: true, allowed: { update: false, setStatus: true } });
    expect((await chef.get('/api/v1/assignments/mine')).body.items).toEqual([]);
    const told = (await saraClient.get('/api/v1/notifications')).body.items;
    expect(told.map((n: { text: string }) => n.text)).toContain('Du har fått uppdraget ”En it-säkerhetspolicy ska under perioden skapas” i IT-policy, klart senast 2199-06-30.');
  });

  it('let the owner set the status, with a comment when klar or inställd, under If-Match; the history shows it', async () => {
    const m = await createTestMunicipality(server);
    const { chef, id, assignment } = await policy(m);
    const { body: a } = await chef.post(`/api/v1/documents/${id}/assignments`, assignment(m.people.systemagare.personId));
    const sara = await m.as('systemagare');
    expect((await sara.post(`/api/v1/assignments/${a.id}/status`, { status: 'in_progress' })).status).toBe(428);
    expect((await sara.post(`/api/v1/assignments/${a.id}/status`, { status: 'in_progress' }, { 'if-match': '"1"' })).body.status).toBe('in_progress');
    expect((await sara.post(`/api/v1/assignments/${a.id}/status`, { status: 'done', comment: 'Klar.' }, { 'if-match': '"1"' })).status).toBe(412);
    const noComment = await sara.post(`/api/v1/assignments/${a.id}/status`, { status: 'done', comment: '  ' }, { 'if-match': '"2"' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.errors).toMatchObject([{ field: 'comment' }]);
    const done = await sara.post(`/api/v1/assignments/${a.id}/status`, { status: 'done', comment: 'Antagen av KS.' }, { 'if-match': '"2"' });
    expect(done.body).toMatchObject({ status: 'done', statusComment: 'Antagen av KS.', overdue: false });
    // Sara may set the status, not change the assignment; a reader may do neither.
    expect((await sara.put(`/api/v1/assignments/${a.id}`, assignment(m.people.systemagare.personId), { 'if-match': '"3"' })).status).toBe(403);
    expect((await (await m.as('lasare')).post(`/api/v1/assignments/${a.id}/status`, { status: 'cancelled', comment: 'x' }, { 'if-match': '"3"' })).status).toBe(403);

    const history = (await chef.get(`/api/v1/records/assignment/${a.id}/history`)).body.items;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['status', 'status', 'create']);
  });

  it('are changed by who may change the document; a field is set back from the history; a new owner is notified', async () => {
    const m = await createTestMunicipality(server);
    const { chef, id, assignment } = await policy(m);
    const { body: a } = await chef.post(`/api/v1/documents/${id}/assignments`, assignment(m.people.systemagare.personId));
    const moved = await chef.put(`/api/v1/assignments/${a.id}`, { ...assignment(m.people.forvaltningsledare.personId), dueOn: '2198-01-01' }, { 'if-match': '"1"' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ ownerName: 'Filip Förvaltningsledare', dueOn: '2198-01-01', rowVersion: 2 });
    expect((await (await m.as('forvaltningsledare')).get('/api/v1/notifications')).body.items).toHaveLength(1);
    const history = await chef.get(`/api/v1/records/assignment/${a.id}/history`);
    expect(history.body.allowedSetBack).toBe(true);
    const update = history.body.items.find((e: { action: string }) => e.action === 'update');
    const back = await chef.post(`/api/v1/records/assignment/${a.id}/set-back`, { eventId: update.id, field: 'dueOn' }, { 'if-match': '"2"' });
    expect(back.status).toBe(200);
    expect((await chef.get(`/api/v1/assignments/${a.id}`)).body.dueOn).toBe('2199-06-30');
  });

  it('refuse hostile input naming the field, in Swedish and English, and change nothing', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const { chef, id, assignment } = await policy(m);
    const otherDoc = await policy(other);
    const bad = await chef.post(`/api/v1/documents/${id}/assignments`, { itemId: 'x', title: 'a\u0000', ownerId: m.people.systemagare.personId, dueOn: '2026-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['dueOn', 'itemId', 'title']);
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'itemId').message).toMatch(/[åäö]/);
    // Another document's item and another municipality's person are unknown here.
    const foreign = await chef.post(`/api/v1/documents/${id}/assignments`, { ...assignment(other.people.systemagare.personId), itemId: otherDoc.itemId });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['itemId', 'ownerId']);
    chef.language = 'en';
    const english = await chef.post(`/api/v1/documents/${id}/assignments`, { ...assignment(m.people.systemagare.personId), title: 'x'.repeat(501), dueOn: '1800-01-01' });
    expect(english.status).toBe(400);
    expect(english.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['dueOn', 'title']);
    expect(english.body.errors.map((e: { message: string }) => e.message).join(' ')).not.toMatch(/[åäö]/);
    expect((await chef.post(`/api/v1/documents/${id}/assignments`, [])).status).toBe(400);
    expect((await chef.get(`/api/v1/documents/${id}/assignments`)).body.items).toEqual([]);
  });

  it('are invisible to another municipality and given only by who may change the document', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const { chef, id, assignment } = await policy(m);
    const { body: a } = await chef.post(`/api/v1/documents/${id}/assignments`, assignment(m.people.systemagare.personId));
    expect((await (await m.as('lasare')).post(`/api/v1/documents/${id}/assignments`, assignment(m.people.lasare.personId))).status).toBe(403);
    expect((await (await m.as('forvaltningschef')).post(`/api/v1/documents/${id}/assignments`, assignment(m.people.lasare.personId))).status).toBe(403);
    expect((await (await m.as('lasare')).get(`/api/v1/documents/${id}/assignments`)).body.allowedCreate).toBe(false);
    const stranger = await other.as('admin');
    expect((await stranger.get(`/api/v1/documents/${id}/assignments`)).status).toBe(404);
    expect((await stranger.post(`/api/v1/documents/${id}/assignments`, assignment(other.people.admin.personId))).status).toBe(404);
    expect((await stranger.get(`/api/v1/assignments/${a.id}`)).status).toBe(404);
    expect((await stranger.put(`/api/v1/assignments/${a.id}`, assignment(other.people.admin.personId), { 'if-match': '"1"' })).status).toBe(404);
    expect((await stranger.post(`/api/v1/assignments/${a.id}/status`, { status: 'in_progress' }, { 'if-match': '"1"' })).status).toBe(404);
    expect((await stranger.get(`/api/v1/records/assignment/${a.id}/history`)).status).toBe(404);
    expect((await stranger.get('/api/v1/assignments/mine')).body.items).toEqual([]);
  });

  it('are archived and restored by an admin, and listed for hand-over when their owner leaves', async () => {
    const m = await createTestMunicipality(server);
    const { chef, id, assignment } = await policy(m);
    const sara = m.people.systemagare.personId;
    const filip = m.people.forvaltningsledare.personId;
    const { body: a } = await chef.post(`/api/v1/documents/${id}/assignments`, assignment(sara));
    const { body: closed } = await chef.post(`/api/v1/documents/${id}/assignments`, { ...assignment(sara), title: 'Klart redan' });
    await chef.post(`/api/v1/assignments/${closed.id}/status`, { status: 'cancelled', comment: 'Behövs inte.' }, { 'if-match': '"1"' });
    const admin = await m.as('admin');
    expect((await chef.delete(`/api/v1/records/assignment/${a.id}`, { 'if-match': '"1"' })).status).toBe(403);
    expect((await admin.delete(`/api/v1/records/assignment/${a.id}`, { 'if-match': '"1"' })).status).toBe(204);
    expect((await chef.get(`/api/v1/documents/${id}/assignments`)).body.items).toHaveLength(1);
    const archived = (await admin.get('/api/v1/records/archived?type=assignment')).body.items;
    expect(archived).toMatchObject([{ type: 'assignment', id: a.id, name: 'En it-säkerhetspolicy ska under perioden skapas' }]);
    expect((await admin.post(`/api/v1/records/assignment/${a.id}/restore`, {}, { 'if-match': '"2"' })).status).toBe(200);

    const held = await admin.get(`/api/v1/people/${sara}/responsibilities`);
    const group = held.body.groups.find((g: { kind: string }) => g.kind === 'document_assignment');
    expect(group).toMatchObject({ count: 1, items: [{ id: a.id, link: `/styrdokument/${id}` }] });
    const handed = await admin.post(`/api/v1/people/${sara}/handover`, { assignments: [{ kind: 'document_assignment', toPersonId: filip }] }, { 'if-match': `"${held.body.person.rowVersion}"` });
    expect(handed.status).toBe(200);
    expect((await admin.get(`/api/v1/assignments/${a.id}`)).body.ownerId).toBe(filip);
    expect((await admin.get(`/api/v1/assignments/${closed.id}`)).body.ownerId).toBe(sara);
  });
});
