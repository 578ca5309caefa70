import { describe, expect, it } from 'vitest';
import { valuationOf } from '../portfolio/presenter.js';
import { digitisationAsProject, hoursSaved, ladderByYear, registerSharesByYear, weightedDigitalShare } from './rules.js';

const digitisation = { minutesSavedPerCase: 30, hourlyCost: 500, otherYearlyBenefit: 0, buildCost: 400_000, yearlyRunningCost: 50_000, firstYear: 2027, horizonYears: 4 };

describe('valuing a digitisation with the portfolio’s engine', () => {
  it('frees volume × minutes ÷ 60 hours a year at the hourly cost from the year after it is built', () => {
    expect(hoursSaved(digitisation, 1_000)).toBe(500);
    expect(hoursSaved({ minutesSavedPerCase: 7 }, 10)).toBe(1.2);
    const v = valuationOf(digitisationAsProject(digitisation, 1_000), 0, '2026-12-06');
    expect(v.years.map((y) => [y.year, y.investment, y.running, y.indirect, y.net])).toEqual([
      [2027, 400_000, 0, 0, -400_000],
      [2028, 0, 50_000, 250_000, 200_000],
      [2029, 0, 50_000, 250_000, 200_000],
      [2030, 0, 50_000, 250_000, 200_000],
    ]);
    expect(v.paybackYear).toBe(2029);
    expect(v.peng.net).toBe(200_000);
  });

  it('counts other yearly benefits as direct money and discounts with the rate in force', () => {
    const v = valuationOf(digitisationAsProject({ ...digitisation, otherYearlyBenefit: 10_000, horizonYears: 2 }, 1_000), 0.1, '2026-12-06');
    expect(v.years[1]).toMatchObject({ direct: 10_000, indirect: 250_000, net: 210_000 });
    expect(v.netPresentValue).toBe(Math.round(-400_000 + 210_000 / 1.1));
  });

  it('never pays back a service that saves nothing', () => {
    const v = valuationOf(digitisationAsProject({ ...digitisation, minutesSavedPerCase: 0 }, 1_000), 0, '2026-12-06');
    expect(v.paybackYear).toBeNull();
  });
});

describe('the ladder over time', () => {
  const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
  const A = 'a';
  const B = 'b';

  it('replays each service’s step from the audit snapshots to the end of every year', () => {
    const events = [
      { entityId: A, occurredAt: at('2023-03-01'), after: { step: 1, candidate: false } },
      { entityId: B, occurredAt: at('2024-05-01'), after: { step: 2, candidate: true } },
      { entityId: A, occurredAt: at('2024-06-01'), after: { step: 3, candidate: false } },
      { entityId: B, occurredAt: at('2025-02-01'), after: { step: 4, candidate: false } },
      { entityId: A, occurredAt: at('2026-01-10'), after: { archivedAt: '2026-01-10T00:00:00Z' } },
    ];
    expect(ladderByYear(events, '2026-12-06').map((y) => [y.year, y.steps.map((s) => s.count)])).toEqual([
      [2023, [1, 0, 0, 0]],
      [2024, [0, 0, 1, 0]],
      [2025, [0, 0, 1, 1]],
      [2026, [0, 0, 0, 1]],
    ]);
  });

  it('brings a restored service back and has no years without events', () => {
    const events = [
      { entityId: A, occurredAt: at('2025-03-01'), after: { step: 2, candidate: false } },
      { entityId: A, occurredAt: at('2025-04-01'), after: { archivedAt: '2025-04-01T00:00:00Z' } },
      { entityId: A, occurredAt: at('2026-04-01'), after: { archivedAt: null } },
    ];
    expect(ladderByYear(events, '2026-12-06').map((y) => y.steps[1]!.count)).toEqual([0, 1]);
    expect(ladderByYear([], '2026-12-06')).toEqual([]);
  });

  it('weights the digital share by volume over services in use only', () => {
    expect(weightedDigitalShare([{ yearlyVolume: 1_000, digitalShare: 90, candidate: false }, { yearlyVolume: 3_000, digitalShare: 10, candidate: false }, { yearlyVolume: 9_999, digitalShare: 0, candidate: true }])).toBe(30);
    expect(weightedDigitalShare([{ yearlyVolume: 0, digitalShare: 50, candidate: false }])).toBeNull();
  });
});

describe('the register’s shares for a KPI, year by year', () => {
  it('replays the audit trail: introduced of possible services and the digital share by volume at each year end, today for this year', () => {
    const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
    const events = [
      { entityId: 'a', occurredAt: at('2024-03-01'), after: { step: 3, candidate: false, yearlyVolume: 300, digitalShare: 80 } },
      { entityId: 'b', occurredAt: at('2024-05-01'), after: { step: 1, candidate: true, yearlyVolume: 100, digitalShare: 0 } },
      // The candidate is built in 2025 and half its cases come in digitally.
      { entityId: 'b', occurredAt: at('2025-02-01'), after: { step: 3, candidate: false, yearlyVolume: 100, digitalShare: 50 } },
      { entityId: 'c', occurredAt: at('2026-01-10'), after: { step: 2, candidate: true, yearlyVolume: 0, digitalShare: 0 } },
      { entityId: 'a', occurredAt: at('2026-02-01'), after: { archivedAt: '2026-02-01T00:00:00Z' } },
    ];
    expect(registerSharesByYear(events, '2026-06-30')).toEqual([
      { periodEnd: '2024-12-31', introducedShare: 50, digitalShare: 80 },
      { periodEnd: '2025-12-31', introducedShare: 100, digitalShare: 72.5 },
      { periodEnd: '2026-06-30', introducedShare: 50, digitalShare: 50 },
    ]);
    expect(registerSharesByYear([], '2026-06-30')).toEqual([]);
  });
});
