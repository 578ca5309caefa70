import { describe, expect, it } from 'vitest';
import { evaluateKpi, type KpiFacts, worstStatus } from './rules.js';

const today = '2026-11-23';
/** Oskarshamn: by end of 2028, 75 % of complaints are handled digitally; 40 % at the start of 2026. */
const higher: KpiFacts = {
  direction: 'higher',
  baseline: { value: 40, date: '2026-01-01' },
  targets: [{ value: 75, targetDate: '2028-12-31' }],
  measurements: [],
};

describe('KPI status', () => {
  it('has no data without measurements', () => expect(evaluateKpi(higher, today).status).toBe('no_data'));
  it('has no data without a target', () => {
    expect(evaluateKpi({ ...higher, targets: [], measurements: [{ periodEnd: '2026-06-30', value: 50 }] }, today).status).toBe('no_data');
  });
  it('is on track at or above the straight path', () => {
    // Halfway through 2026–2028 the path stands near 40 + 35 × 0.5.
    const result = evaluateKpi({ ...higher, measurements: [{ periodEnd: '2027-07-01', value: 58 }] }, today);
    expect(result.status).toBe('on_track');
    expect(result.expected).toBeCloseTo(57.5, 0);
  });
  it('is at risk below the path', () => {
    expect(evaluateKpi({ ...higher, measurements: [{ periodEnd: '2027-07-01', value: 50 }] }, today).status).toBe('at_risk');
  });
  it('is met when the target is reached, even early', () => {
    expect(evaluateKpi({ ...higher, measurements: [{ periodEnd: '2026-06-30', value: 80 }] }, today).status).toBe('met');
  });
  it('is missed when the target date has passed without reaching it', () => {
    const passed = { ...higher, targets: [{ value: 75, targetDate: '2025-12-31' }], baseline: { value: 40, date: '2024-01-01' } };
    expect(evaluateKpi({ ...passed, measurements: [{ periodEnd: '2025-12-31', value: 70 }] }, today).status).toBe('missed');
    expect(evaluateKpi({ ...passed, measurements: [{ periodEnd: '2025-12-31', value: 75 }] }, today).status).toBe('met');
  });
  it('judges the latest measurement, not earlier ones', () => {
    const measurements = [
      { periodEnd: '2027-12-31', value: 30 },
      { periodEnd: '2026-06-30', value: 90 },
    ];
    expect(evaluateKpi({ ...higher, measurements }, today)).toMatchObject({ status: 'at_risk', latest: { periodEnd: '2027-12-31', value: 30 } });
  });
  it('turns lower-is-better around: handling time reduced by 25 % from 20 days', () => {
    const lower: KpiFacts = { direction: 'lower', baseline: { value: 20, date: '2026-01-01' }, targets: [{ value: 15, targetDate: '2027-12-31' }], measurements: [] };
    expect(evaluateKpi({ ...lower, measurements: [{ periodEnd: '2026-12-31', value: 17 }] }, today).status).toBe('on_track');
    expect(evaluateKpi({ ...lower, measurements: [{ periodEnd: '2026-12-31', value: 19 }] }, today).status).toBe('at_risk');
    expect(evaluateKpi({ ...lower, measurements: [{ periodEnd: '2026-12-31', value: 14 }] }, today).status).toBe('met');
  });
  it('without a baseline starts the path at the earliest measurement', () => {
    const noBaseline = { ...higher, baseline: null };
    expect(evaluateKpi({ ...noBaseline, measurements: [{ periodEnd: '2026-06-30', value: 40 }] }, today).status).toBe('on_track');
    const falling = [
      { periodEnd: '2026-06-30', value: 40 },
      { periodEnd: '2027-06-30', value: 41 },
    ];
    expect(evaluateKpi({ ...noBaseline, measurements: falling }, today).status).toBe('at_risk');
  });
  it('with several targets judges against the next one, starting from the previous one', () => {
    const stepped: KpiFacts = {
      ...higher,
      targets: [
        { value: 60, targetDate: '2026-06-30' },
        { value: 75, targetDate: '2028-12-31' },
      ],
      // From 60 at mid-2026 towards 75 at the end of 2028, the path stands near 63 at the start of 2027.
      measurements: [{ periodEnd: '2027-01-01', value: 64 }],
    };
    const result = evaluateKpi(stepped, today);
    expect(result.target).toEqual({ value: 75, targetDate: '2028-12-31' });
    expect(result.status).toBe('on_track');
  });
  it('after the last target date judges against the last target', () => {
    const result = evaluateKpi({ ...higher, targets: [{ value: 75, targetDate: '2025-06-30' }], measurements: [{ periodEnd: '2026-06-30', value: 60 }] }, today);
    expect(result).toMatchObject({ status: 'missed', target: { value: 75 } });
  });
  it('treats exactly reaching the path as on track', () => {
    const result = evaluateKpi({ ...higher, baseline: { value: 40, date: '2027-01-01' }, targets: [{ value: 80, targetDate: '2027-01-11' }], measurements: [{ periodEnd: '2027-01-06', value: 60 }] }, '2027-01-06');
    expect(result).toMatchObject({ status: 'on_track', expected: 60 });
  });
});

describe('goal status', () => {
  it('is the worst of its KPIs', () => expect(worstStatus(['met', 'at_risk', 'on_track'])).toBe('at_risk'));
  it('puts missed before everything', () => expect(worstStatus(['no_data', 'missed'])).toBe('missed'));
  it('has no data without KPIs', () => expect(worstStatus([])).toBe('no_data'));
});
