/**
 * Roder's production build, run by `npm start` and `npm run build`: the web app with Vite into
 * dist/web (each text asset also written as .br and .gz, which the server sends to browsers that
 * accept them), and the server compiled by esbuild into dist/server (node runs JavaScript; tsx is
 * for development only). Each half is rebuilt only when its sources changed since the last build:
 * a content hash of its inputs is kept beside the output. `--force` rebuilds both.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const force = process.argv.includes('--force');
const only = process.argv.find((a) => a === '--web' || a === '--server');

function filesUnder(dir) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** A hash over the inputs' paths and contents (mtimes change on every checkout). */
function hashOf(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((i) => (statSync(join(root, i), { throwIfNoEntry: false })?.isDirectory() ? filesUnder(join(root, i)) : existsSync(join(root, i)) ? [join(root, i)] : [])).sort()) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

async function step(name, stamp, inputs, build) {
  const hash = hashOf(inputs);
  const stampFile = join(root, stamp);
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) {
    console.log(`${name}: up to date`);
    return;
  }
  const started = Date.now();
  await build();
  writeFileSync(stampFile, hash);
  console.log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|ico|webmanifest)$/;

/** Writes file.br and file.gz beside every text asset worth compressing. */
function precompress(dir) {
  let files = 0;
  for (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.test(file) || file.endsWith('.map')) continue;
    const content = readFileSync(file);
    if (content.length < 1024) continue;
    writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    files++;
  }
  return files;
}

const lock = ['package-lock.json'];

if (only !== '--server') {
  await step('web', 'dist/web/.build-hash', ['src/web', 'src/shared', 'vite.config.ts', 'tsconfig.json', ...lock], async () => {
    const { build } = await import('vite');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
    precompress(join(root, 'dist/web'));
  });
}

if (only !== '--web') {
  await step('server', 'dist/server/.build-hash', ['src/server', 'src/shared', 'scripts/build.mjs', ...lock], async () => {
    const { build } = await import('esbuild');
    rmSync(join(root, 'dist/server'), { recursive: true, force: true });
    await build({
      absWorkingDir: root,
      // The document import's worker thread is an entry of its own, written beside main.js as
      // dist/server/import-worker.js, where import-runner.ts (bundled into dist/server) starts it.
      entryPoints: [
        { in: 'src/server/main.ts', out: 'main' },
        { in: 'src/server/cli.ts', out: 'cli' },
        { in: 'src/server/modules/documents/import-worker.ts', out: 'import-worker' },
        { in: 'src/server/modules/imports/worker.ts', out: 'import-register-worker' },
      ],
      outdir: 'dist/server',
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      // Dependencies stay in node_modules; only Roder's own code is compiled and bundled.
      packages: 'external',
      sourcemap: true,
      logLevel: 'warning',
    });
  });
}
