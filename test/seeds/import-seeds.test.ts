import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ItemInput } from '../../src/shared/documents.js';
import { report, score, type Expected, type Score } from '../../src/server/modules/documents/import-corpus.js';
import { proposeDraft } from '../../src/server/modules/documents/import.js';

/** The five public municipal steering documents of ../shared/seeds: each must import into a sensible draft. */
const dir = process.env.RODER_SEEDS_DIR ?? resolve(new URL('../../..', import.meta.url).pathname, 'shared/seeds');
const files = readdirSync(dir).sort();
const read = (prefix: string) => {
  const name = files.find((f) => f.startsWith(prefix))!;
  return proposeDraft(readFileSync(resolve(dir, name), 'utf8'), name);
};
const flat = (items: ItemInput[]): ItemInput[] => items.flatMap((i) => [i, ...flat(i.children)]);

describe('importing the seed documents', () => {
  it('finds all five', () => expect(files.filter((f) => f.endsWith('.txt'))).toHaveLength(5));

  it.each(files.filter((f) => f.endsWith('.txt')))('%s becomes a draft with a title, headings, a body and items within bounds', (name) => {
    const draft = proposeDraft(readFileSync(resolve(dir, name), 'utf8'), name);
    expect(draft.title.length).toBeGreaterThan(3);
    expect(draft.typeKey).not.toBeNull();
    expect(draft.headings).toBeGreaterThanOrEqual(3);
    expect(draft.body.length).toBeGreaterThan(1000);
    expect(draft.items.length).toBeGreaterThan(0);
    for (const item of flat(draft.items)) expect(item.title.length).toBeLessThanOrEqual(500);
  });

  it('proposes the expected items of each seed (test/seeds/expected): at least 90 % precision and recall per seed and overall', () => {
    const scores: [string, Score][] = files
      .filter((f) => f.endsWith('.txt'))
      .map((name) => {
        const expected = JSON.parse(readFileSync(new URL(`./expected/${name.slice(0, 3)}.expected.json`, import.meta.url), 'utf8')) as Expected;
        return [name, score(read(name.slice(0, 4)), expected)];
      });
    const { text, shortfalls } = report(scores);
    console.log(`Import of the seeds, items matched by kind and text:\n${text}`);
    expect(shortfalls).toEqual([]);
  });

  it('Haninge: an IT policy whose areas are areas and whose statements are principles', () => {
    const draft = read('000_');
    expect(draft).toMatchObject({ title: 'IT-policy', typeKey: 'policy' });
    expect(draft.body).toContain('## Bakgrund');
    expect(draft.items.filter((i) => i.kind === 'focus_area').map((i) => i.title)).toContain('Säkerhet');
  });

  it('Lidköping: the eight guiding principles, numbered', () => {
    const draft = read('001_');
    expect(draft).toMatchObject({ title: 'Lättillgänglig och säker IT genom samverkan', typeKey: 'policy' });
    const principles = draft.items.filter((i) => i.kind === 'principle' && i.number.startsWith('P'));
    expect(principles.map((p) => p.number)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8']);
    expect(principles[4]!.title).toMatch(/Befintliga IT-lösningar/);
    // Nothing from the list of related documents before the policy: no other municipality's decision.
    expect(draft.decidingBody).toBeNull();
  });

  it('Mjölby: a strategy with its four focus areas', () => {
    const draft = read('002_');
    expect(draft).toMatchObject({ title: 'Strategi för it', typeKey: 'strategi' });
    expect(draft.items.filter((i) => i.kind === 'focus_area').map((i) => i.title)).toEqual([
      'Ökad demokrati och service',
      'Effektivisera kommunens verksamhet',
      'Standardisering och samverkan',
      'It för en kommun med livskraft',
    ]);
  });

  it('Oskarshamn: e-demokrati, e-service and e-förvaltning with their measurable goals', () => {
    const draft = read('003_');
    expect(draft.typeKey).toBe('strategi');
    expect(draft.title).toMatch(/e-strategi/);
    const areas = draft.items.filter((i) => i.kind === 'focus_area');
    expect(areas.map((a) => a.title)).toEqual(['edemokrati', 'eservice', 'eförvaltning']);
    expect(areas[0]!.children.map((g) => g.title)).toContainEqual(expect.stringMatching(/75% av inkomna synpunkter/));
    expect(areas[2]!.children.map((g) => g.title)).toContainEqual(expect.stringMatching(/minskat med 25%/));
  });

  it('Östhammar: an IT policy whose sections become principles', () => {
    const draft = read('004_');
    expect(draft).toMatchObject({ title: 'IT-policy', typeKey: 'policy' });
    expect(draft.items.map((i) => i.title)).toEqual(expect.arrayContaining(['Säkerhet', 'Organisation']));
    expect(draft.items.find((i) => i.title === 'Säkerhet')!.text).toMatch(/spåra vem som har skapat/);
  });
});
