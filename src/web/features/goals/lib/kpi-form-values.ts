import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { FormErrors } from '@mantine/form';
import type { Kpi, KpiInput } from '../../../../shared/goals';
import type { KpiDirection, KpiSource, KpiUnit } from './enums';

/** The KPI form as inputs hold it: numbers may be '' while empty. */
export interface KpiFormValues {
  goalId: string;
  name: string;
  definition: string;
  unit: KpiUnit;
  direction: KpiDirection;
  source: KpiSource;
  ownerId: string;
  baselineValue: number | string;
  baselineDate: string;
  targets: { value: number | string; targetDate: string }[];
}

export type KpiForm = UseFormReturnType<KpiFormValues>;

export function emptyKpiValues(goalId: string, ownerId: string): KpiFormValues {
  return {
    goalId,
    name: '',
    definition: '',
    unit: 'percent',
    direction: 'higher',
    source: 'manual',
    ownerId,
    baselineValue: '',
    baselineDate: '',
    targets: [{ value: '', targetDate: '' }],
  };
}

export function fromKpi(kpi: Kpi): KpiFormValues {
  return {
    goalId: kpi.goalId,
    name: kpi.name,
    definition: kpi.definition,
    unit: kpi.unit,
    direction: kpi.direction,
    source: kpi.source,
    ownerId: kpi.ownerId ?? '',
    baselineValue: kpi.baselineValue ?? '',
    baselineDate: kpi.baselineDate ?? '',
    targets: kpi.targets.map((target) => ({ value: target.value, targetDate: target.targetDate })),
  };
}

const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));

export function toKpiInput(values: KpiFormValues): KpiInput {
  return {
    goalId: values.goalId,
    name: values.name.trim(),
    definition: values.definition.trim(),
    unit: values.unit,
    direction: values.direction,
    source: values.source,
    ownerId: values.ownerId || null,
    baselineValue: numberOrNull(values.baselineValue),
    baselineDate: values.baselineDate || null,
    targets: values.targets.map((target) => ({ value: Number(target.value), targetDate: target.targetDate })),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The server's checks, by the same paths, so most mistakes are named before a round trip. */
export function validateKpiForm(t: TFunction, values: KpiFormValues): FormErrors {
  const errors: FormErrors = {};
  const required = t('goals.validation.required');
  if (!values.goalId) errors.goalId = required;
  if (!values.name.trim()) errors.name = required;
  if (!values.definition.trim()) errors.definition = required;
  const hasBaselineValue = values.baselineValue !== '';
  if (hasBaselineValue !== Boolean(values.baselineDate)) {
    errors[hasBaselineValue ? 'baselineDate' : 'baselineValue'] = t('goals.validation.baselineIncomplete');
  }
  if (values.targets.length === 0) errors.targets = t('goals.validation.targetRequired');
  const seen = new Set<string>();
  values.targets.forEach((target, index) => {
    if (target.value === '' || !Number.isFinite(Number(target.value))) errors[`targets.${index}.value`] = t('goals.validation.number');
    if (!ISO_DATE.test(target.targetDate)) errors[`targets.${index}.targetDate`] = t('goals.validation.date');
    else if (values.baselineDate && target.targetDate <= values.baselineDate) errors[`targets.${index}.targetDate`] = t('goals.validation.targetBeforeBaseline');
    else if (seen.has(target.targetDate)) errors[`targets.${index}.targetDate`] = t('goals.validation.duplicateTarget');
    seen.add(target.targetDate);
  });
  return errors;
}

/** A field path in words: `targets.1.value` → "Målvärde 2: Värde". */
export function kpiFieldLabel(t: TFunction, path: string): string {
  const row = /^targets\.(\d+)\.(\w+)$/.exec(path);
  if (row) return `${t('goals.form.targetRow', { n: Number(row[1]) + 1 })}: ${t(`goals.fields.target_${row[2]}`)}`;
  return t(`goals.fields.${path}`, { defaultValue: path });
}

export const kpiFieldId = (path: string) => `kpi-${path.replace(/\./g, '-')}`;
