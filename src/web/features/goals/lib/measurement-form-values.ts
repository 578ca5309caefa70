import type { MeasurementInput } from '../../../../shared/goals';

/** A period's value as the form's inputs hold it: the number input holds '' while empty. */
export interface MeasurementValues {
  periodEnd: string;
  value: number | string;
  comment: string;
}

/** The measurement the form sends; an empty value is NaN rather than 0, so it is named, never saved as 0. */
export function toMeasurementInput(values: MeasurementValues): MeasurementInput {
  return { periodEnd: values.periodEnd, value: values.value === '' ? Number.NaN : Number(values.value), comment: values.comment.trim() };
}
