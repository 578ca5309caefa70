import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { backupEmbedded, restoreEmbedded } from './backup.js';
import { openDatabase, queryRows } from './db.js';

const dir = mkdtempSync(join(tmpdir(), 'roder-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('backup and restore of the embedded database', () => {
  it('restores what was backed up, and moves the newer database aside instead of deleting it', async () => {
    const dataDir = join(dir, 'data');
    const first = await openDatabase({ dataDir });
    await first.db.execute(sql`insert into organisations (name) values ('Före backup')`);
    await first.close();
    await backupEmbedded(dataDir, join(dir, 'backup.tar.gz'));

    const second = await openDatabase({ dataDir });
    await second.db.execute(sql`insert into organisations (name) values ('Efter backup')`);
    await second.close();

    const movedTo = await restoreEmbedded(join(dir, 'backup.tar.gz'), dataDir);
    expect(movedTo).not.toBeNull();
    expect(readdirSync(dir)).toContain(movedTo!.split('/').pop());
    const restored = await openDatabase({ dataDir });
    const names = await queryRows<{ name: string }>(restored.db, sql`select name from organisations order by name`);
    await restored.close();
    expect(names.map((n) => n.name)).toEqual(['Före backup']);
  });

  it('refuses to back up a database a running server holds', async () => {
    const dataDir = join(dir, 'held');
    const running = await openDatabase({ dataDir });
    // The lock names this very process, so pretend it is another live one: the test process's parent.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dataDir, 'roder.lock'), String(process.ppid));
    await expect(backupEmbedded(dataDir, join(dir, 'x.tar.gz'))).rejects.toThrow(/in use/);
    writeFileSync(join(dataDir, 'roder.lock'), String(process.pid));
    await running.close();
  });
});
