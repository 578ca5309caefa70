/** The JavaScript the browser downloads for the first page (index.html's scripts and preloads), gzipped. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../dist/web/', import.meta.url).pathname;
const html = readFileSync(join(root, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const size = (file: string) => gzipSync(readFileSync(join(root, file))).length;
const initialBytes = initial.reduce((sum, f) => sum + size(f), 0);
const all = readdirSync(join(root, 'assets')).filter((f) => f.endsWith('.js'));
const allBytes = all.reduce((sum, f) => sum + size(`assets/${f}`), 0);
const css = readdirSync(join(root, 'assets')).filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + size(`assets/${f}`), 0);
console.log(`Initial JS ${(initialBytes / 1024).toFixed(1)} kB gzipped in ${initial.length} files; all JS ${(allBytes / 1024).toFixed(0)} kB in ${all.length} files; CSS ${(css / 1024).toFixed(0)} kB`);
