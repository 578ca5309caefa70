import type { FormErrors } from '@mantine/form';
import type { Language } from '../../../../shared/common';
import { kpiInput } from '../../../../shared/goals';
import { message } from '../../../../shared/messages';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toKpiInput, type KpiFormValues } from './kpi-form-values';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the schema cannot check. The goal is a select whose "choose" holds '': the schema's uuid
 * check would call that an invalid id, while the person has only not chosen yet. The rest are
 * rules the server checks in its command (goals/commands.ts checkKpi), not in the schema, and that
 * need nothing but the form's own values: a baseline has both value and date, targets come after
 * the baseline and no two share a date. Dates are compared only when well formed, so a malformed
 * one keeps the schema's message. The same keys as the server, so the same words; a repeated date
 * is named on the row that repeats it (the server names the whole `targets`).
 */
function kpiRules(values: KpiFormValues, language: Language): FormErrors {
  const errors: FormErrors = {};
  if (!values.goalId) errors.goalId = message(language, 'required');
  const hasBaselineValue = values.baselineValue !== '';
  if (hasBaselineValue !== Boolean(values.baselineDate)) {
    errors[hasBaselineValue ? 'baselineDate' : 'baselineValue'] = message(language, 'baseline_incomplete');
  }
  const baseline = ISO_DATE.test(values.baselineDate) ? values.baselineDate : null;
  const seen = new Set<string>();
  values.targets.forEach((target, index) => {
    if (!ISO_DATE.test(target.targetDate)) return;
    if (baseline && target.targetDate <= baseline) errors[`targets.${index}.targetDate`] = message(language, 'target_before_baseline');
    else if (seen.has(target.targetDate)) errors[`targets.${index}.targetDate`] = message(language, 'duplicate_value');
    seen.add(target.targetDate);
  });
  return errors;
}

/** A KPI form is checked by the schema the server checks its body with, and its command's pure rules. */
export const validateKpi = schemaValidation(kpiInput, toKpiInput, kpiRules);
