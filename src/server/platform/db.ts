import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import { migrationsFolder } from './paths.js';

/** A database handle or a transaction: commands accept either, so they can join the caller's transaction. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * The extensions the migrations create (register search through trigram indexes that lead with
 * organisation_id). A PostgreSQL server ships them in its contrib package; both are trusted, so
 * the database's owner may create them without being a superuser.
 */
export const pgliteExtensions = { pg_trgm, btree_gin };

/**
 * A PostgreSQL client that sends every parameterised statement as a named prepared statement, so
 * each connection plans a statement text once and reuses the plan (the hot lists' planning cost
 * as much as their execution). Texts are named by their hash, up to a bound: statements beyond it
 * (there should be none, since values always travel as parameters) are sent unnamed as before.
 */
const MAX_NAMED_STATEMENTS = 2000;
const statementNames = new Map<string, string>();

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `r_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

class PreparingClient extends pg.Client {
  // pg's overloads cannot be restated in a subclass; the arguments are passed on untouched
  // except for the added name.
  override query(...args: unknown[]): never {
    const [config, values] = args as [unknown, unknown];
    if (config && typeof config === 'object' && !(config as { name?: string }).name && typeof (config as { text?: unknown }).text === 'string') {
      const given = Array.isArray(values) ? values : (config as { values?: unknown[] }).values;
      if (given && given.length > 0) {
        const name = statementName((config as { text: string }).text);
        if (name) args[0] = { ...(config as object), name };
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}


/**
 * Opens the embedded database (a PGlite data folder, or memory when `dataDir` is null) or a
 * PostgreSQL server, and applies the committed migrations (forward-only, at every start).
 */
export async function openDatabase(options: {
  url?: string | null;
  dataDir?: string | null;
  /** Sees every statement the application sends (not the migrations): the tests' tenant check. */
  onQuery?: (statement: string) => void;
}): Promise<Database> {
  const logger = options.onQuery ? { logQuery: (statement: string) => options.onQuery!(statement) } : undefined;
  if (options.url) {
    // A database that cannot be reached fails a request in 5 s (503) instead of holding it for ever.
    const pool = new pg.Pool({ connectionString: options.url, max: 10, connectionTimeoutMillis: 5_000, Client: PreparingClient });
    // An idle connection the server closes (a restart, a dropped test database) must not crash
    // the process: the pool replaces it, and the next query reports any real outage.
    pool.on('error', (error) => console.warn(`PostgreSQL connection closed: ${error.message}`));
    const db = drizzlePg({ client: pool, logger }) as unknown as Db;
    await migratePg(drizzlePg({ client: pool }), { migrationsFolder });
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    const client = options.dataDir ? new PGlite(options.dataDir, { extensions: pgliteExtensions }) : new PGlite({ extensions: pgliteExtensions });
    await client.waitReady;
    const pgliteDb = drizzlePglite({ client, logger });
    await migratePglite(drizzlePglite({ client }), { migrationsFolder });
    return {
      db: pgliteDb as unknown as Db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export class DataDirLockedError extends Error {}

/**
 * PGlite is one process: two processes on one data folder corrupt it (DECISIONS.md 19). A lock
 * file names the owning process; a lock left by a dead process is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'roder.lock');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (pid && pid !== process.pid && processAlive(pid)) {
      throw new DataDirLockedError(
        `The database folder ${dataDir} is in use by process ${pid}. Stop Roder first, or use the running server.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Awaits Drizzle queries one after another. Queries are lazy until awaited, so this keeps one
 * transaction's queries off a single connection at the same time (pg refuses that from v9).
 */
export async function sequentially<T extends readonly PromiseLike<unknown>[]>(queries: readonly [...T]): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as { -readonly [K in keyof T]: Awaited<T[K]> };
}

/** Rows of a raw SQL query; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
