import type { TFunction } from 'i18next';
import { formatDate, formatKronor } from '../../../kit/format';

type Row = Record<string, unknown>;

// Fields whose values are enum codes: shown with the same labels as everywhere else.
const ENUM_FIELDS: Record<string, string> = { lifecycle: 'lifecycle', kind: 'kind', assessment: 'assessment' };

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function level(t: TFunction, value: unknown): string {
  return typeof value === 'number'
    ? `${value} – ${t(`enums.classificationLevel.${value}`)}`
    : t('enums.classificationLevel.none');
}

/** The history's object-shaped values (as the audit trail records a system) in words. */
function formatStructured(t: TFunction, field: string, value: unknown): string | undefined {
  if (field === 'classification' && isRow(value)) {
    return (['k', 'r', 't'] as const).map((axis) => `${t(`fields.classification_${axis}`)}: ${level(t, value[axis])}`).join('; ');
  }
  if (field === 'contract' && isRow(value)) {
    const months = typeof value.noticeMonths === 'number' ? t('common.months', { count: value.noticeMonths }) : '–';
    return `${t('fields.contract_endDate')}: ${formatDate(text(value.endDate))}; ${t('fields.contract_noticeMonths')}: ${months}`;
  }
  if (field === 'integrations' && Array.isArray(value)) {
    return value
      .filter(isRow)
      .map((i) => (i.description ? `${text(i.target ?? i.targetId)} (${text(i.description)})` : text(i.target ?? i.targetId)))
      .join('; ');
  }
  if (field === 'disruptionTests' && Array.isArray(value)) {
    return value
      .filter(isRow)
      .map((d) => {
        const result = t(`enums.disruptionResult.${text(d.result)}`, { defaultValue: text(d.result) });
        return [formatDate(text(d.testedOn)), result, text(d.notes)].filter(Boolean).join(', ');
      })
      .join('; ');
  }
  return undefined;
}

/** A before or after value of the history, in words. Shapes nobody promised fall back to JSON. */
export function formatHistoryValue(t: TFunction, field: string, value: unknown): string {
  const empty = t('applications.history.empty');
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value) && value.length === 0) return empty;
  const enumName = ENUM_FIELDS[field];
  if (enumName && typeof value === 'string') return t(`enums.${enumName}.${value}`, { defaultValue: value });
  if (field === 'yearlyCost' && typeof value === 'number') return formatKronor(value);
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const structured = formatStructured(t, field, value);
  if (structured !== undefined) return structured || empty;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(', ');
  return JSON.stringify(value);
}
