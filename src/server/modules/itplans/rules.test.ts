import { describe, expect, it } from 'vitest';
import {
  adjustedAfter,
  changedFields,
  changesSinceLastRound,
  costsWithin,
  initiativeSync,
  type NeedFields,
  needAsProject,
  needWriteRefusal,
  periodErrors,
  refreshedFields,
  reopenRefusal,
  statusAfterNeedWritten,
  totalsPerYear,
  yearErrors,
} from './rules.js';

const need = (overrides: Partial<NeedFields> = {}): NeedFields => ({
  title: 'E-arkiv',
  description: 'Arkivera digitalt.',
  goalIds: ['g1', 'g2'],
  capabilityIds: [],
  applicationIds: [],
  priority: 2,
  costs: [{ year: 2027, investment: 100, running: 0 }],
  benefit: null,
  projectId: null,
  acquisitionId: null,
  ...overrides,
});

describe('the period and its years', () => {
  it('accepts one to ten years forward and refuses a reversed or longer period on lastYear', () => {
    expect(periodErrors(2027, 2027)).toEqual([]);
    expect(periodErrors(2027, 2036)).toEqual([]);
    expect(periodErrors(2027, 2026)).toEqual([{ field: 'lastYear', key: 'period_reversed' }]);
    expect(periodErrors(2027, 2037)).toEqual([{ field: 'lastYear', key: 'period_too_long' }]);
  });

  it('names each cost year outside the period and each year given twice', () => {
    const years = [{ year: 2026 }, { year: 2027 }, { year: 2027 }, { year: 2030 }];
    expect(yearErrors('costs', years, 2027, 2029).map((e) => [e.field, e.key])).toEqual([
      ['costs.0.year', 'year_outside_period'],
      ['costs.2.year', 'duplicate_value'],
      ['costs.3.year', 'year_outside_period'],
    ]);
  });

  it('keeps a revised need’s costs for the years inside the new period only', () => {
    expect(costsWithin([{ year: 2026, investment: 5, running: 1 }, { year: 2028, investment: 0, running: 2 }, { year: 2027, investment: 0, running: 0 }], 2027, 2029)).toEqual([{ year: 2028, investment: 0, running: 2 }]);
  });
});

describe('totals and valuation', () => {
  it('sums investment and running cost per year over every need', () => {
    const totals = totalsPerYear([
      { costs: [{ year: 2028, investment: 10, running: 1 }, { year: 2027, investment: 5, running: 0 }] },
      { costs: [{ year: 2028, investment: 0, running: 4 }] },
      { costs: [] },
    ]);
    expect(totals).toEqual([
      { year: 2027, investment: 5, running: 0 },
      { year: 2028, investment: 10, running: 5 },
    ]);
  });

  it('values a need as a project: investments per year, running cost from its first year at the last year’s level', () => {
    const benefits = [{ kind: 'direct', description: 'x', yearlyAmount: 10, firstYear: 2028, confidence: 'high' }] as never;
    expect(needAsProject([{ year: 2029, investment: 0, running: 30 }, { year: 2027, investment: 100, running: 0 }, { year: 2028, investment: 0, running: 20 }], { benefits, horizonYears: 4 })).toEqual({
      investments: [{ year: 2027, amount: 100 }],
      benefits,
      startDate: null,
      runningFromYear: 2028,
      yearlyRunningCost: 30,
      horizonYears: 4,
    });
  });
});

describe('statuses', () => {
  it('lets needs be written only in an open round’s plan not submitted', () => {
    expect(needWriteRefusal('open', 'not_started')).toBeNull();
    expect(needWriteRefusal('open', 'started')).toBeNull();
    expect(needWriteRefusal('open', 'submitted')).toBe('plan_submitted');
    expect(needWriteRefusal('decided', 'started')).toBe('plan_round_decided');
  });

  it('starts a plan with its first need and reopens only a submitted plan', () => {
    expect(statusAfterNeedWritten('not_started')).toBe('started');
    expect(statusAfterNeedWritten('started')).toBe('started');
    expect(reopenRefusal('open', 'submitted')).toBeNull();
    expect(reopenRefusal('open', 'started')).toBe('plan_not_submitted');
    expect(reopenRefusal('decided', 'submitted')).toBe('plan_round_decided');
  });
});

