import type { FieldError } from './field-errors.js';

/**
 * A KPI's body as the domain wants it beyond its schema, applied by the server's command and by
 * the web's form alike: a baseline has both its value and its date, every target comes after the
 * baseline, and no two targets share a date (named on the row that repeats it).
 */
export function kpiProblems(input: { baselineValue: number | null; baselineDate: string | null; targets: { targetDate: string }[] }): FieldError[] {
  const errors: FieldError[] = [];
  if ((input.baselineValue === null) !== (input.baselineDate === null)) {
    errors.push({ field: input.baselineValue === null ? 'baselineValue' : 'baselineDate', key: 'baseline_incomplete' });
  }
  const seen = new Set<string>();
  input.targets.forEach((target, index) => {
    const field = `targets.${index}.targetDate`;
    if (input.baselineDate && target.targetDate <= input.baselineDate) errors.push({ field, key: 'target_before_baseline' });
    else if (seen.has(target.targetDate)) errors.push({ field, key: 'duplicate_value' });
    seen.add(target.targetDate);
  });
  return errors;
}
