import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../testing/client.js';
import { createTestMunicipality, PASSWORD, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const NEW_PASSWORD = 'ett nytt långt lösenord';

describe('people and departments (the admin area)', () => {
  it('adds a person with a login role who can then sign in with that role', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const created = await admin.post('/api/v1/people', {
      name: 'Nora Ny',
      email: 'Nora.Ny@test.example',
      title: 'Förvaltningsledare',
      departmentId: m.departments.b,
      roleKey: 'forvaltningschef',
      initialPassword: NEW_PASSWORD,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Nora Ny', email: 'nora.ny@test.example', login: { roleKey: 'forvaltningschef', roleName: 'Förvaltningschef' } });
    const nora = new ApiClient(server.url);
    const session = await nora.login('nora.ny@test.example', NEW_PASSWORD);
    expect(session.body).toMatchObject({ role: { key: 'forvaltningschef' }, department: { id: m.departments.b } });
    // Only admins see login roles.
    const seenByReader = (await (await m.as('lasare')).get('/api/v1/people')).body.items.find((p: { id: string }) => p.id === created.body.id);
    expect(seenByReader.login).toBeUndefined();
  });

  it('names each bad field: missing department for a department role, unknown role, taken e-mail, no password', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const res = await admin.post('/api/v1/people', { name: 'X', email: m.people.lasare.email, roleKey: 'forvaltningschef' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['departmentId', 'email']);
    const unknownRole = await admin.post('/api/v1/people', { name: 'Y', email: 'y@test.example', roleKey: 'kung' });
    expect(unknownRole.body.errors).toEqual([{ field: 'roleKey', message: 'Rollen finns inte i kommunen.' }]);
    const noPassword = await admin.post('/api/v1/people', { name: 'Z', email: 'z-new@test.example', roleKey: 'lasare' });
    expect(noPassword.body.errors[0].field).toBe('initialPassword');
    const badEmail = await admin.post('/api/v1/people', { name: 'W', email: 'inte en adress' });
    expect(badEmail.body.errors[0]).toMatchObject({ field: 'email', message: 'Måste vara en giltig e-postadress.' });
    expect((await admin.get('/api/v1/people')).body.items.map((p: { name: string }) => p.name)).not.toContain('Z');
  });

  it('changes a role under If-Match, and removing the login ends the person’s sessions', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const reader = await m.as('lasare');
    const person = (await admin.get('/api/v1/people')).body.items.find((p: { id: string }) => p.id === m.people.lasare.personId);
    const input = { name: person.name, email: person.email, title: null, departmentId: null, roleKey: 'it_chef' };
    expect((await admin.put(`/api/v1/people/${person.id}`, input)).status).toBe(428);
    const promoted = await admin.put(`/api/v1/people/${person.id}`, input, { 'if-match': `"${person.rowVersion}"` });
    expect(promoted.body.login.roleKey).toBe('it_chef');
    expect((await reader.get('/api/v1/session')).body.role.key).toBe('it_chef');
    expect((await admin.put(`/api/v1/people/${person.id}`, input, { 'if-match': `"${person.rowVersion}"` })).status).toBe(412);
    const removed = await admin.put(`/api/v1/people/${person.id}`, { ...input, roleKey: null }, { 'if-match': `"${promoted.body.rowVersion}"` });
    expect(removed.body.login).toBeNull();
    expect((await reader.get('/api/v1/session')).status).toBe(401);
  });

  it('will not archive a person who still owns systems, nor the admin themself', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    await admin.post('/api/v1/applications', systemInput({ ownerId: m.people.systemagare.personId }));
    const owner = (await admin.get('/api/v1/people')).body.items.find((p: { id: string }) => p.id === m.people.systemagare.personId);
    const refused = await admin.delete(`/api/v1/people/${owner.id}`, { 'if-match': `"${owner.rowVersion}"` });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/1 system/);
    const self = (await admin.get('/api/v1/people')).body.items.find((p: { id: string }) => p.id === m.people.admin.personId);
    expect((await admin.delete(`/api/v1/people/${self.id}`, { 'if-match': `"${self.rowVersion}"` })).status).toBe(400);
    const kd = (await admin.get('/api/v1/people')).body.items.find((p: { id: string }) => p.id === m.people.kommundirektor.personId);
    expect((await admin.delete(`/api/v1/people/${kd.id}`, { 'if-match': `"${kd.rowVersion}"` })).status).toBe(204);
    expect((await admin.get('/api/v1/people')).body.items.map((p: { id: string }) => p.id)).not.toContain(kd.id);
    expect((await new ApiClient(server.url).post('/api/v1/session', { email: m.people.kommundirektor.email, password: PASSWORD })).status).toBe(401);
  });

  it('adds, renames and archives departments; refuses archiving one in use', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const created = await admin.post('/api/v1/departments', { name: 'Miljöförvaltningen', code: 'MF' });
    expect(created.status).toBe(201);
    const renamed = await admin.put(`/api/v1/departments/${created.body.id}`, { name: 'Miljö- och hälsoskydd', code: 'MHF' }, { 'if-match': '"1"' });
    expect(renamed.body).toMatchObject({ name: 'Miljö- och hälsoskydd', rowVersion: 2 });
    const names = (await admin.get('/api/v1/departments')).body.items.map((d: { name: string }) => d.name);
    expect(names).toEqual(['Barn- och utbildningsförvaltningen', 'Miljö- och hälsoskydd', 'Socialförvaltningen']);
    const inUse = await admin.delete(`/api/v1/departments/${m.departments.a}`, { 'if-match': '"1"' });
    expect(inUse.status).toBe(409);
    expect((await admin.delete(`/api/v1/departments/${created.body.id}`, { 'if-match': '"2"' })).status).toBe(204);
    expect((await (await m.as('it_chef')).post('/api/v1/departments', { name: 'Obehörig' })).status).toBe(403);
  });

  it('lets a person change their own password, ending their other sessions', async () => {
    const m = await createTestMunicipality(server);
    const here = await m.as('lasare');
    const elsewhere = new ApiClient(server.url);
    await elsewhere.login(m.people.lasare.email, PASSWORD);
    const wrong = await here.put('/api/v1/session/password', { currentPassword: 'fel', newPassword: NEW_PASSWORD });
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    const short = await here.put('/api/v1/session/password', { currentPassword: PASSWORD, newPassword: 'kort' });
    expect(short.body.errors[0]).toMatchObject({ field: 'newPassword', message: 'Måste vara minst 12 tecken.' });
    expect((await here.put('/api/v1/session/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await here.get('/api/v1/session')).status).toBe(200);
    expect((await elsewhere.get('/api/v1/session')).status).toBe(401);
    expect((await new ApiClient(server.url).post('/api/v1/session', { email: m.people.lasare.email, password: NEW_PASSWORD })).status).toBe(200);
  });
});
