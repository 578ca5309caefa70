/*
 * 2026-12-06, blind run: documents 17–22 were written and their expectations committed (589be39)
 * before the import rules were read, in styles the corpus lacked. Items, precision / recall:
 *   01–16 (written with the rules)       100 % / 100 % each
 *   17-riktlinje-informationssakerhet.md   0.0 % /   0.0 %  (§ paragraphs and Bilaga headings read as principles)
 *   18-it-strategi-strategiska-mal.md      0.0 % /   0.0 %  (bold lead-in goals read as definitions; vision missed; owner missed)
 *   19-handlingsplan-omsorg.md             0.0 % /   0.0 %  ("Mål 1: …" headings missed; target sentences and activity rows read as goals; owner missed)
 *   20-it-policy-engelska-rubriker.txt   100.0 % / 100.0 %  (owner "Policy owner: CIO" missed)
 *   21-e-strategi-omsorg.pdf             100.0 % / 100.0 %  (owner "Dokumentansvarig: socialchef" missed)
 *   22-riktlinje-ai-tjanster.docx        100.0 % /  57.1 %  (bold term / definition paragraph pairs missed)
 *   overall                               86.4 % /  85.2 %
 * Responsibility rows: 19 0 % / 0 % (activity tables per goal), the others 100 %; overall 100 % / 82.8 %.
 * KPIs (goal, value, date and relative right): 5 of 13 expected, 9 proposed; units 4/5, names 0/5.
 *
 * 2026-12-06, after the fixes (general rules in import-blocks, -structure, -metadata, -kpi, -kpi-name):
 *   01–22 items 100 % / 100 % each, metadata right everywhere; 01–16 and the seeds unchanged.
 *   Held out: 23–24 were then written and committed (ae1fd08) before the import ran on them:
 *     23-digitaliseringsplan-effektmal.txt  0.0 % /  0.0 %  (compound "Effektmål", "P1 …" labels; type "…plan" missed)
 *     24-policy-tillganglighet.docx       100.0 % / 40.0 %  (list after "Det innebär att:" missed)
 *   so fresh styles still fail until a rule covers them; after rules for those two: 100 % / 100 %.
 *   Responsibility rows: 19 was 0 / 5: its "Aktivitet | Ansvarig | Klart" tables are not who answers
 *   for what but each goal's activities, so they are now read as assignments (import-assignments'
 *   action tables), 5 / 5 with party and deadline; 19 holds no responsibility table.
 *   KPIs: 15 of 16 expected found with value, date and relative right (23's "Alla … ska ha …" with no
 *   date is not proposed); units 11/15 (a relative target is kept in per cent of the baseline, the
 *   reader's expectation named the measured unit); names 10/15 equal to the reader's wording.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportKpis, scoreKpis, type KpiScore } from './import-corpus-kpis.js';
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
    const kpis: [string, KpiScore][] = [];
    for (const name of documents) {
      // A document that names no assignments is expected to give none: every proposal counts.
      const expected = { assignments: [], ...(JSON.parse(readFileSync(resolve(dir, name.replace(/\.[^.]+$/, '.expected.json')), 'utf8')) as Expected) };
      const proposal = await propose(name);
      scores.push([name, score(proposal, expected)]);
      if (expected.kpis) kpis.push([name, scoreKpis(proposal, expected.kpis)]);
    }
    const { text, shortfalls } = report(scores);
    console.log(`Import corpus, items matched by kind and text:\n${text}\n\nKPIs matched by goal, value, date and relative:\n${reportKpis(kpis)}`);
    expect(shortfalls).toEqual([]);
    for (const field of ['title', 'type', 'diarienummer', 'decidedOn', 'decidingBody', 'owner'] as const) {
      const right = scores.filter(([, s]) => s.metadata[field]).length;
      expect(right / scores.length, `${field}: ${scores.filter(([, s]) => !s.metadata[field]).map(([n]) => n).join(', ')}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
