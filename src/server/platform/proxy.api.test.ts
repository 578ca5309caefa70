import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from './db.js';
import { loadConfig } from './config.js';
import { createTestMunicipality, PASSWORD } from '../testing/fixtures.js';
import { startTestServer, type TestServer } from '../testing/server.js';

/** Behind a proxy, only the hops Roder is told of are believed (OWASP ASVS 1.4, 11.1). */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { trustProxy: 1 } });
});
afterAll(async () => server?.close());

const signIn = (email: string, forwardedFor: string, password = 'fel lösenord') =>
  fetch(`${server.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ email, password }),
  });

describe('a configured number of proxy hops', () => {
  it('takes the address the proxy saw, so addresses a client prepends do not escape the per-address limit', async () => {
    const statuses: number[] = [];
    // Each guess is for another account and claims another address at the left end; the proxy
    // in front appended the one address it saw.
    for (let i = 0; i < 25; i++) statuses.push((await signIn(`gissning${i}@example.se`, `10.0.${i}.1, 198.51.100.${i}, 203.0.113.7`)).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    // Another client behind the same proxy is not held by that address's guesses.
    expect((await signIn('annan@example.se', '203.0.113.8')).status).toBe(401);
  });

  it('reads RODER_TRUST_PROXY as hops or proxy addresses, never as every hop', () => {
    const read = (value: string) => loadConfig({ RODER_TRUST_PROXY: value }).trustProxy;
    expect(read('false')).toBe(false);
    expect(read('')).toBe(false);
    expect(read('true')).toBe(1);
    expect(read('2')).toBe(2);
    expect(read('10.0.0.1, 10.1.0.0/16,::1')).toEqual(['10.0.0.1', '10.1.0.0/16', '::1']);
    expect(() => read('alla')).toThrow(/RODER_TRUST_PROXY/);
  });
});

describe('failed sign-ins hand an attacker no lockout', () => {
  it('holds the guessing address, not the person, and an admin can lift the holds (audited)', async () => {
    const m = await createTestMunicipality(server, 'Spärrkommun');
    const { email, personId } = m.people.it_chef;
    for (let i = 0; i < 5; i++) expect((await signIn(email, '198.51.100.66')).status).toBe(401);
    const held = await signIn(email, '198.51.100.66', PASSWORD);
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);
    // The person, from her own address, signs in at once.
    expect((await signIn(email, '203.0.113.20', PASSWORD)).status).toBe(200);
    // Only an admin lifts a hold, and it is in the audit trail.
    expect((await (await m.as('it_chef')).request('DELETE', `/api/v1/people/${personId}/sign-in-hold`)).status).toBe(403);
    const admin = await m.as('admin');
    expect((await admin.request('DELETE', `/api/v1/people/${personId}/sign-in-hold`)).status).toBe(204);
    expect((await signIn(email, '198.51.100.66', PASSWORD)).status).toBe(200);
    const lifted = await queryRows<{ actor: string }>(
      server.database.db,
      sql`select actor_person_id::text as actor from audit_events where organisation_id = ${m.id} and entity_id = ${personId} and action = 'lift_sign_in_hold'`,
    );
    expect(lifted).toEqual([{ actor: m.people.admin.personId }]);
  });

  it('holds a distributed attack on one account only at addresses the person has not used', async () => {
    const m = await createTestMunicipality(server, 'Angripen kommun');
    const { email } = m.people.kommundirektor;
    expect((await signIn(email, '203.0.113.30', PASSWORD)).status).toBe(200);
    for (let i = 0; i < 100; i++) await signIn(email, `10.${Math.floor(i / 4)}.0.${i % 4}`);
    expect((await signIn(email, '192.0.2.77', PASSWORD)).status).toBe(429);
    expect((await signIn(email, '203.0.113.30', PASSWORD)).status).toBe(200);
    // That sign-in lifted the account's hold for every address.
    expect((await signIn(email, '192.0.2.77', PASSWORD)).status).toBe(200);
  });
});
