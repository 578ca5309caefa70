import type { Language } from '../../shared/common';

/**
 * Roder's one number formatter, by language: Intl writes the digits, the decimal comma or point,
 * the grouping (a non-breaking space in Swedish) and the sign (a real minus sign, U+2212, in
 * Swedish); the words of a short amount ("mnkr", "SEK …m") come from the translations. Pure, so
 * it is unit-tested in both languages; `format.ts` calls it in the language shown.
 */

/** The translation function a short amount takes its unit words from (`amounts.*`). */
export type UnitWords = (key: 'amounts.millions' | 'amounts.thousands', values: { sign: string; value: string }) => string;

const TAGS: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

// A formatter is costly to make (a long list makes hundreds), cheap to reuse: one per locale and options.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(TAGS[language], options)));
  return format;
}

/** Whole kronor: "1 234 567 kr" and "−1 500 kr" in Swedish, "SEK 1,234,567" and "-SEK 1,500" in English. */
export function kronorIn(language: Language, value: number): string {
  return numberFormat(language, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
}

/** A number with at most `maxDigits` decimals ("1 234,5" / "1,234.5"); `minDigits` pads, e.g. a ratio "0,80". */
export function decimalIn(language: Language, value: number, maxDigits = 0, minDigits = 0): string {
  return numberFormat(language, { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits }).format(value);
}

/**
 * A short amount for a chart's axis: millions with at most one decimal ("1,5 mnkr", "−2 mnkr";
 * "SEK 1.5m", "-SEK 2m"), thousands whole ("500 tkr"; "SEK 500k"), smaller amounts in kronor.
 */
export function shortKronorIn(language: Language, value: number, words: UnitWords): string {
  const size = Math.abs(value);
  // The sign as Intl writes it in the language, before the unit's words (as with "-SEK 1,500").
  const sign = value < 0 ? (numberFormat(language, {}).formatToParts(-1).find((p) => p.type === 'minusSign')?.value ?? '-') : '';
  if (Math.round(size / 100_000) >= 10) return words('amounts.millions', { sign, value: decimalIn(language, size / 1_000_000, 1) });
  if (Math.round(size) >= 1_000) return words('amounts.thousands', { sign, value: decimalIn(language, size / 1_000) });
  return kronorIn(language, value);
}
