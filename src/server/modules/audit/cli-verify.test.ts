import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../../platform/db.js';
import { rewriteChain } from '../../testing/audit-tamper.js';

const dataDir = mkdtempSync(join(tmpdir(), 'roder-cli-audit-'));

function roder(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    env: { ...process.env, RODER_DATA_DIR: dataDir, RODER_SCRYPT_COST: '16', DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('roder audit verify', () => {
  it('says OK for an untouched chain, compared with the signed checkpoint it wrote', { timeout: 180_000 }, () => {
    expect(roder('create-municipality', '--name', 'Cliby kommun', '--admin-email', 'it@cliby.se', '--admin-name', 'Anna Admin', '--password', 'x'.repeat(12)).code).toBe(0);
    const checkpoint = roder('audit', 'checkpoint');
    expect(checkpoint.out).toMatch(/Wrote 1 signed checkpoints/);
    const ok = roder('audit', 'verify');
    expect(ok.out).toMatch(/OK +Cliby kommun: \d+ events; 1 signed checkpoints/);
    expect(ok.code).toBe(0);
  });

  it('says BROKEN once an event is changed and the later hashes and head recomputed without the key', { timeout: 180_000 }, async () => {
    const database = await openDatabase({ dataDir });
    try {
      const [org] = await queryRows<{ id: string }>(database.db, sql`select id from organisations where name = 'Cliby kommun'`);
      await database.db.execute(sql`update audit_events set after = coalesce(after, '{}'::jsonb) || '{"forged": true}' where organisation_id = ${org!.id} and seq = 2`);
      await rewriteChain(database.db, org!.id, 2);
    } finally {
      await database.close();
    }
    const broken = roder('audit', 'verify');
    expect(broken.code).toBe(2);
    expect(broken.out).toMatch(/BROKEN Cliby kommun/);
    expect(broken.out).toMatch(/first broken event: 2/);
    expect(broken.out).toMatch(/unkeyed after keyed events/);
    expect(broken.out).toMatch(/differs from the signed checkpoint/);
  });
});
