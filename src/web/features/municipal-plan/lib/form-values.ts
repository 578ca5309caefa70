import type { BodyInputOf } from '../../../../shared/endpoint';
import type { municipalPlanEndpoints } from '../../../../shared/endpoints/municipal-plan';
import type { MunicipalInitiative } from '../../../../shared/municipal-plan';
import { unset } from '../../../kit/forms/unset';

/** An initiative as the edit form holds it: one row of costs for each year of the period. */
export interface InitiativeValues {
  title: string;
  description: string;
  priority: string;
  costs: { year: number; investment: number | string; running: number | string }[];
}

export function initiativeValues(i: MunicipalInitiative, firstYear: number, lastYear: number): InitiativeValues {
  const costs: InitiativeValues['costs'] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const c = i.costs.find((x) => x.year === year);
    costs.push({ year, investment: c?.investment ?? 0, running: c?.running ?? 0 });
  }
  return { title: i.title, description: i.description, priority: String(i.priority), costs };
}

const amount = (v: number | string) => (v === '' ? 0 : Number(v));

export function toInitiativeInput(v: InitiativeValues): BodyInputOf<typeof municipalPlanEndpoints.updateInitiative> {
  return {
    title: v.title,
    description: v.description,
    priority: Number(v.priority),
    costs: v.costs.map((c) => ({ year: c.year, investment: amount(c.investment), running: amount(c.running) })),
  };
}

export interface PlanDecisionValues {
  decidingBody: string;
  decidedOn: string;
  diarienummer: string;
  paragraph: string;
  note: string;
}

export function toPlanDecisionInput(v: PlanDecisionValues): BodyInputOf<typeof municipalPlanEndpoints.decide> {
  return { decidingBody: v.decidingBody, decidedOn: unset(v.decidedOn), diarienummer: v.diarienummer.trim(), paragraph: v.paragraph.trim(), note: v.note };
}
