import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { systemClock } from './platform/clock.js';
import { backupEmbedded, restoreEmbedded } from './platform/backup.js';
import { type Config, loadConfig } from './platform/config.js';
import { DataDirLockedError, openDatabase } from './platform/db.js';
import { organisations } from './modules/organisation/schema.js';
import { writeCheckpoints } from './modules/audit/checkpoints.js';
import { installAuditTrust, loadAuditTrust } from './modules/audit/keys.js';
import { describeProblem, verifyAuditChain } from './modules/audit/verify.js';
import { createMunicipality, ensureCapabilityCatalogue, resetPassword } from './modules/organisation/commands.js';

const usage = `Roder's command line (bootstrap and recovery; daily work happens in the web UI).

  npm run roder -- create-municipality --name "Ekeby kommun" --admin-email it@ekeby.se --admin-name "Anna Admin" [--password …]
  npm run roder -- reset-password --email it@ekeby.se [--password …]
  npm run roder -- audit verify                          (also while the server runs on PostgreSQL)
  npm run roder -- audit checkpoint                      (writes signed checkpoints now)
  npm run roder -- backup --to roder-backup.tar.gz       (embedded database only)
  npm run roder -- restore --from roder-backup.tar.gz    (the current data folder is moved aside)

Without --password a random one is generated and printed. Uses DATABASE_URL, or the embedded
database in RODER_DATA_DIR (default ./data), which must not be open in a running server.`;

async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      help: { type: 'boolean' },
      to: { type: 'string' },
      from: { type: 'string' },
    },
  });
  const [command, sub] = positionals;
  if (!command || values.help) {
    console.log(usage);
    return 0;
  }
  const config = loadConfig();
  if (command === 'backup' || command === 'restore') return backupOrRestore(command, config, values);
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    // Writes here are audited like the server's: hashed with the same key.
    const trust = loadAuditTrust(config);
    installAuditTrust(trust);
    await ensureCapabilityCatalogue(database.db);
    switch (command) {
      case 'create-municipality': {
        if (!values.name || !values['admin-email'] || !values['admin-name']) throw new UsageError('--name, --admin-email and --admin-name are required.');
        const password = values.password ?? randomBytes(9).toString('base64url');
        const { organisation } = await createMunicipality(database.db, systemClock, {
          name: values.name,
          adminEmail: values['admin-email'],
          adminName: values['admin-name'],
          password,
          scryptCost: config.scryptCost,
        });
        console.log(`Created ${organisation.name} (${organisation.id}). Admin ${values['admin-email']}${values.password ? '' : ` with password ${password}`}`);
        return 0;
      }
      case 'reset-password': {
        if (!values.email) throw new UsageError('--email is required.');
        const password = values.password ?? randomBytes(9).toString('base64url');
        if (!(await resetPassword(database.db, values.email, password, config.scryptCost))) {
          console.error(`No account with the e-mail ${values.email}.`);
          return 1;
        }
        console.log(`New password for ${values.email}${values.password ? ' set.' : `: ${password}`} Every session of the account has ended.`);
        return 0;
      }
      case 'audit': {
        if (sub === 'checkpoint') {
          const written = await writeCheckpoints(database.db, trust, systemClock.now());
          console.log(trust.checkpointDir ? `Wrote ${written} signed checkpoints to ${trust.checkpointDir}.` : 'No checkpoint folder or signing key configured.');
          return trust.checkpointDir && trust.signer ? 0 : 1;
        }
        if (sub !== 'verify') throw new UsageError('Did you mean: audit verify');
        let failed = false;
        if (!trust.currentKeyId) console.log('No audit key (RODER_AUDIT_KEY or RODER_AUDIT_KEY_FILE): new events are unkeyed, and the chain can be rewritten by anyone who can write the database.');
        if (!trust.checkpointDir) console.log('No checkpoint folder (RODER_AUDIT_CHECKPOINT_DIR): the chain is not compared with signed checkpoints.');
        for (const org of await database.db.select().from(organisations).orderBy(organisations.name)) {
          const report = await verifyAuditChain(database.db, org.id, systemClock.now(), trust);
          failed ||= !report.ok;
          const legacy = report.legacyEvents ? `, ${report.legacyEvents} of them unkeyed (from before the key)` : '';
          const checkpoint = report.lastCheckpoint ? `; ${report.checkpointsChecked} signed checkpoints, the last of event ${report.lastCheckpoint.seq} at ${report.lastCheckpoint.at}` : '; no checkpoint yet';
          console.log(`${report.ok ? 'OK    ' : 'BROKEN'} ${org.name}: ${report.events} events${legacy}${checkpoint}`);
          if (report.firstBroken) console.log(`       first broken event: ${report.firstBroken.seq}${report.firstBroken.occurredAt ? ` (${report.firstBroken.action} ${report.firstBroken.entityType} ${report.firstBroken.entityId}, ${report.firstBroken.occurredAt})` : ''}`);
          for (const problem of report.problems) console.log(`       ${describeProblem(problem)}`);
          if (report.problemCount > report.problems.length) console.log(`       … and ${report.problemCount - report.problems.length} more`);
        }
        return failed ? 2 : 0;
      }
      default:
        throw new UsageError(`Unknown command ${command}.`);
    }
  } finally {
    await database.close();
  }
}

class UsageError extends Error {}

async function backupOrRestore(command: 'backup' | 'restore', config: Config, values: { to?: string; from?: string }) {
  if (config.databaseUrl) throw new UsageError('DATABASE_URL is set: back up a PostgreSQL server with pg_dump and restore with pg_restore.');
  if (command === 'backup') {
    if (!values.to) throw new UsageError('--to is required.');
    const bytes = await backupEmbedded(config.dataDir, values.to);
    console.log(`Backed up ${config.dataDir} to ${values.to} (${Math.round(bytes / 1024)} kB).`);
    return 0;
  }
  if (!values.from) throw new UsageError('--from is required.');
  const movedTo = await restoreEmbedded(values.from, config.dataDir);
  console.log(`Restored ${values.from} into ${config.dataDir}.${movedTo ? ` The previous database was moved to ${movedTo}.` : ''}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError || error instanceof DataDirLockedError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${error.message}\n\n${usage}`);
      process.exit(64);
    }
    console.error(error);
    process.exit(1);
  },
);
