import { describe, expect, it } from 'vitest';
import { rankInitiatives, yearTotals } from './municipal-rules.js';

const item = (id: string, goals: number, netPresentValue: number | null, totalCost: number, priority = 2) => ({ id, title: id, priority, goals, netPresentValue, totalCost });

describe('ranking the municipal plan', () => {
  it('normalises each part across the round and weighs it by the round’s weights', () => {
    const ranked = rankInitiatives([item('a', 0, null, 100), item('b', 2, 1000, 300), item('c', 1, -1000, 200)], { goals: 40, benefit: 40, cost: 20 });
    expect(ranked.map((r) => [r.id, r.rank, r.score.total])).toEqual([
      ['b', 1, 80],
      ['c', 2, 30],
      ['a', 3, 20],
    ]);
    expect(ranked[1]!.score.goals).toEqual({ weight: 40, raw: 1, normalised: 0.5, points: 20 });
    expect(ranked[2]!.score.benefit).toEqual({ weight: 40, raw: null, normalised: 0, points: 0 });
  });

  it('treats weights as shares of their sum, and all-zero weights as equal', () => {
    expect(rankInitiatives([item('a', 1, null, 0)], { goals: 1, benefit: 0, cost: 1 })[0]!.score.total).toBe(100);
    expect(rankInitiatives([item('a', 1, null, 0)], { goals: 0, benefit: 0, cost: 0 })[0]!.score.goals.weight).toBe(33.3);
  });

  it('breaks ties by priority, then title', () => {
    expect(rankInitiatives([item('b', 0, null, 0, 2), item('a', 0, null, 0, 2), item('c', 0, null, 0, 1)], { goals: 1, benefit: 1, cost: 1 }).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('sums each year of the period against its frame', () => {
    expect(yearTotals([{ costs: [{ year: 2027, investment: 5, running: 1 }] }], [{ year: 2027, amount: 4 }], 2027, 2028)).toEqual([
      { year: 2027, investment: 5, running: 1, total: 6, frame: 4, remaining: -2 },
      { year: 2028, investment: 0, running: 0, total: 0, frame: null, remaining: null },
    ]);
  });
});
