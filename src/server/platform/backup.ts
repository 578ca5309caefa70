import { existsSync, readdirSync, renameSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir, pgliteExtensions } from './db.js';

/**
 * Backup and restore of the embedded database (DECISIONS.md 22): a gzipped tarball of the PGlite
 * data folder, taken while no server holds it. A PostgreSQL server is backed up with its own tools.
 */
export async function backupEmbedded(dataDir: string, toFile: string): Promise<number> {
  if (!existsSync(dataDir)) throw new Error(`There is no database in ${dataDir}.`);
  const release = lockDataDir(dataDir);
  try {
    const db = new PGlite(dataDir, { extensions: pgliteExtensions });
    await db.waitReady;
    const dump = await db.dumpDataDir('gzip');
    await db.close();
    const bytes = Buffer.from(await dump.arrayBuffer());
    await writeFile(toFile, bytes);
    return bytes.length;
  } finally {
    release();
  }
}

/** Restores a backup into the data folder; an existing database is moved aside, never deleted. */
export async function restoreEmbedded(fromFile: string, dataDir: string): Promise<string | null> {
  const archive = new Blob([await readFile(fromFile)]);
  let movedTo: string | null = null;
  if (existsSync(dataDir) && readdirSync(dataDir).some((f) => f !== 'roder.lock')) {
    const release = lockDataDir(dataDir); // refuses while a server runs on it
    release();
    movedTo = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, movedTo);
  }
  const release = lockDataDir(dataDir);
  try {
    const db = new PGlite(dataDir, { loadDataDir: archive, extensions: pgliteExtensions });
    await db.waitReady;
    await db.close();
  } finally {
    release();
  }
  return movedTo;
}
