import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../platform/clock.js';
import { loadConfig } from '../../platform/config.js';
import { openDatabase, queryRows } from '../../platform/db.js';
import { rewriteChain } from '../../testing/audit-tamper.js';
import { createMunicipality } from '../organisation/commands.js';
import { writeCheckpoints } from './checkpoints.js';
import { installAuditTrust, loadAuditTrust } from './keys.js';

const dataDir = mkdtempSync(join(tmpdir(), 'roder-cli-audit-'));

function roder(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    env: { ...process.env, RODER_DATA_DIR: dataDir, RODER_SCRYPT_COST: '16', DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 150_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('roder audit verify', () => {
  it('says OK for an untouched chain, compared with the signed checkpoint the server wrote', { timeout: 180_000 }, async () => {
    // As the server does: the keys generated in the data folder, a municipality, a checkpoint.
    const trust = loadAuditTrust(loadConfig({ RODER_DATA_DIR: dataDir }));
    installAuditTrust(trust);
    const database = await openDatabase({ dataDir });
    try {
      await createMunicipality(database.db, systemClock, { name: 'Cliby kommun', adminEmail: 'it@cliby.se', adminName: 'Anna Admin', password: 'x'.repeat(12), scryptCost: 16 });
      expect(await writeCheckpoints(database.db, trust, new Date())).toBe(1);
    } finally {
      await database.close();
    }
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
