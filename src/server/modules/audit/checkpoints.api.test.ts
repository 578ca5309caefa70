import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, queryRows } from '../../platform/db.js';
import { createTestMunicipality, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { checkpointFile, scheduleCheckpoints, writeCheckpoints } from './checkpoints.js';
import { type AuditTrust, auditTrust } from './keys.js';

let server: TestServer;
/** A second server's connection to the same database: its own pool on PostgreSQL. */
let other: Database | null = null;
beforeAll(async () => {
  server = await startTestServer();
  if (process.env.TEST_DATABASE_URL) {
    const [{ name }] = (await queryRows<{ name: string }>(server.database.db, sql`select current_database() as name`)) as [{ name: string }];
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    other = await openDatabase({ url: url.toString() });
  }
});
afterAll(async () => {
  await other?.close();
  await server?.close();
});

const withFolder = (): AuditTrust => ({ ...auditTrust(), checkpointDir: mkdtempSync(join(tmpdir(), 'roder-checkpoints-')), checkpointMinutes: 15 });
const lines = (trust: AuditTrust, organisationId: string) => readFileSync(checkpointFile(trust.checkpointDir!, organisationId), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

describe('the checkpoint schedule', () => {
  it('writes each municipality’s checkpoint once per interval, though two servers on one database run at the same moment', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const trust = withFolder();
    const at = new Date('2026-12-05T10:00:05Z');
    const secondDb = other?.db ?? server.database.db;
    const [a, b] = await Promise.all([writeCheckpoints(server.database.db, trust, at), writeCheckpoints(secondDb, trust, at)]);
    expect(lines(trust, m.id)).toHaveLength(1);
    const organisations = await queryRows<{ n: string | number }>(server.database.db, sql`select count(*) as n from organisations`);
    expect(a + b).toBe(Number(organisations[0]!.n));

    // A change in the same interval waits for the next one; an unchanged head writes nothing new.
    await admin.post('/api/v1/applications', systemInput({ name: 'Checkpunkt' }));
    expect(await writeCheckpoints(secondDb, trust, new Date('2026-12-05T10:14:00Z'))).toBe(0);
    expect(await writeCheckpoints(server.database.db, trust, new Date('2026-12-05T10:15:01Z'))).toBe(1);
    expect(await writeCheckpoints(secondDb, trust, new Date('2026-12-05T10:30:01Z'))).toBe(0);
    const written = lines(trust, m.id);
    expect(written.map((c) => c.at)).toEqual(['2026-12-05T10:00:05.000Z', '2026-12-05T10:15:01.000Z']);
    expect(written[1].seq).toBeGreaterThan(written[0].seq);
  });

  it('writes at start, in the server’s process, and stopping waits for the run', async () => {
    const m = await createTestMunicipality(server);
    const trust = withFolder();
    const stop = scheduleCheckpoints(server.database.db, trust, { now: () => new Date() }, (message) => {
      throw new Error(message);
    });
    await stop();
    expect(lines(trust, m.id)).toHaveLength(1);
  });
});
