import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The UI's strings load by area and language (kit/i18n.ts): a page gets only its area's file in
 * the language shown, with no other language to fall back on. So every file must have the same
 * keys, with the same placeholders, in both languages, and every key the code names must exist.
 */
const localesDir = join(import.meta.dirname, '..', 'locales');
const webDir = join(import.meta.dirname, '..');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The file of an area's strings in a language, named as kit/i18n.ts loads it ('' is the shell). */
const fileOf = (area: string, language: string) => (area ? `${area}.${language}.json` : `${language}.json`);
const read = (area: string, language: string) => flatten(JSON.parse(readFileSync(join(localesDir, fileOf(area, language)), 'utf8')) as Tree);
const areas = readdirSync(localesDir)
  .filter((f) => f.endsWith('.sv.json') || f === 'sv.json')
  .map((f) => f.replace(/\.?sv\.json$/, ''));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('translations', () => {
  it.each(areas)('%s has the same keys and placeholders in Swedish and English', (area) => {
    const sv = read(area, 'sv');
    const en = read(area, 'en');
    expect([...en.keys()].filter((k) => !sv.has(k))).toEqual([]);
    expect([...sv.keys()].filter((k) => !en.has(k))).toEqual([]);
    const differing = [...sv].filter(([key, text]) => placeholders(text).join() !== placeholders(en.get(key) ?? '').join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('no two areas define the same key', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const area of areas) {
      for (const key of read(area, 'sv').keys()) {
        if (seen.has(key)) clashes.push(`${key} (${seen.get(key)} and ${area || 'shell'})`);
        seen.set(key, area || 'shell');
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every key the web names literally exists', () => {
    const all = new Set(areas.flatMap((area) => [...read(area, 'sv').keys()]));
    const missing: string[] = [];
    let named = 0;
    for (const file of sourceFiles(webDir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([a-zA-Z0-9_]+(?:\.[a-zA-Z0-9_]+)+)['"]/g)) {
        named += 1;
        const key = match[1]!;
        // i18next's plural forms: `count` picks key_one / key_other.
        if (!all.has(key) && !all.has(`${key}_one`) && !all.has(`${key}_other`)) missing.push(`${relative(webDir, file)}: ${key}`);
      }
    }
    expect(named).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });
});
