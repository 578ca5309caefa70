import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { startTestServer, type TestServer } from '../testing/server.js';

/** Behind a proxy, only the hops Roder is told of are believed (OWASP ASVS 1.4, 11.1). */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { trustProxy: 1 } });
});
afterAll(async () => server?.close());

const signIn = (email: string, forwardedFor: string) =>
  fetch(`${server.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ email, password: 'fel lösenord' }),
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
