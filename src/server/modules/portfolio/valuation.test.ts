import { describe, expect, it } from 'vitest';
import { type BenefitInput, type CostInput, defaultValuationConfig, valuate } from './valuation.js';

const noCost: CostInput = { investmentByYear: [], yearlyRunningCost: 0, runningFromYear: 1 };
const direct = (yearlyAmount: number, firstYear = 1, confidence: BenefitInput['confidence'] = 'high'): BenefitInput => ({ kind: 'direct', yearlyAmount, firstYear, confidence });
const undiscounted = { ...defaultValuationConfig, discountRate: 0 };

describe('benefit valuation', () => {
  it('nets benefits against investment and running costs year by year, with payback', () => {
    // A case system: 600 000 kr to buy, 100 000 kr a year to run, 250 000 kr a year saved from year 2.
    const v = valuate([direct(250_000, 2)], { investmentByYear: [600_000], yearlyRunningCost: 100_000, runningFromYear: 1 }, undiscounted);
    expect(v.years.map((y) => y.net)).toEqual([-700_000, 150_000, 150_000, 150_000, 150_000]);
    expect(v.years.map((y) => y.cumulativeNet)).toEqual([-700_000, -550_000, -400_000, -250_000, -100_000]);
    expect(v.paybackYear).toBeNull();
    expect(v.netPresentValue).toBe(-100_000);
    expect(v.peng).toEqual({ directBenefit: 1_000_000, indirectBenefit: 0, qualitativeScore: null, cost: 1_100_000, net: -100_000 });
  });

  it('finds the payback year', () => {
    const v = valuate([direct(400_000)], { investmentByYear: [1_000_000], yearlyRunningCost: 0, runningFromYear: 1 }, undiscounted);
    expect(v.paybackYear).toBe(3);
  });

  it('discounts year n by (1 + rate)^(n − 1)', () => {
    const v = valuate([direct(100_000)], noCost, { ...defaultValuationConfig, horizonYears: 3, discountRate: 0.1 });
    expect(v.netPresentValue).toBe(Math.round(100_000 + 100_000 / 1.1 + 100_000 / 1.21));
  });

  it('values time freed as hours × hourly cost', () => {
    const freed: BenefitInput = { kind: 'indirect', yearlyAmount: null, hoursPerYear: 1_200, hourlyCost: 450, firstYear: 1, confidence: 'medium' };
    const v = valuate([freed], noCost, { ...undiscounted, horizonYears: 1 });
    expect(v.peng.indirectBenefit).toBe(540_000);
    expect(v.confidenceWeightedBenefit).toBe(405_000);
  });

  it('weights each money benefit by its confidence and keeps qualitative ones out of the money', () => {
    const v = valuate(
      [direct(100_000, 1, 'low'), direct(100_000, 1, 'high'), { kind: 'qualitative', yearlyAmount: null, score: 4, firstYear: 1, confidence: 'high' }, { kind: 'qualitative', yearlyAmount: null, score: 3, firstYear: 1, confidence: 'low' }],
      noCost,
      { ...undiscounted, horizonYears: 2 },
    );
    expect(v.confidenceWeightedBenefit).toBe(300_000);
    expect(v.peng).toMatchObject({ directBenefit: 400_000, qualitativeScore: 3.5, net: 400_000 });
  });

  it('works over a horizon of one year', () => {
    const v = valuate([direct(50_000)], { investmentByYear: [80_000], yearlyRunningCost: 0, runningFromYear: 1 }, { ...defaultValuationConfig, horizonYears: 1 });
    expect(v.years).toHaveLength(1);
    expect(v).toMatchObject({ netPresentValue: -30_000, paybackYear: null });
  });

  it('counts nothing of a benefit that starts after the horizon', () => {
    const v = valuate([direct(1_000_000, 6)], noCost, defaultValuationConfig);
    expect(v.peng.directBenefit).toBe(0);
    expect(v.paybackYear).toBeNull();
  });

  it('does not count an early payback that a later investment undoes', () => {
    const v = valuate([direct(100_000)], { investmentByYear: [0, 1_000_000], yearlyRunningCost: 0, runningFromYear: 1 }, undiscounted);
    expect(v.years.map((y) => y.cumulativeNet)).toEqual([100_000, -800_000, -700_000, -600_000, -500_000]);
    expect(v.paybackYear).toBeNull();
  });

  it('handles all-zero flows without a payback year or NaN', () => {
    const v = valuate([], noCost, defaultValuationConfig);
    expect(v.netPresentValue).toBe(0);
    expect(v.paybackYear).toBeNull();
    expect(v.years.every((y) => Number.isFinite(y.discountedNet))).toBe(true);
  });

  it('handles a negative benefit (a new cost disguised as one) as lowering the net', () => {
    const v = valuate([direct(-20_000)], noCost, { ...undiscounted, horizonYears: 2 });
    expect(v.peng.net).toBe(-40_000);
    expect(v.paybackYear).toBeNull();
  });
});

import { approvalProblems, canMoveProject } from './rules.js';

describe('project decisions', () => {
  it('moves idé → förstudie → beslutad → pågår → avslutad, and may stop on the way', () => {
    expect(canMoveProject('idea', 'prestudy')).toBe(true);
    expect(canMoveProject('prestudy', 'approved')).toBe(true);
    expect(canMoveProject('approved', 'in_progress')).toBe(true);
    expect(canMoveProject('in_progress', 'closed')).toBe(true);
    expect(canMoveProject('in_progress', 'cancelled')).toBe(true);
    expect(canMoveProject('closed', 'in_progress')).toBe(false);
    expect(canMoveProject('idea', 'in_progress')).toBe(false);
  });
  it('needs a benefit valuation before a decision', () => {
    expect(approvalProblems({ benefitCount: 0, horizonCost: 1, threshold: null, councilApproved: false })).toEqual([{ kind: 'valuation_required' }]);
  });
  it('needs an IT council decision above the threshold, not at it', () => {
    expect(approvalProblems({ benefitCount: 1, horizonCost: 1_000_001, threshold: 1_000_000, councilApproved: false })).toEqual([
      { kind: 'council_decision_required', cost: 1_000_001, threshold: 1_000_000 },
    ]);
    expect(approvalProblems({ benefitCount: 1, horizonCost: 1_000_000, threshold: 1_000_000, councilApproved: false })).toEqual([]);
    expect(approvalProblems({ benefitCount: 1, horizonCost: 5_000_000, threshold: 1_000_000, councilApproved: true })).toEqual([]);
  });
  it('asks no council decision when no threshold is in force', () => {
    expect(approvalProblems({ benefitCount: 1, horizonCost: 9_000_000, threshold: null, councilApproved: false })).toEqual([]);
  });
});
