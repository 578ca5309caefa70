import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db.js';
import { movableClock } from '../../platform/clock.js';
import { ApiClient } from '../../testing/client.js';
import { createTestMunicipality, PASSWORD, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
const clock = movableClock();
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(async () => server?.close());

describe('signing in and out', () => {
  it('signs in with a session cookie that is httpOnly and SameSite=Lax, and tells who and what role', async () => {
    const m = await createTestMunicipality(server);
    const client = new ApiClient(server.url);
    const res = await client.post('/api/v1/session', { email: m.people.forvaltningschef.email.toUpperCase(), password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/roder_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.body).toMatchObject({
      person: { name: 'Frida Förvaltningschef' },
      organisation: { id: m.id },
      role: { key: 'forvaltningschef', name: 'Förvaltningschef' },
      department: { id: m.departments.a, name: 'Socialförvaltningen' },
      language: 'sv',
    });
    expect(res.body.csrfToken).toMatch(/.{20,}/);
  });

  it('records sign-in and sign-out in the audit trail, with the address and without secrets', async () => {
    const m = await createTestMunicipality(server);
    const client = new ApiClient(server.url);
    await client.login(m.people.lasare.email, PASSWORD);
    await client.delete('/api/v1/session');
    const rows = await queryRows<{ action: string; after: { address: string } }>(
      server.database.db,
      sql`select action, after from audit_events where organisation_id = ${m.id} and entity_type = 'session' order by seq`,
    );
    expect(rows.map((r) => r.action)).toEqual(['sign_in', 'sign_out']);
    expect(rows[0]!.after.address).toBe('127.0.0.1');
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
  });

  it('refuses a wrong password and an unknown account with the same answer', async () => {
    const m = await createTestMunicipality(server);
    const client = new ApiClient(server.url);
    const wrong = await client.post('/api/v1/session', { email: m.people.lasare.email, password: 'fel' });
    const unknown = await client.post('/api/v1/session', { email: 'ingen@test.example', password: 'fel' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('invalid_credentials');
    expect(unknown.body.detail).toBe(wrong.body.detail);
    expect(client.cookie).toBeNull();
  });

  it('limits failed sign-ins per account, then answers 429 even with the right password', async () => {
    const m = await createTestMunicipality(server);
    const client = new ApiClient(server.url);
    for (let i = 0; i < 5; i++) expect((await client.post('/api/v1/session', { email: m.people.kommundirektor.email, password: 'fel' })).status).toBe(401);
    const limited = await client.post('/api/v1/session', { email: m.people.kommundirektor.email, password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('too_many_attempts');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    clock.advance(16 * 60_000);
    expect((await client.post('/api/v1/session', { email: m.people.kommundirektor.email, password: PASSWORD })).status).toBe(200);
  });

  it('holds the limit against parallel guesses', async () => {
    const m = await createTestMunicipality(server);
    const results = await Promise.all(
      Array.from({ length: 15 }, () => new ApiClient(server.url).post('/api/v1/session', { email: m.people.it_chef.email, password: 'gissning' })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
    clock.advance(16 * 60_000);
  });

  it('refuses writes without the CSRF token even with a valid cookie', async () => {
    const m = await createTestMunicipality(server);
    const client = await m.as('admin');
    const res = await client.post('/api/v1/applications', systemInput(), { 'x-csrf-token': 'forged' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf_failed');
    expect((await client.get('/api/v1/applications')).body.total).toBe(0);
  });

  it('signs out: the old cookie no longer works', async () => {
    const m = await createTestMunicipality(server);
    const client = new ApiClient(server.url);
    await client.login(m.people.lasare.email, PASSWORD);
    const oldCookie = client.cookie!;
    expect((await client.delete('/api/v1/session')).status).toBe(204);
    const replay = await fetch(`${server.url}/api/v1/session`, { headers: { cookie: oldCookie } });
    expect(replay.status).toBe(401);
  });

  it('expires an idle session', async () => {
    const m = await createTestMunicipality(server);
    const client = new ApiClient(server.url);
    await client.login(m.people.lasare.email, PASSWORD);
    expect((await client.get('/api/v1/session')).status).toBe(200);
    clock.advance(8 * 3_600_000 + 60_000);
    const expired = await client.get('/api/v1/session');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('unauthenticated');
  });

  it('stores the language choice and answers in it', async () => {
    const m = await createTestMunicipality(server);
    const client = await m.as('lasare');
    const res = await client.put('/api/v1/session/language', { language: 'en' });
    expect(res.body).toMatchObject({ language: 'en', role: { name: 'Reader' } });
    expect((await client.get('/api/v1/session')).body.language).toBe('en');
    const missing = await client.get('/api/v1/applications/00000000-0000-4000-8000-000000000000');
    expect(missing.body.detail).toMatch(/does not exist/);
    expect((await client.put('/api/v1/session/language', { language: 'fi' })).status).toBe(400);
  });

  it('answers a signed-out request in the language it asks for', async () => {
    const res = await fetch(`${server.url}/api/v1/applications`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(res.status).toBe(401);
    expect((await res.json()).detail).toMatch(/not signed in/);
  });
});
