import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds Roder's package.json, found from this module upwards, so the same code
 * finds `migrations/` and `dist/web/` whether it runs from src/server (tsx, tests) or from the
 * compiled dist/server bundle.
 */
function findProjectRoot(from: string): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'roder') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Roder's package.json was not found above ${from}`);
    dir = parent;
  }
}

const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const migrationsFolder = resolve(projectRoot, 'migrations');
export const webRoot = resolve(projectRoot, 'dist/web');
