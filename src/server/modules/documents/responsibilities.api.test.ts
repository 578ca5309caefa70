import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyInput } from '../../testing/documents.js';
import { createTestMunicipality, type Municipality } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

/** A steering document's responsibility table, kept as data and frozen with each decided version (issue 13, item 7). */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

async function policy(m: Municipality) {
  const chef = await m.as('it_chef');
  const { body } = await chef.post('/api/v1/documents', await policyInput(chef, m));
  return { chef, id: body.id as string };
}

const table = (m: Municipality) => ({
  rows: [
    { party: 'Kommunstyrelsen', responsibility: 'Övergripande ansvar för it i kommunen.' },
    { party: 'IT-chef', personId: m.people.it_chef.personId, responsibility: 'Leder arbetet med informationssäkerhet.' },
    { party: 'Nämnderna', departmentId: m.departments.a, responsibility: 'Ansvarar för sina verksamhetssystem.' },
  ],
});

describe('the responsibility table', () => {
  it('is saved under If-Match, read with names, and audited', async () => {
    const m = await createTestMunicipality(server);
    const { chef, id } = await policy(m);
    const empty = await chef.get(`/api/v1/documents/${id}/responsibilities`);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ rows: [], rowVersion: 0, allowedUpdate: true });
    expect(empty.headers.get('etag')).toBe('"0"');

    expect((await chef.put(`/api/v1/documents/${id}/responsibilities`, table(m))).status).toBe(428);
    const saved = await chef.put(`/api/v1/documents/${id}/responsibilities`, table(m), { 'if-match': '"0"' });
    expect(saved.status).toBe(200);
    expect(saved.body.rowVersion).toBe(1);
    expect(saved.body.rows[1]).toMatchObject({ party: 'IT-chef', personName: 'Ivar IT-chef', departmentId: null });
    expect(saved.body.rows[2]).toMatchObject({ party: 'Nämnderna', departmentName: 'Socialförvaltningen' });

    // A second first save (read at 0) and a stale one both lose: nothing is overwritten.
    expect((await chef.put(`/api/v1/documents/${id}/responsibilities`, { rows: [] }, { 'if-match': '"0"' })).status).toBe(412);
    const changed = await chef.put(`/api/v1/documents/${id}/responsibilities`, { rows: table(m).rows.slice(0, 1) }, { 'if-match': '"1"' });
    expect(changed.body.rows).toHaveLength(1);
    expect((await chef.put(`/api/v1/documents/${id}/responsibilities`, { rows: [] }, { 'if-match': '"1"' })).status).toBe(412);
    expect((await chef.get(`/api/v1/documents/${id}/responsibilities`)).body.rows).toHaveLength(1);

    const history = await (await m.as('admin')).get(`/api/v1/records/document/${id}/history`);
    const events = history.body.items.filter((e: { action: string }) => e.action === 'responsibilities');
    expect(events).toHaveLength(2);
  });

  it('refuses hostile and unknown input, naming the field, in Swedish or English, and changes nothing', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const { chef, id } = await policy(m);
    const bad = await chef.put(
      `/api/v1/documents/${id}/responsibilities`,
      { rows: [{ party: ' ', responsibility: 'x\u0000' }, { party: 'IT-chef', personId: other.people.it_chef.personId, departmentId: other.departments.a, responsibility: 'Något.' }] },
      { 'if-match': '"0"' },
    );
    expect(bad.status).toBe(400);
    const fields = bad.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['rows.0.party', 'rows.0.responsibility']);
    const foreign = await chef.put(`/api/v1/documents/${id}/responsibilities`, { rows: [table(other).rows[1], table(other).rows[2]] }, { 'if-match': '"0"' });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['rows.0.personId', 'rows.1.departmentId']);
    expect(foreign.body.errors[0].message).toMatch(/[åäö]|finns/i);
    chef.language = 'en';
    const english = await chef.put(`/api/v1/documents/${id}/responsibilities`, { rows: Array.from({ length: 101 }, () => table(m).rows[0]) }, { 'if-match': '"0"' });
    expect(english.status).toBe(400);
    expect(english.body.errors[0].field).toBe('rows');
    expect(english.body.errors[0].message).not.toMatch(/[åäö]/);
    expect((await chef.put(`/api/v1/documents/${id}/responsibilities`, { rows: 'KS' }, { 'if-match': '"0"' })).status).toBe(400);
    expect((await chef.get(`/api/v1/documents/${id}/responsibilities`)).body.rowVersion).toBe(0);
  });

  it('is changed only by who may change the document, and is invisible to another municipality', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const { id } = await policy(m);
    const reader = await m.as('lasare');
    expect((await reader.get(`/api/v1/documents/${id}/responsibilities`)).body.allowedUpdate).toBe(false);
    expect((await reader.put(`/api/v1/documents/${id}/responsibilities`, table(m), { 'if-match': '"0"' })).status).toBe(403);
    expect((await (await m.as('forvaltningschef')).put(`/api/v1/documents/${id}/responsibilities`, table(m), { 'if-match': '"0"' })).status).toBe(403);
    const stranger = await other.as('it_chef');
    expect((await stranger.get(`/api/v1/documents/${id}/responsibilities`)).status).toBe(404);
    expect((await stranger.put(`/api/v1/documents/${id}/responsibilities`, table(other), { 'if-match': '"0"' })).status).toBe(404);
  });

  it('is frozen with a decided version, and changes only through a revision', async () => {
    const m = await createTestMunicipality(server);
    const { chef, id } = await policy(m);
    await chef.put(`/api/v1/documents/${id}/responsibilities`, table(m), { 'if-match': '"0"' });
    const decide = { to: 'adopted', decidedOn: '2025-03-01', decidingBody: 'Kommunfullmäktige', diarienummer: 'KS 2025/0042' };
    expect((await chef.post(`/api/v1/documents/${id}/transitions`, decide, { 'if-match': '"1"' })).status).toBe(200);
    expect((await chef.get(`/api/v1/documents/${id}/responsibilities`)).body.allowedUpdate).toBe(false);
    const frozen = await chef.put(`/api/v1/documents/${id}/responsibilities`, { rows: [] }, { 'if-match': '"1"' });
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('decided_text_frozen');

    await chef.post(`/api/v1/documents/${id}/transitions`, { to: 'draft' }, { 'if-match': '"2"' });
    expect((await chef.put(`/api/v1/documents/${id}/responsibilities`, { rows: table(m).rows.slice(0, 1) }, { 'if-match': '"1"' })).status).toBe(200);
    const v1 = await chef.get(`/api/v1/documents/${id}/versions/1/responsibilities`);
    expect(v1.status).toBe(200);
    expect(v1.body.rows.map((r: { party: string }) => r.party)).toEqual(['Kommunstyrelsen', 'IT-chef', 'Nämnderna']);
    expect(v1.body.rows[1].personName).toBe('Ivar IT-chef');
    expect((await chef.get(`/api/v1/documents/${id}/versions/2/responsibilities`)).status).toBe(404);
  });
});
