import type { TFunction } from 'i18next';
import { relativeTargetLevel, type Item } from '../../../../shared/documents';
import type { KpiCreation } from '../api/create-proposed-kpis';
import type { ItemFormValues, KpiProposalValues } from './form-values';

/** A number as a person types it: "75", "99,5", "−25" (the real minus sign) or "12 000". */
function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function kpiProblems(kpi: KpiProposalValues): Partial<Record<keyof KpiProposalValues, string>> {
  const problems: Partial<Record<keyof KpiProposalValues, string>> = {};
  if (!kpi.name.trim()) problems.name = 'required';
  if (!kpi.definition.trim()) problems.definition = 'required';
  if (!ISO.test(kpi.targetDate)) problems.targetDate = 'date';
  if (kpi.relative) {
    if (parseAmount(kpi.change) === null) problems.change = 'number';
    if (parseAmount(kpi.baselineValue) === null) problems.baselineValue = 'number';
    if (!ISO.test(kpi.baselineDate)) problems.baselineDate = 'date';
  } else if (parseAmount(kpi.targetValue) === null) problems.targetValue = 'number';
  return problems;
}

/** Field errors of the kept KPIs, by the form's paths (`items.0.kpis.1.targetDate`). */
export function validateKpiProposals(t: TFunction, items: ItemFormValues[], path = 'items'): Record<string, string> {
  const errors: Record<string, string> = {};
  items.forEach((item, i) => {
    const at = `${path}.${i}`;
    item.kpis?.forEach((kpi, k) => {
      if (!kpi.keep) return;
      for (const [field, problem] of Object.entries(kpiProblems(kpi))) errors[`${at}.kpis.${k}.${field}`] = t(`documents.kpiProposal.problems.${problem}`);
    });
    Object.assign(errors, validateKpiProposals(t, item.children, `${at}.children`));
  });
  return errors;
}

/**
 * The kept KPIs as the goals module's input, each tied to the saved goal it was proposed under:
 * the form's items and the saved document's items have the same shape and order.
 */
export function keptKpis(items: ItemFormValues[], saved: Item[]): KpiCreation[] {
  const out: KpiCreation[] = [];
  items.forEach((item, i) => {
    const goal = saved[i];
    if (!goal) return;
    for (const kpi of item.kpis ?? []) {
      if (!kpi.keep) continue;
      const baseline = kpi.relative ? parseAmount(kpi.baselineValue) : null;
      const value = kpi.relative ? relativeTargetLevel(baseline ?? 100, parseAmount(kpi.change) ?? 0) : (parseAmount(kpi.targetValue) ?? 0);
      out.push({
        name: kpi.name.trim(),
        input: {
          goalId: goal.id,
          name: kpi.name.trim(),
          definition: kpi.definition.trim(),
          unit: kpi.unit,
          direction: kpi.direction,
          baselineValue: baseline,
          baselineDate: kpi.relative ? kpi.baselineDate : null,
          targets: [{ value, targetDate: kpi.targetDate }],
        },
      });
    }
    out.push(...keptKpis(item.children, goal.children));
  });
  return out;
}
