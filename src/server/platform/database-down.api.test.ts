import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality } from '../testing/fixtures.js';
import { startTestServer, type TestServer } from '../testing/server.js';

/**
 * The database goes away under a running server: the server reaches PostgreSQL through a TCP
 * relay this test starts and stops (the embedded database cannot go away, so this runs on
 * PostgreSQL only, as CI's API run does).
 */
const target = process.env.TEST_DATABASE_URL ? new URL(process.env.TEST_DATABASE_URL) : null;
let relay: Server | null = null;
const sockets = new Set<Socket>();
let relayPort = 0;

function openRelay(port = 0): Promise<number> {
  return new Promise((resolve) => {
    relay = createServer((client) => {
      const upstream = connect(Number(target!.port || 5432), target!.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    relay.listen(port, '127.0.0.1', () => resolve((relay!.address() as { port: number }).port));
  });
}

async function closeRelay() {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => (relay ? relay.close(() => resolve()) : resolve()));
  relay = null;
}

let server: TestServer;
beforeAll(async () => {
  if (!target) return;
  relayPort = await openRelay();
  server = await startTestServer({ databasePort: relayPort });
});
afterAll(async () => {
  if (!target) return;
  if (!relay) await openRelay(relayPort);
  await server?.close();
  await closeRelay();
});

describe.skipIf(!target)('while the database cannot be reached', () => {
  it('answers 503 with Retry-After, says so on /health, and serves again when it is back', async () => {
    const m = await createTestMunicipality(server, 'Avbrottskommun');
    const admin = await m.as('admin');
    expect((await admin.get('/api/v1/applications')).status).toBe(200);

    await closeRelay();
    const down = await admin.get('/api/v1/applications');
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toContain('application/problem+json');
    expect(down.body.code).toBe('database_unavailable');
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
    const write = await admin.post('/api/v1/applications', { name: 'Under avbrottet' });
    expect(write.status).toBe(503);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', database: 'unreachable' });

    await openRelay(relayPort);
    expect((await admin.get('/api/v1/applications')).status).toBe(200);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  }, 60_000);
});
