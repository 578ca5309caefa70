import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report, score, type Expected, type Score } from './import-corpus.js';
import { extractText } from './import-extract.js';
import { proposeDraft } from './import.js';

/**
 * The import measured on a corpus (issue 13, item 5): test/fixtures/documents holds steering
 * documents written in the styles municipalities use, as .md, .txt, .docx and .pdf, each with its
 * expected metadata and items. Precision and recall of the proposed items are printed per document
 * and overall, and must each reach 90 %, as must each metadata field over the corpus; so must the
 * precision and recall of the proposed responsibility rows and assignments (issue 13, item 7).
 */
const dir = resolve(new URL('../../../../test/fixtures/documents', import.meta.url).pathname);
const documents = readdirSync(dir).filter((f) => /\.(md|txt|docx|pdf|odt)$/.test(f)).sort();

async function propose(name: string) {
  const bytes = /\.(docx|pdf|odt)$/.test(name) ? new Uint8Array(readFileSync(resolve(dir, name))) : undefined;
  const text = bytes ? undefined : readFileSync(resolve(dir, name), 'utf8');
  return proposeDraft(await extractText(name, bytes, text), name);
}

describe('the import on the corpus of municipal documents', () => {
  it('holds at least 15 documents, three of them .docx and three .pdf, each with expected results', () => {
    expect(documents.length).toBeGreaterThanOrEqual(15);
    expect(documents.filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(3);
    expect(documents.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(3);
  });

  it('holds at least four documents with a responsibility table or section, in tables and in sentences', () => {
    const expected = documents.map((name) => JSON.parse(readFileSync(resolve(dir, name.replace(/\.[^.]+$/, '.expected.json')), 'utf8')) as Expected);
    expect(expected.filter((e) => e.responsibilities?.length).length).toBeGreaterThanOrEqual(4);
  });

  it('holds at least three documents whose sentences give assignments, one of them in English', () => {
    const expected = documents.map((name) => [name, JSON.parse(readFileSync(resolve(dir, name.replace(/\.[^.]+$/, '.expected.json')), 'utf8')) as Expected] as const);
    expect(expected.filter(([, e]) => e.assignments?.length).length).toBeGreaterThanOrEqual(3);
    expect(expected.some(([name, e]) => name.includes('-en') && e.assignments?.length)).toBe(true);
  });

  it('proposes the expected items, metadata, responsibility rows and assignments: at least 90 % precision and recall per document and overall', async () => {
    const scores: [string, Score][] = [];
    for (const name of documents) {
      // A document that names no assignments is expected to give none: every proposal counts.
      const expected = { assignments: [], ...(JSON.parse(readFileSync(resolve(dir, name.replace(/\.[^.]+$/, '.expected.json')), 'utf8')) as Expected) };
      scores.push([name, score(await propose(name), expected)]);
    }
    const { text, shortfalls } = report(scores);
    console.log(`Import corpus, items matched by kind and text:\n${text}`);
    expect(shortfalls).toEqual([]);
    for (const field of ['title', 'type', 'diarienummer', 'decidedOn', 'decidingBody', 'owner'] as const) {
      const right = scores.filter(([, s]) => s.metadata[field]).length;
      expect(right / scores.length, `${field}: ${scores.filter(([, s]) => !s.metadata[field]).map(([n]) => n).join(', ')}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
