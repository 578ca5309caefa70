import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatHistoryValue } from './format-history-value';

const words: Record<string, string> = { 'records.history.empty': '–', 'common.yes': 'Ja', 'common.no': 'Nej' };
const t = ((key: string) => words[key] ?? key) as unknown as TFunction;

describe('a history value as text', () => {
  it('reads nothing as a dash: null, empty text, an empty list, an object of empty values', () => {
    for (const v of [null, undefined, '', [], { a: null, b: '' }]) expect(formatHistoryValue(t, v)).toBe('–');
  });

  it('shows yes and no, numbers in Swedish form, lists joined and objects as key: value', () => {
    expect(formatHistoryValue(t, true)).toBe('Ja');
    expect(formatHistoryValue(t, false)).toBe('Nej');
    expect(formatHistoryValue(t, 1234567, 'sv')).toBe('1\u00a0234\u00a0567');
    expect(formatHistoryValue(t, -2.5, 'sv')).toBe('\u22122,5');
    expect(formatHistoryValue(t, ['Ada', 'Bo'])).toBe('Ada, Bo');
    expect(formatHistoryValue(t, { endDate: '2027-01-01', noticeMonths: 3, agreementId: null })).toBe('endDate: 2027-01-01; noticeMonths: 3');
    expect(formatHistoryValue(t, [{ value: 75, targetDate: '2030-12-31' }])).toBe('value: 75; targetDate: 2030-12-31');
  });

  it('cuts a long text to 200 characters', () => {
    const cut = formatHistoryValue(t, 'x'.repeat(5000));
    expect(cut).toHaveLength(200);
    expect(cut.endsWith('…')).toBe(true);
  });
});
