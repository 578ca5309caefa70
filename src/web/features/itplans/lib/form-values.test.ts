import { describe, expect, it } from 'vitest';
import type { Need } from '../../../../shared/itplans';
import { emptyNeed, emptyRound, fromNeed, newBenefitRow, periodYears, roundFormPath, toNeedInput, toOpenRoundInput, toRoundInput } from './form-values';
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
  it('sends every year of the period, blank as nothing, and no benefit unless it is valued', () => {
    const values = { ...emptyNeed([2027, 2028]), title: 'Nytt ekonomisystem' };
    values.costs[0]!.investment = '1 200 000';
    values.costs[1]!.running = '300000';
    expect(toNeedInput(values)).toMatchObject({
      priority: 2,
      costs: [
        { year: 2027, investment: 1_200_000, running: 0 },
        { year: 2028, investment: 0, running: 300_000 },
      ],
      benefit: null,
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

describe('the need form’s benefit', () => {
  const valued = () => {
    const values = { ...emptyNeed([2027, 2028]), title: 'Nytt ekonomisystem', valued: true };
    values.benefit.benefits = [
      { ...newBenefitRow(2027), description: 'Färre manuella avstämningar', yearlyAmount: '300 000', hoursPerYear: '99' },
      { ...newBenefitRow(2028), kind: 'indirect', description: 'Frigjord tid', hoursPerYear: '1 200', hourlyCost: '450', confidence: 'low' },
      { ...newBenefitRow(2028), kind: 'qualitative', description: 'Nöjdare invånare', score: '4', yearlyAmount: '5' },
    ];
    return values;
  };

  it('sends each benefit with only the amounts its kind uses, and the horizon', () => {
    expect(toNeedInput(valued()).benefit).toEqual({
      benefits: [
        { kind: 'direct', description: 'Färre manuella avstämningar', recipient: '', yearlyAmount: 300_000, hoursPerYear: null, hourlyCost: null, score: null, firstYear: 2027, confidence: 'medium', measuredBy: '', kpiId: null },
        { kind: 'indirect', description: 'Frigjord tid', recipient: '', yearlyAmount: null, hoursPerYear: 1200, hourlyCost: 450, score: null, firstYear: 2028, confidence: 'low', measuredBy: '', kpiId: null },
        { kind: 'qualitative', description: 'Nöjdare invånare', recipient: '', yearlyAmount: null, hoursPerYear: null, hourlyCost: null, score: 4, firstYear: 2028, confidence: 'medium', measuredBy: '', kpiId: null },
      ],
      horizonYears: 5,
    });
    expect(validateNeed(valued(), 'sv')).toEqual({});
    // Turned off, the rows are kept in the form but not sent.
    expect(toNeedInput({ ...valued(), valued: false }).benefit).toBeNull();
  });

  it('puts a missing description and a bad horizon on their fields, and an empty list on the list', () => {
    const values = valued();
    values.benefit.benefits[1]!.description = '';
    values.benefit.horizonYears = '0';
    expect(Object.keys(validateNeed(values, 'sv')).sort()).toEqual(['benefit.benefits.1.description', 'benefit.horizonYears']);
    expect(Object.keys(validateNeed({ ...values, benefit: { benefits: [], horizonYears: '5' } }, 'sv'))).toEqual(['benefit.benefits']);
  });

  it('reads a saved benefit back as the form holds it', () => {
    const body = toNeedInput(valued());
    const need = { title: 'x', description: '', goals: [], capabilities: [], systems: [], priority: 2, costs: [], project: null, acquisition: null, benefit: body.benefit } as unknown as Need;
    const values = fromNeed(need, [2027, 2028]);
    expect(values.valued).toBe(true);
    expect(values.benefit.benefits[0]).toMatchObject({ kind: 'direct', yearlyAmount: '300000', hoursPerYear: '', firstYear: '2027' });
    expect(values.benefit.benefits[1]).toMatchObject({ kind: 'indirect', hoursPerYear: '1200', hourlyCost: '450', confidence: 'low' });
    expect(toNeedInput(values).benefit).toEqual(body.benefit);
    expect(fromNeed({ ...need, benefit: null }, [2027]).valued).toBe(false);
  });
});
