import { currentLanguage, i18n } from './i18n';
import { decimalIn, kronorIn, shortKronorIn } from './number-format';

const STOCKHOLM = 'Europe/Stockholm';

// A formatter is costly to make (a long list makes hundreds), cheap to reuse: one per locale and options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(tag, options)));
  return format;
}

/** Whole kronor: "1 234 567 kr" in Swedish (non-breaking space, real minus sign), "SEK 1,234,567" in English. */
export function formatKronor(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return kronorIn(currentLanguage(), value);
}

export function formatNumber(value: number): string {
  return decimalIn(currentLanguage(), value);
}

/** A number with at most `maxDigits` decimals, padded to `minDigits`: "0,80" in Swedish, "0.80" in English. */
export function formatDecimal(value: number, maxDigits: number, minDigits = 0): string {
  return decimalIn(currentLanguage(), value, maxDigits, minDigits);
}

/** A short amount for a chart's axis: "1,5 mnkr", "−500 tkr" in Swedish; "SEK 1.5m", "-SEK 500k" in English. */
export function formatKronorShort(value: number): string {
  return shortKronorIn(currentLanguage(), value, (key, values) => i18n.t(key, values));
}

/** A list read as a sentence: "titel, prioritet och kostnader" in Swedish, "title, priority, and costs" in English. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(items);
}

/** An ISO calendar date (`2026-11-23`): as is in Swedish, "23 Nov 2026" in English. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  if (currentLanguage() === 'sv') return value.slice(0, 10);
  return dateFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A UTC timestamp shown in Swedish time: "2026-11-23 14:05" in Swedish. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '–';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  if (currentLanguage() === 'sv') {
    // sv-SE already writes YYYY-MM-DD HH:MM.
    return dateFormat('sv-SE', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: STOCKHOLM,
    }).format(date);
  }
  return dateFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: STOCKHOLM,
  }).format(date);
}

/** The calendar day of a UTC timestamp in Swedish time ("2026-11-23"), for lists where the hour is noise. */
export function formatDayOf(value: string | null | undefined): string {
  if (!value) return '–';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  if (currentLanguage() === 'sv') {
    return dateFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: STOCKHOLM }).format(date);
  }
  return dateFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: STOCKHOLM }).format(date);
}
