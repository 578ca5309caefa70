import type { TFunction } from 'i18next';
import { formatDecimal, formatKronor } from '../../../kit/format';

/** Rules whose value is a sum in kronor; the discount rate is a percentage, the municipality's limit a number of price base amounts. */
const KRONOR_RULES: ReadonlySet<string> = new Set(['portfolio_threshold', 'direct_procurement_limit', 'direct_procurement_documentation_limit', 'eu_threshold', 'prisbasbelopp']);

export type RuleUnit = 'kronor' | 'percent' | 'pbb';

export function ruleUnit(key: string): RuleUnit {
  if (KRONOR_RULES.has(key)) return 'kronor';
  if (key === 'direct_procurement_limit_pbb') return 'pbb';
  return 'percent';
}

/** A rule's value in its unit; null when the value is not known yet (shown as such, never as 0). */
export function formatRuleValue(key: string, value: number | null, t: TFunction): string | null {
  if (value === null) return null;
  const decimal = formatDecimal(value, 2);
  switch (ruleUnit(key)) {
    case 'kronor':
      return formatKronor(value);
    case 'pbb':
      return t('portfolio.rules.units.pbbValue', { value: decimal });
    case 'percent':
      return `${decimal} %`;
  }
}
