import type { TestProject } from 'vitest/node';
import { buildRoder } from '../../src/server/compose.js';
import { systemClock } from '../../src/server/platform/clock.js';
import { loadConfig } from '../../src/server/platform/config.js';
import { openDatabase } from '../../src/server/platform/db.js';
import { seedDemo } from '../../src/server/modules/demo/seed.js';
import { writeCheckpoints } from '../../src/server/modules/audit/checkpoints.js';
import { installAuditTrust } from '../../src/server/modules/audit/keys.js';
import { testAuditTrust } from '../../src/server/testing/audit-trust.js';
import { seedE2eNotifications } from './notifications-setup.js';

export const E2E_PASSWORD = 'e2e-demo-lösen';

/** Starts Roder on a fresh embedded database with the demo municipality, once for all browser tests. */
export default async function setup(project: TestProject) {
  const database = await openDatabase({ dataDir: null });
  // The audit chain keyed and checkpointed as on a configured server.
  const auditTrust = testAuditTrust();
  installAuditTrust(auditTrust);
  await seedDemo(database.db, systemClock, { password: E2E_PASSWORD, scryptCost: 16 });
  await writeCheckpoints(database.db, auditTrust, systemClock.now());
  await seedE2eNotifications(database.db);
  const app = await buildRoder({ db: database.db, config: loadConfig({}, { scryptCost: 16 }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('password', E2E_PASSWORD);
  return async () => {
    await app.close();
    await database.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    password: string;
  }
}
