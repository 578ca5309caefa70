import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationEndpoints } from '../../shared/endpoints/applications.js';
import { createTestMunicipality, type Municipality, systemInput } from '../testing/fixtures.js';
import { startTestServer, type TestServer } from '../testing/server.js';

/** What the platform does for every endpoint defined in src/shared, before any handler runs. */
let server: TestServer;
let m: Municipality;
beforeAll(async () => {
  server = await startTestServer();
  m = await createTestMunicipality(server, 'Plattformskommun');
});
afterAll(async () => server?.close());

describe('endpoints registered from their definitions', () => {
  it('answers 401 to nobody before it looks at the request’s shape', async () => {
    const res = await fetch(`${server.url}/api/v1/applications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":' });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a write without the session’s CSRF token, and a role without the endpoint’s permission', async () => {
    const admin = await m.as('admin');
    expect((await admin.request('POST', '/api/v1/applications', {}, { 'x-csrf-token': 'wrong' })).status).toBe(403);
    const reader = await m.as('lasare');
    // Who asks comes before what they send: a bad body from a role without the permission is
    // refused for the permission, and tells nothing about the body's shape.
    const refused = await reader.post('/api/v1/applications', { name: 'Läsarens system' });
    expect(refused.status).toBe(403);
    expect(refused.body.errors).toBeUndefined();
    expect((await reader.request('POST', '/api/v1/applications', '{"name":', { 'content-type': 'application/json' })).status).toBe(403);
    const valid = await reader.post('/api/v1/applications', {
      name: 'Läsarens system', vendor: null, versions: [], kind: 'system', description: '', lifecycle: 'in_use', assessment: null, yearlyCost: null,
      ownerId: null, managerId: null, departmentIds: [], capabilityIds: [], personalData: false, classification: { k: null, r: null, t: null },
      contract: { endDate: null, noticeMonths: null }, integrations: [], disruptionTests: [], sharedWithCollaboration: false,
    });
    expect(valid.status).toBe(403);
    expect(valid.body.code).toBe('forbidden');
    expect((await (await m.as('admin')).get('/api/v1/applications')).body.total).toBe(0);
  });

  it('refuses a write from another site’s page, even with a valid session and token', async () => {
    const admin = await m.as('admin');
    const before = (await admin.get('/api/v1/applications')).body.total;
    const body = { name: 'Från en annan webbplats' };
    const foreign: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: 'null' }, { referer: 'https://evil.example/form.html' }, { origin: server.url.replace('127.0.0.1', 'localhost') }];
    for (const headers of foreign) {
      const res = await admin.request('POST', '/api/v1/applications', body, headers);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('foreign_origin');
    }
    // A sign-in from another site's page is refused too (login CSRF).
    const login = await fetch(`${server.url}/api/v1/session`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify({ email: 'x@example.se', password: 'y' }),
    });
    expect(login.status).toBe(403);
    // The app's own pages may write; reading is never refused for its origin.
    expect((await admin.request('GET', '/api/v1/applications', undefined, { origin: 'https://evil.example' })).status).toBe(200);
    const own = await admin.request('POST', '/api/v1/applications', { ...systemInput(), name: 'Från egen sida' }, { origin: server.url, referer: `${server.url}/system/ny` });
    expect(own.status).toBe(201);
    expect((await admin.get('/api/v1/applications')).body.total).toBe(before + 1);
  });

  it('shows a Samverkanspartner nothing of the municipality’s own: not its people, departments, roles, capabilities or rules', async () => {
    const partner = await m.as('samverkanspartner');
    for (const path of ['/api/v1/people', '/api/v1/departments', '/api/v1/roles', '/api/v1/capabilities', '/api/v1/rules', '/api/v1/applications', '/api/v1/documents']) {
      const res = await partner.get(path);
      expect([path, res.status]).toEqual([path, 403]);
      expect(JSON.stringify(res.body)).not.toContain(m.people.admin.email);
    }
    // The partner still knows who they are.
    expect((await partner.get('/api/v1/session')).status).toBe(200);
  });

  it('documents each endpoint’s permission and error answers in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { description?: string; responses: Record<string, unknown> }>>;
    };
    const update = doc.paths['/api/v1/applications/{id}']!.put!;
    expect(Object.keys(update.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409', '412', '428', '429']);
    expect(update.description).toContain(applicationEndpoints.update.access);
    const list = doc.paths['/api/v1/applications']!.get!;
    expect(Object.keys(list.responses).sort()).toEqual(['200', '400', '401', '403']);
    const signIn = doc.paths['/api/v1/session']!.post!;
    expect(Object.keys(signIn.responses).sort()).toEqual(['200', '400', '401', '409', '429']);
  });
});
