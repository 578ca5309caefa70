import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { RoderApp } from '../platform/app.js';
import { buildRoder } from '../compose.js';
import { type Clock, systemClock } from '../platform/clock.js';
import { type Config, loadConfig } from '../platform/config.js';
import { type Database, openDatabase } from '../platform/db.js';
import { ensureCapabilityCatalogue } from '../modules/organisation/commands.js';
import { installAuditTrust } from '../modules/audit/keys.js';
import { testAuditTrust } from './audit-trust.js';
import { unscopedTables } from './tenant-statements.js';

export const TEST_SCRYPT_COST = 16;

/** A statement that touched a tenant table without naming the municipality. */
class UnscopedStatementError extends Error {}

/**
 * Every statement the API tests send goes through the tenant check: one that touches a tenant
 * table without `organisation_id` fails the query, so the request that sent it answers 500 and
 * its test fails, naming the statement. `RODER_TENANT_CHECK=report` lists them on stderr instead
 * (each once), to see them all at once while moving a module's queries.
 */
const reported = new Set<string>();
function checkTenantScope(statement: string) {
  const tables = unscopedTables(statement);
  if (tables.length === 0) return;
  const text = `Statement on ${tables.join(', ')} without organisation_id: ${statement}`;
  if (process.env.RODER_TENANT_CHECK === 'report') {
    // Each statement once per test process: the list, not the noise.
    if (!reported.has(statement)) console.error(`TENANT-CHECK ${text}`);
    reported.add(statement);
    return;
  }
  console.error(text);
  throw new UnscopedStatementError(text);
}

let processTrust: ReturnType<typeof testAuditTrust> | undefined;

export interface TestServer {
  url: string;
  app: RoderApp;
  database: Database;
  /** The configuration it runs with (its database URL, for a second server on the same database). */
  config: Config;
  /** The embedded database's folder, when it is on disk (`onDisk`). */
  dataDir: string | null;
  /** Stops the server and closes its database handle, keeping the database (a restart: start another with `sameDatabaseAs`). */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real Roder over real HTTP on a fresh database: in-memory PGlite, or — when TEST_DATABASE_URL
 * names a PostgreSQL server — a new database created for this file and dropped afterwards.
 */
export async function startTestServer(options: {
  clock?: Clock;
  config?: Partial<Config>;
  /** On PostgreSQL: the server reaches the database through this local port (a test's proxy). */
  databasePort?: number;
  /** On the embedded database: PGlite in a temporary folder rather than in memory, so a later server can open it again. */
  onDisk?: boolean;
  /** The database of a server stopped before (PostgreSQL, or PGlite `onDisk`): a restart. Closing this one leaves it to the first. */
  sameDatabaseAs?: TestServer;
} = {}): Promise<TestServer> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let dropDatabase = async () => {};
  let url: string | null = null;
  let dataDir: string | null = null;
  if (options.sameDatabaseAs) {
    url = options.sameDatabaseAs.config.databaseUrl ?? null;
    dataDir = options.sameDatabaseAs.dataDir;
    if (!url && !dataDir) throw new Error('sameDatabaseAs needs a server on PostgreSQL or on an embedded database on disk');
  } else if (serverUrl) {
    const name = `roder_t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  } else if (options.onDisk) {
    dataDir = mkdtempSync(join(tmpdir(), 'roder-test-'));
    const dir = dataDir;
    dropDatabase = async () => rmSync(dir, { recursive: true, force: true });
  }
  let appUrl = url;
  if (url && options.databasePort) {
    const through = new URL(url);
    through.hostname = '127.0.0.1';
    through.port = String(options.databasePort);
    appUrl = through.toString();
  }
  const database = await openDatabase({ url: appUrl, dataDir: url ? null : dataDir, onQuery: checkTenantScope });
  // Audit events are hashed with a key as on a configured server (one per test process).
  installAuditTrust((processTrust ??= testAuditTrust()));
  await ensureCapabilityCatalogue(database.db);
  const config = loadConfig({}, { scryptCost: TEST_SCRYPT_COST, databaseUrl: appUrl, ...options.config });
  const app = await buildRoder({ db: database.db, config, clock: options.clock ?? systemClock });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.close();
    await database.close();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    database,
    config,
    dataDir,
    stop,
    async close() {
      await stop();
      await dropDatabase();
    },
  };
}
