import { buildRoder, scheduledJobs } from './compose.js';
import { systemClock } from './platform/clock.js';
import { loadConfig } from './platform/config.js';
import { DataDirLockedError, openDatabase } from './platform/db.js';
import { startJobs } from './platform/jobs.js';
import { ensureCapabilityCatalogue } from './modules/organisation/commands.js';
import { scheduleCheckpoints } from './modules/audit/checkpoints.js';
import { installAuditTrust, loadAuditTrust } from './modules/audit/keys.js';
import { demoBanner } from './modules/demo/banner.js';
import { DEMO_DOMAIN, demoPassword, seedDemo } from './modules/demo/seed.js';

/** Starts Roder: database (embedded unless DATABASE_URL), migrations, demo data, HTTP. */
async function main() {
  const startedAt = Date.now();
  const config = loadConfig(process.env, process.argv.includes('--demo') && process.env.RODER_DEMO === undefined ? { demo: true } : {});
  let database;
  try {
    database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // Before any write: every audit event from here on is hashed with the key kept outside the database.
  const auditTrust = loadAuditTrust(config);
  installAuditTrust(auditTrust);
  await ensureCapabilityCatalogue(database.db);
  let banner: string[] = [];
  if (config.demo) {
    const password = demoPassword(config.demoPassword);
    const logins = await seedDemo(database.db, systemClock, { password, scryptCost: config.scryptCost });
    banner = logins
      ? demoBanner(logins, password)
      : [
          `Demo data already present. Sign in as admin@${DEMO_DOMAIN} with the password printed when it was loaded,`,
          `or set a new one: npm run roder -- reset-password --email admin@${DEMO_DOMAIN}`,
        ];
  }
  const app = await buildRoder({ db: database.db, config, logger: true });
  await app.listen({ port: config.port, host: config.host });
  const stopCheckpoints = scheduleCheckpoints(database.db, auditTrust, systemClock, (message) => app.log.error(message));
  const stopJobs = startJobs(database.db, systemClock, scheduledJobs(config, (message) => app.log.warn(message)), (message) => app.log.error(message));
  if (!config.smtpUrl) app.log.info('RODER_SMTP_URL is not set: notifications stay in Roder, no digest mail is sent.');
  if (!auditTrust.currentKeyId) app.log.warn('RODER_AUDIT_KEY is not set: new audit events are unkeyed, and anyone who can write the database can rewrite the audit chain unnoticed.');
  if (!auditTrust.checkpointDir || !auditTrust.signer) app.log.warn('RODER_AUDIT_CHECKPOINT_DIR or RODER_AUDIT_SIGNING_KEY_FILE is not set: no signed checkpoints of the audit chain are written.');
  const address = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  console.log(
    [
      '',
      `Roder is running at ${address}  (${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}, ready in ${Date.now() - startedAt} ms)`,
      ...banner,
      '',
    ].join('\n'),
  );
  const stop = async () => {
    await app.close();
    await stopCheckpoints();
    await stopJobs();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
