import { describe, expect, it } from 'vitest';
import { emptyKpiValues, type KpiFormValues } from './kpi-form-values';
import { validateKpi } from './kpi.validation';
import { validateMeasurement } from './measurement.validation';

const goalId = '0b6f2d3e-4c1a-4b8e-9f7d-2a5c6e8b1d40';
const valid: KpiFormValues = {
  ...emptyKpiValues(goalId, ''),
  name: 'Andel e-tjänster',
  definition: 'Införda delat med möjliga.',
  baselineValue: 10,
  baselineDate: '2024-12-31',
  targets: [{ value: 50, targetDate: '2030-12-31' }],
};

describe('the KPI form, by the schema the server checks its body with', () => {
  it('passes a valid KPI and names what is missing in the server’s words', () => {
    expect(validateKpi(valid, 'sv')).toEqual({});
    expect(validateKpi(emptyKpiValues('', ''), 'sv')).toEqual({
      goalId: 'Fältet måste fyllas i.',
      name: 'Fältet måste fyllas i.',
      definition: 'Fältet måste fyllas i.',
      'targets.0.value': 'Måste vara ett tal.',
      'targets.0.targetDate': 'Måste vara ett datum på formen ÅÅÅÅ-MM-DD.',
    });
  });

  it('checks the baseline and the targets as the server’s command does', () => {
    expect(validateKpi({ ...valid, baselineDate: '' }, 'sv')).toEqual({ baselineDate: 'En nulägesmätning behöver både värde och datum.' });
    const targets = (second: number | string) => [{ value: 20, targetDate: '2024-06-30' }, { value: second, targetDate: '2030-12-31' }, { value: 60, targetDate: '2030-12-31' }];
    expect(validateKpi({ ...valid, targets: targets('x') }, 'en')).toEqual({ 'targets.1.value': 'Must be a number.' });
    // The domain's rules come once the schema passes, as on the server.
    expect(validateKpi({ ...valid, targets: targets(40) }, 'en')).toEqual({
      'targets.0.targetDate': "The target's date must come after the baseline.",
      'targets.2.targetDate': 'The value occurs more than once.',
    });
    expect(validateKpi({ ...valid, targets: [] }, 'sv')).toEqual({ targets: 'Minst ett värde behövs.' });
  });
});

describe('the measurement form', () => {
  it('asks for a date and a number, and never takes an empty value for 0', () => {
    expect(validateMeasurement({ periodEnd: '2025-12-31', value: 0, comment: '' }, 'sv')).toEqual({});
    expect(validateMeasurement({ periodEnd: '', value: '', comment: '' }, 'sv')).toEqual({
      periodEnd: 'Måste vara ett datum på formen ÅÅÅÅ-MM-DD.',
      value: 'Måste vara ett tal.',
    });
  });
});
