/**
 * Cold start: from `npm start` on an empty data folder (build of the web app, migrations, demo
 * data) to the first page served, and a warm restart on the same folder. `npm run bench:start`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './serve.js';

async function timeToFirstPage(dataDir: string, port: number): Promise<number> {
  const server = await startServer('npm', ['start'], { RODER_DATA_DIR: dataDir, RODER_DEMO_PASSWORD: 'bench-demo-lösen' }, port);
  await server.stop();
  return server.msToFirstPage;
}

const dir = mkdtempSync(join(tmpdir(), 'roder-cold-'));
try {
  const cold = await timeToFirstPage(join(dir, 'data'), 3950);
  const warm = await timeToFirstPage(join(dir, 'data'), 3951);
  console.log(`npm start to first page: cold (empty folder, demo data loaded) ${(cold / 1000).toFixed(1)} s; warm restart ${(warm / 1000).toFixed(1)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
