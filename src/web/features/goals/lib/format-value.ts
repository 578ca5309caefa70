import type { TFunction } from 'i18next';
import { formatDecimal } from '../../../kit/format';
import type { KpiUnit } from './enums';

/**
 * A KPI value with its unit in the person's language: "58 %", "20,5 dagar", "1 250 000 kr".
 * Intl writes the Swedish non-breaking space and real minus sign (DECISIONS.md 25).
 */
export function formatKpiValue(t: TFunction, value: number | null | undefined, unit: KpiUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const number = formatDecimal(value, unit === 'kronor' ? 0 : 2);
  return t(`goals.unitValue.${unit}`, { value: number, count: value });
}

/** The bare number, for chart axes where the unit is said once in the legend. */
export function formatPlainNumber(value: number): string {
  return formatDecimal(value, 2);
}
