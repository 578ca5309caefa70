/**
 * Benefit valuation (nyttovärdering) in the manner of PENG — Prioritering Enligt NyttoGrund:
 * benefits weighed by kind against costs over a horizon. Pure arithmetic, unit-tested; the
 * portfolio module stores the inputs and shows these results.
 *
 * Years are numbered 1..horizon. Flows of year 1 are not discounted; year n is discounted by
 * (1 + rate)^(n − 1). Indirect benefits (e.g. time freed) count as money: hours × hourly cost.
 * Qualitative benefits carry a score 1–5 and no money.
 */

type BenefitKind = 'direct' | 'indirect' | 'qualitative';
type Confidence = 'low' | 'medium' | 'high';

export interface BenefitInput {
  kind: BenefitKind;
  /** Kronor per year for direct benefits, or for indirect ones given as an amount. */
  yearlyAmount: number | null;
  /** Indirect benefits may be given as time freed instead: hours per year at an hourly cost. */
  hoursPerYear?: number | null;
  hourlyCost?: number | null;
  /** Qualitative benefits: 1 (small) to 5 (large). */
  score?: number | null;
  /** The year (1 = the first of the horizon) the benefit starts. */
  firstYear: number;
  confidence: Confidence;
}

export interface CostInput {
  /** Investment per year, index 0 = year 1; missing years are 0. */
  investmentByYear: number[];
  yearlyRunningCost: number;
  /** The year running costs start (usually when the system is in use). */
  runningFromYear: number;
}

export interface ValuationConfig {
  horizonYears: number;
  /** A yearly discount rate, e.g. 0.04. */
  discountRate: number;
  /** How much of a benefit counts at each confidence. */
  confidenceWeights: Record<Confidence, number>;
}

export const defaultValuationConfig: ValuationConfig = {
  horizonYears: 5,
  discountRate: 0.04,
  confidenceWeights: { low: 0.5, medium: 0.75, high: 1 },
};

interface YearRow {
  year: number;
  investment: number;
  running: number;
  cost: number;
  direct: number;
  indirect: number;
  net: number;
  cumulativeNet: number;
  discountedNet: number;
}

export interface Valuation {
  years: YearRow[];
  netPresentValue: number;
  /** The first year the cumulative (undiscounted) net turns non-negative; null if never within the horizon. */
  paybackYear: number | null;
  /** Money benefits over the horizon, each weighted by its confidence. */
  confidenceWeightedBenefit: number;
  peng: {
    directBenefit: number;
    indirectBenefit: number;
    /** Average score of the qualitative benefits, or null when there are none. */
    qualitativeScore: number | null;
    cost: number;
    net: number;
  };
}

function moneyPerYear(b: BenefitInput): number {
  if (b.kind === 'qualitative') return 0;
  if (b.kind === 'indirect' && b.hoursPerYear != null && b.hourlyCost != null) return b.hoursPerYear * b.hourlyCost;
  return b.yearlyAmount ?? 0;
}

const round = (n: number) => Math.round(n);

export function valuate(benefits: BenefitInput[], costs: CostInput, config: ValuationConfig = defaultValuationConfig): Valuation {
  const years: YearRow[] = [];
  let cumulative = 0;
  let npv = 0;
  let weighted = 0;
  let paybackYear: number | null = null;
  for (let year = 1; year <= config.horizonYears; year++) {
    const investment = costs.investmentByYear[year - 1] ?? 0;
    const running = year >= costs.runningFromYear ? costs.yearlyRunningCost : 0;
    const active = benefits.filter((b) => b.firstYear <= year);
    const direct = active.filter((b) => b.kind === 'direct').reduce((s, b) => s + moneyPerYear(b), 0);
    const indirect = active.filter((b) => b.kind === 'indirect').reduce((s, b) => s + moneyPerYear(b), 0);
    weighted += active.reduce((s, b) => s + moneyPerYear(b) * config.confidenceWeights[b.confidence], 0);
    const cost = investment + running;
    const net = direct + indirect - cost;
    cumulative += net;
    const discountedNet = net / (1 + config.discountRate) ** (year - 1);
    npv += discountedNet;
    // Payback is when the cumulative net turns non-negative for good: a later cost that sends it
    // below zero again undoes an early payback.
    if (cumulative < 0) paybackYear = null;
    else if (paybackYear === null && (direct + indirect > 0 || cost > 0)) paybackYear = year;
    years.push({ year, investment, running, cost, direct, indirect, net, cumulativeNet: cumulative, discountedNet: round(discountedNet) });
  }
  const scores = benefits.filter((b) => b.kind === 'qualitative' && b.score != null).map((b) => b.score!);
  const sum = (key: 'direct' | 'indirect' | 'cost') => years.reduce((s, y) => s + y[key], 0);
  return {
    years,
    netPresentValue: round(npv),
    paybackYear,
    confidenceWeightedBenefit: round(weighted),
    peng: {
      directBenefit: sum('direct'),
      indirectBenefit: sum('indirect'),
      qualitativeScore: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
      cost: sum('cost'),
      net: sum('direct') + sum('indirect') - sum('cost'),
    },
  };
}