describe('changes since last round', () => {
  it('compares lists as sets and costs by year, and names the fields that changed', () => {
    expect(changedFields(need(), need({ goalIds: ['g2', 'g1'], costs: [{ year: 2027, investment: 100, running: 0 }, { year: 2028, investment: 0, running: 0 }] }))).toEqual([]);
    expect(changedFields(need(), need({ title: 'E-arkiv 2.0', priority: 1, costs: [] }))).toEqual(['title', 'priority', 'costs']);
  });

  it('lists needs added, changed and removed, not the unchanged ones, and ignores costs that left the period', () => {
    const previous = [
      { ...need({ title: 'Kvar', costs: [{ year: 2026, investment: 50, running: 0 }, { year: 2027, investment: 100, running: 0 }] }), id: 'p1' },
      { ...need({ title: 'Ändrad' }), id: 'p2' },
      { ...need({ title: 'Borttagen' }), id: 'p3' },
    ];
    const current = [
      { ...need({ title: 'Kvar' }), id: 'c1', revisedFromId: 'p1' },
      { ...need({ title: 'Ändrad', description: 'Nu med mer.' }), id: 'c2', revisedFromId: 'p2' },
      { ...need({ title: 'Ny' }), id: 'c3', revisedFromId: null },
    ];
    expect(changesSinceLastRound(current, previous, { firstYear: 2027, lastYear: 2029 })).toEqual([
      { kind: 'changed', needId: 'c2', title: 'Ändrad', fields: ['description'] },
      { kind: 'added', needId: 'c3', title: 'Ny', fields: [] },
      { kind: 'removed', needId: null, title: 'Borttagen', fields: [] },
    ]);
  });
});

describe('initiatives on submit', () => {
  it('creates one per need without, refreshes single-need ones, keeps merged ones and archives those left without needs', () => {
    const live = [
      { id: 'n1', initiativeId: null },
      { id: 'n2', initiativeId: 'i2' },
      { id: 'n3', initiativeId: 'merged' },
    ];
    const removed = [{ initiativeId: 'i4' }, { initiativeId: 'merged' }, { initiativeId: null }];
    const counts = new Map([
      ['i2', 1],
      ['merged', 2],
    ]);
    expect(initiativeSync(live, removed, counts)).toEqual({ create: ['n1'], refresh: [{ needId: 'n2', initiativeId: 'i2' }], archive: ['i4'] });
  });

  it('remembers the fields the strategist changed, until the value equals the department’s need again', () => {
    const base = need();
    const renamed = { ...base, title: 'Gemensamt e-arkiv', priority: 1 };
    expect(adjustedAfter([], base, renamed, base)).toEqual(['title', 'priority']);
    // A later change of the costs adds to what was adjusted; lists and costs compare by meaning.
    const costed = { ...renamed, costs: [{ year: 2028, investment: 1, running: 0 }] };
    expect(adjustedAfter(['title', 'priority'], renamed, costed, base)).toEqual(['title', 'priority', 'costs']);
    // Writing the need's own title back ends that adjustment.
    expect(adjustedAfter(['title', 'priority'], renamed, { ...renamed, title: base.title }, base)).toEqual(['priority']);
    // A merged initiative (no single need) keeps every field it was changed in.
    expect(adjustedAfter(['title'], renamed, { ...renamed, title: base.title }, null)).toEqual(['title']);
  });

  it('refreshes a single-need initiative from its need except in the adjusted fields', () => {
    const fields = refreshedFields(need({ title: 'Ny titel', priority: 3 }), ['title']);
    expect(fields).not.toHaveProperty('title');
    expect(fields).toMatchObject({ priority: 3, description: 'Arkivera digitalt.' });
  });
});
