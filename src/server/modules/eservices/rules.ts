import type { DigitisationInput } from '../../../shared/eservices.js';
import type { ValuationInput } from '../portfolio/presenter.js';

/**
 * What digitising a service is worth, as the portfolio's valuation engine takes a project: the
 * build cost is the first year's investment; from the next year the cases handled digitally free
 * volume × minutes saved ÷ 60 hours at the hourly cost (an indirect benefit, time freed, as
 * PENG values it), other yearly benefits count as direct money, and running costs start.
 */
export function digitisationAsProject(d: DigitisationInput, yearlyVolume: number): ValuationInput {
  const from = d.firstYear + 1;
  return {
    investments: d.buildCost > 0 ? [{ year: d.firstYear, amount: d.buildCost }] : [],
    benefits: [
      { kind: 'indirect', yearlyAmount: null, hoursPerYear: hoursSaved(d, yearlyVolume), hourlyCost: d.hourlyCost, firstYear: from, confidence: 'high' },
      ...(d.otherYearlyBenefit > 0 ? [{ kind: 'direct', yearlyAmount: d.otherYearlyBenefit, firstYear: from, confidence: 'high' }] : []),
    ],
    startDate: `${d.firstYear}-01-01`,
    runningFromYear: from,
    yearlyRunningCost: d.yearlyRunningCost,
    horizonYears: d.horizonYears,
  };
}

/** Handling hours freed per year, to one decimal. */
export const hoursSaved = (d: Pick<DigitisationInput, 'minutesSavedPerCase'>, yearlyVolume: number) => Math.round((yearlyVolume * d.minutesSavedPerCase) / 6) / 10;

type Snapshot = { step?: unknown; candidate?: unknown; archivedAt?: unknown };
type StepCounts = { step: number; count: number }[];

const countSteps = (states: Iterable<{ step: number; candidate: boolean; archived: boolean }>): StepCounts => {
  const counts = [1, 2, 3, 4].map((step) => ({ step, count: 0 }));
  for (const s of states) if (!s.candidate && !s.archived && s.step >= 1 && s.step <= 4) counts[s.step - 1]!.count += 1;
  return counts;
};

/**
 * Services in use on each step at the end of each year, replayed from the audit trail's snapshots
 * (each create or update names the step and whether it is a candidate; archive and restore name
 * the archive time). Years run from the first event's to `today`'s; the current year counts up to now.
 */
export function ladderByYear(events: { entityId: string; occurredAt: Date; after: unknown }[], today: string): { year: number; steps: StepCounts }[] {
  if (events.length === 0) return [];
  const state = new Map<string, { step: number; candidate: boolean; archived: boolean }>();
  const first = events[0]!.occurredAt.getUTCFullYear();
  const last = Number(today.slice(0, 4));
  const out: { year: number; steps: StepCounts }[] = [];
  let i = 0;
  for (let year = first; year <= last; year++) {
    const end = Date.UTC(year + 1, 0, 1);
    while (i < events.length && events[i]!.occurredAt.getTime() < end) {
      const e = events[i++]!;
      const after = (e.after ?? {}) as Snapshot;
      const s = state.get(e.entityId) ?? { step: 0, candidate: false, archived: false };
      if (typeof after.step === 'number') s.step = after.step;
      if (typeof after.candidate === 'boolean') s.candidate = after.candidate;
      if ('archivedAt' in after) s.archived = after.archivedAt !== null;
      state.set(e.entityId, s);
    }
    out.push({ year, steps: countSteps(state.values()) });
  }
  return out;
}

export function currentSteps(rows: { step: number; candidate: boolean }[]) {
  return countSteps(rows.map((r) => ({ ...r, archived: false })));
}

/** The digital share of all cases of the services in use, weighted by their volume, per cent to one decimal. */
export function weightedDigitalShare(rows: { yearlyVolume: number; digitalShare: number; candidate: boolean }[]): number | null {
  const used = rows.filter((r) => !r.candidate);
  const volume = used.reduce((s, r) => s + r.yearlyVolume, 0);
  if (volume === 0) return null;
  return Math.round((used.reduce((s, r) => s + r.yearlyVolume * r.digitalShare, 0) / volume) * 10) / 10;
}

type RegisterSnapshot = Snapshot & { yearlyVolume?: unknown; digitalShare?: unknown };
type RegisterState = { step: number; candidate: boolean; archived: boolean; yearlyVolume: number; digitalShare: number };

/**
 * What a KPI fed by the register reads (issue 14, item 9): at the end of each year, and today for
 * the current year, the share of possible e-services introduced (in use of in use and candidates,
 * per cent to one decimal) and the digital share of cases weighted by volume, replayed from the
 * audit trail as the ladder's history is. A year with no service, or no volume, has no value.
 */
export function registerSharesByYear(events: { entityId: string; occurredAt: Date; after: unknown }[], today: string) {
  const out: { periodEnd: string; introducedShare: number | null; digitalShare: number | null }[] = [];
  if (events.length === 0) return out;
  const state = new Map<string, RegisterState>();
  const last = Number(today.slice(0, 4));
  let i = 0;
  for (let year = events[0]!.occurredAt.getUTCFullYear(); year <= last; year++) {
    const end = Date.UTC(year + 1, 0, 1);
    while (i < events.length && events[i]!.occurredAt.getTime() < end) {
      const e = events[i++]!;
      const after = (e.after ?? {}) as RegisterSnapshot;
      const s = state.get(e.entityId) ?? { step: 0, candidate: false, archived: false, yearlyVolume: 0, digitalShare: 0 };
      if (typeof after.step === 'number') s.step = after.step;
      if (typeof after.candidate === 'boolean') s.candidate = after.candidate;
      if (typeof after.yearlyVolume === 'number') s.yearlyVolume = after.yearlyVolume;
      if (typeof after.digitalShare === 'number') s.digitalShare = after.digitalShare;
      if ('archivedAt' in after) s.archived = after.archivedAt !== null;
      state.set(e.entityId, s);
    }
    const live = [...state.values()].filter((s) => !s.archived && s.step >= 1);
    const inUse = live.filter((s) => !s.candidate).length;
    out.push({
      periodEnd: year === last ? today : `${year}-12-31`,
      introducedShare: live.length ? Math.round((inUse / live.length) * 1000) / 10 : null,
      digitalShare: weightedDigitalShare(live),
    });
  }
  return out;
}
