import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const NOT_DATA = Symbol('not data');
/** The id suffix of a shared module bundled whole, with its schemas (see sharedAsData). */
const WITH_SCHEMAS = '?with-schemas';

/** A value as plain data: zod schemas become null, anything with behaviour is not data. */
function asData(value: unknown, ancestors: unknown[] = []): unknown {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return value;
  // A shared value (one tags array in many endpoints) is copied; only a cycle is not data.
  if (typeof value !== 'object' || ancestors.includes(value)) return NOT_DATA;
  // A zod 4 schema: the server's validation, which the browser never runs.
  if ('_zod' in value) return null;
  const path = [...ancestors, value];
  if (Array.isArray(value)) {
    const items = value.map((v) => asData(v, path));
    return items.includes(NOT_DATA) ? NOT_DATA : items;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return NOT_DATA;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const data = asData(v, path);
    if (data === NOT_DATA) return NOT_DATA;
    out[key] = data;
  }
  return out;
}

/**
 * The browser takes from src/shared what it uses at run time, the data: the endpoints' methods
 * and paths, the enumerations' values. The zod schemas beside them are the server's validation
 * (the web uses their types only), and importing one module of schemas brought zod and every
 * schema into the first page. So a shared module whose exports are all data (with its schemas
 * set to null) is evaluated at build time and served as that data; a module that exports
 * behaviour (functions) is bundled as it is. The definitions stay one: this is how they ship.
 *
 * A form validates with the same schemas before it sends: a web module named `*.validation.ts`
 * gets the shared modules it imports whole, schemas and zod included (and so do their own
 * imports). Only forms import such a module, and forms are on lazy pages, so zod is in their
 * chunks and never in the first page.
 */
function sharedAsData(): Plugin {
  const shared = resolve('src/shared') + sep;
  return {
    name: 'roder-shared-as-data',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const from = importer.split('?')[0]!;
      if (!importer.endsWith(WITH_SCHEMAS) && !from.endsWith('.validation.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.startsWith(shared)) return resolved;
      return { ...resolved, id: resolved.id.split('?')[0] + WITH_SCHEMAS };
    },
    async load(id) {
      if (id.endsWith(WITH_SCHEMAS)) return null;
      const file = id.split('?')[0]!;
      if (!file.startsWith(shared) || !file.endsWith('.ts')) return null;
      const { tsImport } = await import('tsx/esm/api');
      const exports = (await tsImport(pathToFileURL(file).href, import.meta.url)) as Record<string, unknown>;
      const lines: string[] = [];
      for (const [name, value] of Object.entries(exports)) {
        if (name === 'default') continue;
        const data = asData(value);
        if (data === NOT_DATA) {
          if (process.env.RODER_DEBUG_SHARED) console.warn(`${file}: ${name} is not data; bundled as is`);
          return null;
        }
        lines.push(`export const ${name} = ${JSON.stringify(data) ?? 'undefined'};`);
      }
      return lines.join('\n');
    },
  };
}

// The web app lives in src/web and is served by the Node server from dist/web (SPA fallback).
export default defineConfig({
  root: 'src/web',
  plugins: [sharedAsData(), react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // What the first page needs is one chunk: left to itself the bundler splits it wherever a
        // lazy page shares a module (60 files of a few hundred bytes, each a request and a gzip frame).
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
});
