import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import sv from '../locales/sv.json';
import { decimalIn, kronorIn, shortKronorIn, type UnitWords } from './number-format';

const i18n = i18next.createInstance();
await i18n.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv', interpolation: { escapeValue: false } });
const words = (language: 'sv' | 'en'): UnitWords => (key, values) => i18n.getFixedT(language)(key, values);
const short = (language: 'sv' | 'en', value: number) => shortKronorIn(language, value, words(language));

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('the one number formatter', () => {
  it('writes short amounts for chart axes in Swedish: decimal comma, real minus sign, "mnkr" and "tkr"', () => {
    expect(short('sv', 1_500_000)).toBe(`1,5${NBSP}mnkr`);
    expect(short('sv', -1_500_000)).toBe(`${MINUS}1,5${NBSP}mnkr`);
    expect(short('sv', 2_000_000)).toBe(`2${NBSP}mnkr`);
    expect(short('sv', 12_345_678)).toBe(`12,3${NBSP}mnkr`);
    expect(short('sv', 1_234_000_000)).toBe(`1${NBSP}234${NBSP}mnkr`);
    expect(short('sv', 500_000)).toBe(`500${NBSP}tkr`);
    expect(short('sv', -250_000)).toBe(`${MINUS}250${NBSP}tkr`);
    expect(short('sv', 999_600)).toBe(`1${NBSP}mnkr`);
    expect(short('sv', 800)).toBe(`800${NBSP}kr`);
    expect(short('sv', 0)).toBe(`0${NBSP}kr`);
  });

  it('writes them in English with a decimal point and no Swedish unit', () => {
    expect(short('en', 1_500_000)).toBe(`SEK${NBSP}1.5m`);
    expect(short('en', -1_500_000)).toBe(`-SEK${NBSP}1.5m`);
    expect(short('en', 1_234_000_000)).toBe(`SEK${NBSP}1,234m`);
    expect(short('en', 500_000)).toBe(`SEK${NBSP}500k`);
    expect(short('en', -800)).toBe(`-SEK${NBSP}800`);
    for (const value of [1_500_000, -1_500_000, 500_000, 800]) expect(short('en', value)).not.toMatch(/mnkr|tkr|kr\b|,5/);
  });

  it('writes whole kronor and decimals as Intl does in each language', () => {
    expect(kronorIn('sv', -1_234_567)).toBe(`${MINUS}1${NBSP}234${NBSP}567${NBSP}kr`);
    expect(kronorIn('en', -1_234_567)).toBe(`-SEK${NBSP}1,234,567`);
    expect(decimalIn('sv', 0.8, 2, 2)).toBe('0,80');
    expect(decimalIn('en', 1234.5, 1)).toBe('1,234.5');
    expect(decimalIn('sv', -1.5, 1)).toBe(`${MINUS}1,5`);
  });
});
