import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { Kpi, KpiInput } from '../../../../shared/goals';
import type { KpiDirection, KpiSource, KpiUnit } from './enums';
import { unset } from '../../../kit/forms/unset';

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

/** An optional number: empty is null; anything else the number it reads as (NaN if none, which the schema names). */
const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));
/** A required number: empty is NaN rather than 0, so an empty target is named, never saved as 0. */
const requiredNumber = (value: number | string) => (value === '' ? Number.NaN : Number(value));

export function toKpiInput(values: KpiFormValues): KpiInput {
  return {
    goalId: unset(values.goalId),
    name: values.name.trim(),
    definition: values.definition.trim(),
    unit: values.unit,
    direction: values.direction,
    source: values.source,
    ownerId: values.ownerId || null,
    baselineValue: numberOrNull(values.baselineValue),
    baselineDate: values.baselineDate || null,
    targets: values.targets.map((target) => ({ value: requiredNumber(target.value), targetDate: target.targetDate })),
  };
}

/** A field path in words: `targets.1.value` → "Målvärde 2: Värde". */
export function kpiFieldLabel(t: TFunction, path: string): string {
  const row = /^targets\.(\d+)\.(\w+)$/.exec(path);
  if (row) return `${t('goals.form.targetRow', { n: Number(row[1]) + 1 })}: ${t(`goals.fields.target_${row[2]}`)}`;
  return t(`goals.fields.${path}`, { defaultValue: path });
}

export const kpiFieldId = (path: string) => `kpi-${path.replace(/\./g, '-')}`;
