import type { PlanCostYear, PlanWeights } from '../../../shared/itplans.js';

/**
 * The municipal plan's pure rules (issue 14, item 4): the ranking and the sums against the budget
 * frames. No I/O, so unit tests pin them.
 */

export interface Rankable {
  id: string;
  title: string;
  priority: number;
  goals: number;
  netPresentValue: number | null;
  totalCost: number;
}

interface ScorePart {
  weight: number;
  raw: number | null;
  normalised: number;
  points: number;
}

export interface Score {
  total: number;
  goals: ScorePart;
  benefit: ScorePart;
  cost: ScorePart;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** The weights as shares of their sum, in per cent; all zero counts as equal weights. */
function weightShares(w: PlanWeights): PlanWeights {
  const sum = w.goals + w.benefit + w.cost;
  if (sum <= 0) return { goals: 100 / 3, benefit: 100 / 3, cost: 100 / 3 };
  return { goals: (w.goals * 100) / sum, benefit: (w.benefit * 100) / sum, cost: (w.cost * 100) / sum };
}

/** Min–max across the round; when every value is the same, each counts fully (`whenEqual`). */
function normaliser(values: readonly number[], higherIsBetter: boolean, whenEqual: (v: number) => number) {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return (v: number) => {
    if (max === min) return whenEqual(v);
    return higherIsBetter ? (v - min) / (max - min) : (max - v) / (max - min);
  };
}

/**
 * Scores and ranks the initiatives of a round. Each part is normalised across the round, 0–1:
 * goals served (the most goals scores 1, none scores 0), net present value (highest 1, lowest of
 * those valued 0; an initiative without a valuation scores 0), total cost (lowest 1, highest 0).
 * The score is the weighted sum, in points of 100. Ties go to the higher priority, then the title.
 */
export function rankInitiatives<T extends Rankable>(items: readonly T[], weights: PlanWeights): (T & { rank: number; score: Score })[] {
  const shares = weightShares(weights);
  const maxGoals = Math.max(0, ...items.map((i) => i.goals));
  const valued = items.flatMap((i) => (i.netPresentValue === null ? [] : [i.netPresentValue]));
  const benefitOf = normaliser(valued.length ? valued : [0], true, (v) => (v > 0 ? 1 : 0));
  const costOf = normaliser(items.length ? items.map((i) => i.totalCost) : [0], false, () => 1);
  const part = (weight: number, raw: number | null, normalised: number): ScorePart => ({ weight: round1(weight), raw, normalised: round3(normalised), points: round1(weight * normalised) });
  const scored = items.map((item) => {
    const goals = part(shares.goals, item.goals, maxGoals === 0 ? 0 : item.goals / maxGoals);
    const benefit = part(shares.benefit, item.netPresentValue, item.netPresentValue === null ? 0 : benefitOf(item.netPresentValue));
    const cost = part(shares.cost, item.totalCost, costOf(item.totalCost));
    const total = round1(shares.goals * goals.normalised + shares.benefit * benefit.normalised + shares.cost * cost.normalised);
    return { ...item, score: { total, goals, benefit, cost } };
  });
  scored.sort((a, b) => b.score.total - a.score.total || a.priority - b.priority || a.title.localeCompare(b.title, 'sv') || a.id.localeCompare(b.id));
  return scored.map((s, i) => ({ ...s, rank: i + 1 }));
}

/** Investment plus running cost over every year. */
export const totalCost = (costs: readonly PlanCostYear[]) => costs.reduce((sum, c) => sum + c.investment + c.running, 0);

export interface YearTotal {
  year: number;
  investment: number;
  running: number;
  total: number;
  frame: number | null;
  remaining: number | null;
}

/** Each year of the period: the initiatives' costs summed, against the budget frame where one is entered. */
export function yearTotals(initiatives: readonly { costs: readonly PlanCostYear[] }[], frames: readonly { year: number; amount: number }[], firstYear: number, lastYear: number): YearTotal[] {
  const out: YearTotal[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const costs = initiatives.flatMap((i) => i.costs.filter((c) => c.year === year));
    const investment = costs.reduce((s, c) => s + c.investment, 0);
    const running = costs.reduce((s, c) => s + c.running, 0);
    const frame = frames.find((f) => f.year === year)?.amount ?? null;
    out.push({ year, investment, running, total: investment + running, frame, remaining: frame === null ? null : frame - investment - running });
  }
  return out;
}
