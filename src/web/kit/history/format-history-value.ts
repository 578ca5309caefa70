import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/common';
import { decimalIn } from '../number-format';

const MAX = 200;

/**
 * A value of a history as one line of text: lists joined, objects as `key: value`, long texts cut
 * (the record's page shows them whole). Null, empty text and empty lists read as a dash.
 */
export function formatHistoryValue(t: TFunction, value: unknown, language: Language = 'sv'): string {
  const text = plain(t, value, language);
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

function plain(t: TFunction, value: unknown, language: Language): string {
  if (value === null || value === undefined || value === '') return t('records.history.empty');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return decimalIn(language, value, 4);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length === 0 ? t('records.history.empty') : value.map((v) => plain(t, v, language)).join(', ');
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined && v !== '');
  return entries.length === 0 ? t('records.history.empty') : entries.map(([k, v]) => `${k}: ${plain(t, v, language)}`).join('; ');
}
