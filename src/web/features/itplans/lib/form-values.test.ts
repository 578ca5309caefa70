import { describe, expect, it } from 'vitest';
import { emptyNeed, emptyRound, periodYears, roundFormPath, toNeedInput, toOpenRoundInput, toRoundInput } from './form-values';
import { validateNeed } from './need.validation';
import { validateRound } from './round.validation';

const departments = ['0b6f2d3e-4c1a-4b8e-9f7d-2a5c6e8b1d40', '1b6f2d3e-4c1a-4b8e-9f7d-2a5c6e8b1d41'];

describe('the round form', () => {
  it('spans the period year by year, and none for a reversed or too long one', () => {
    expect(periodYears('2027', '2029')).toEqual([2027, 2028, 2029]);
    expect(periodYears(2029, 2027)).toEqual([]);
    expect(periodYears(2027, 2037)).toEqual([]);
    expect(periodYears('', '2029')).toEqual([]);
  });

  it('sends only the frames entered, every department as null, and names a frame by its year', () => {
    const values = { ...emptyRound(2026, departments), deadline: '2026-11-30', budgetFrames: { '2027': '', '2028': '4 000 000', '2029': 'x' } };
    expect(toRoundInput(values).budgetFrames).toEqual([{ year: 2028, amount: 4_000_000 }, { year: 2029, amount: Number.NaN }]);
    expect(toOpenRoundInput(values, 2)).toMatchObject({ departmentIds: null, previousRoundId: null, firstYear: 2027, lastYear: 2029 });
    expect(toOpenRoundInput({ ...values, departmentIds: [departments[0]!] }, 2).departmentIds).toEqual([departments[0]]);
    // The body's second frame is 2029's: its error lands on 2029's field.
    expect(roundFormPath('budgetFrames.1.amount', values)).toBe('budgetFrames.2029');
    expect(roundFormPath('departmentIds.1', values)).toBe('departmentIds');
    expect(Object.keys(validateRound(values, 'sv'))).toEqual(['budgetFrames.2029']);
  });

  it('refuses a missing deadline and title in the server’s words', () => {
    const errors = validateRound({ ...emptyRound(2026, departments), title: '' }, 'sv');
    expect(Object.keys(errors).sort()).toEqual(['deadline', 'title']);
  });
});

describe('the need form', () => {
  it('sends every year of the period, blank as nothing, and keeps the benefit it does not edit', () => {
    const values = { ...emptyNeed([2027, 2028]), title: 'Nytt ekonomisystem' };
    values.costs[0]!.investment = '1 200 000';
    values.costs[1]!.running = '300000';
    const benefit = { benefits: [], horizonYears: 5 } as never;
    expect(toNeedInput(values, benefit)).toMatchObject({
      priority: 2,
      costs: [
        { year: 2027, investment: 1_200_000, running: 0 },
        { year: 2028, investment: 0, running: 300_000 },
      ],
      benefit,
      projectId: null,
      acquisitionId: null,
    });
    expect(validateNeed(values, 'sv')).toEqual({});
  });

  it('puts a cost that is not a whole amount on its year’s field', () => {
    const values = { ...emptyNeed([2027, 2028]), title: 'Nytt ekonomisystem' };
    values.costs[1]!.investment = '12,5';
    expect(Object.keys(validateNeed(values, 'sv'))).toEqual(['costs.1.investment']);
  });
});
