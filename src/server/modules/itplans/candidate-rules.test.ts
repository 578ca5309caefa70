import { describe, expect, it } from 'vitest';
import { type ComparableNeed, candidatePairs, mergedFields, pairKey, similarity } from './candidate-rules.js';

const words = (title: string[], description: string[] = []) => [
  ...title.map((w) => ({ token: w, lexeme: w, inTitle: true })),
  ...description.map((w) => ({ token: w, lexeme: w, inTitle: false })),
];
const need = (id: string, departmentId: string, title: string[], extra: Partial<ComparableNeed> = {}): ComparableNeed => ({
  id, departmentId, initiativeId: null, words: words(title), capabilityIds: [], applicationIds: [], ...extra,
});

describe('similarity of two needs', () => {
  it('matches derived forms and compounds by stem, and ignores everyday words', () => {
    const s = similarity(need('a', 'x', ['arkiv', 'akt', 'digitalt']), need('b', 'y', ['arkivering', 'elevakt', 'kommun']));
    expect(s.words.map((w) => w.stem)).toEqual(['arkiv']);
    expect(s.score).toBeGreaterThan(0.3);
    expect(similarity(need('a', 'x', ['lärplattform']), need('b', 'y', ['plattform'])).words.map((w) => w.stem)).toEqual(['plattform']);
    expect(similarity(need('a', 'x', ['digitalt', 'system']), need('b', 'y', ['digitalt', 'system'])).score).toBe(0);
  });

  it('adds a shared capability and system to the score and names them', () => {
    const plain = similarity(need('a', 'x', ['mobil', 'hemtjänst']), need('b', 'y', ['mobil', 'skola']));
    const shared = similarity(need('a', 'x', ['mobil', 'hemtjänst'], { capabilityIds: ['c'], applicationIds: ['s'] }), need('b', 'y', ['mobil', 'skola'], { capabilityIds: ['c'], applicationIds: ['s'] }));
    expect(shared.capabilityIds).toEqual(['c']);
    expect(shared.applicationIds).toEqual(['s']);
    expect(shared.score).toBeCloseTo(plain.score + 0.25, 3);
  });
});

describe('candidate pairs', () => {
  it('pairs only different departments, never a dismissed pair or needs of one initiative, best first', () => {
    const a = need('a', 'x', ['arkiv', 'akt']);
    const b = need('b', 'y', ['arkiv', 'akt']);
    const c = need('c', 'x', ['arkiv', 'akt']);
    const d = need('d', 'z', ['arkiv', 'betyg', 'skola', 'elev']);
    expect(candidatePairs([a, b, c, d], new Set()).map((p) => pairKey(p.first.id, p.second.id))).toEqual(['a:b', 'b:c', 'a:d', 'b:d', 'c:d']);
    expect(candidatePairs([a, b], new Set([pairKey('b', 'a')]))).toEqual([]);
    expect(candidatePairs([{ ...a, initiativeId: 'i' }, { ...b, initiativeId: 'i' }], new Set())).toEqual([]);
  });
});

describe('merged initiative', () => {
  const base = { title: 'E-arkiv', description: 'A', goalIds: ['g1'], capabilityIds: ['c1'], applicationIds: [], priority: 2, costs: [{ year: 2027, investment: 100, running: 0 }], benefit: null, projectId: null, acquisitionId: null };
  it('sums costs per year, unites the lists, keeps the highest priority and the title given', () => {
    const merged = mergedFields(
      [base, { ...base, title: 'E-arkivering', description: 'B', goalIds: ['g1', 'g2'], applicationIds: ['s1'], priority: 1, costs: [{ year: 2027, investment: 50, running: 10 }, { year: 2028, investment: 0, running: 20 }], projectId: 'p' }],
      '',
      '',
    );
    expect(merged).toMatchObject({ title: 'E-arkiv', description: 'A\n\nB', goalIds: ['g1', 'g2'], capabilityIds: ['c1'], applicationIds: ['s1'], priority: 1, projectId: 'p' });
    expect(merged.costs).toEqual([{ year: 2027, investment: 150, running: 10 }, { year: 2028, investment: 0, running: 20 }]);
    expect(mergedFields([base, base], ' Gemensamt e-arkiv ', '').title).toBe('Gemensamt e-arkiv');
  });
});
