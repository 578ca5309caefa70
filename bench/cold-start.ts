/**
 * Cold start: from `npm start` on an empty data folder (build of the web app, migrations, demo
 * data) to the first page served, and a warm restart on the same folder. `npm run bench:start`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function timeToFirstPage(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    env: { ...process.env, RODER_DATA_DIR: dataDir, PORT: String(port), RODER_DEMO_PASSWORD: 'bench-demo-lösen' },
    stdio: 'ignore',
    detached: true,
  });
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`);
        if (res.ok && (await res.text()).includes('<div id="root">')) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (exited !== null) throw new Error(`npm start exited with ${exited} before serving a page`);
      if (performance.now() - started > 180_000) throw new Error('no page within 180 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 1500));
  }
}

const dir = mkdtempSync(join(tmpdir(), 'roder-cold-'));
try {
  const cold = await timeToFirstPage(join(dir, 'data'), 3950);
  const warm = await timeToFirstPage(join(dir, 'data'), 3951);
  console.log(`npm start to first page: cold (empty folder, demo data loaded) ${(cold / 1000).toFixed(1)} s; warm restart ${(warm / 1000).toFixed(1)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
