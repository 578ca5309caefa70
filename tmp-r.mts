import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractText } from './src/server/modules/documents/import-extract.js';
import { proposeDraft } from './src/server/modules/documents/import.js';
const dir = 'test/fixtures/documents';
for (const name of readdirSync(dir).filter((f) => /\.(md|txt|docx|pdf)$/.test(f)).sort()) {
  const bytes = /\.(docx|pdf|odt)$/.test(name) ? new Uint8Array(readFileSync(resolve(dir, name))) : undefined;
  const text = await extractText(name, bytes, bytes ? undefined : readFileSync(resolve(dir, name), 'utf8'));
  const p = proposeDraft(text, name);
  if (p.responsibilities.length) console.log(name, JSON.stringify(p.responsibilities.map(r=>({party:r.party,responsibility:r.responsibility}))));
}
