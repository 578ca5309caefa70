import type { DepartmentPlanStatus, NeedBenefit, PlanCostYear, RoundStatus } from '../../../shared/itplans.js';
import type { MessageKey } from '../../../shared/messages.js';
import { type AdjustableField, adjustableFields } from '../../../shared/municipal-plan.js';
import type { FieldError } from '../../platform/errors.js';
import type { ValuationInput } from '../portfolio/presenter.js';

/** The IT plans' pure rules (issue 14, items 1, 2 and 6): no I/O, so unit tests pin them. */

/** A period runs forward and spans at most ten years (a municipal IT plan is 1–4 years; ten leaves room). */
export function periodErrors(firstYear: number, lastYear: number): FieldError[] {
  if (lastYear < firstYear) return [{ field: 'lastYear', key: 'period_reversed' }];
  if (lastYear > firstYear + 9) return [{ field: 'lastYear', key: 'period_too_long' }];
  return [];
}

/** The ranking needs some weight: three zeros would rank nothing (the weights are normalised by their sum). */
export function weightErrors(weights: { goals: number; benefit: number; cost: number }): FieldError[] {
  return weights.goals + weights.benefit + weights.cost > 0 ? [] : [{ field: 'weights.goals', key: 'weights_all_zero' }];
}

/** Each year of a list (costs, budget frames) must lie in the period and occur once; the field is named `<list>.<i>.year`. */
export function yearErrors(list: string, years: readonly { year: number }[], firstYear: number, lastYear: number): FieldError[] {
  const seen = new Set<number>();
  const errors: FieldError[] = [];
  years.forEach(({ year }, i) => {
    if (year < firstYear || year > lastYear) errors.push({ field: `${list}.${i}.year`, key: 'year_outside_period', params: { firstYear, lastYear } });
    else if (seen.has(year)) errors.push({ field: `${list}.${i}.year`, key: 'duplicate_value' });
    seen.add(year);
  });
  return errors;
}

/** Costs sorted by year, with years of nothing left out, so equal plans compare equal. */
export const normalisedCosts = (costs: readonly PlanCostYear[]): PlanCostYear[] =>
  costs.filter((c) => c.investment !== 0 || c.running !== 0).map((c) => ({ year: c.year, investment: c.investment, running: c.running })).sort((a, b) => a.year - b.year);

/** A revised need keeps its costs for the years inside the new period (next year's round starts from this year's plan). */
export const costsWithin = (costs: readonly PlanCostYear[], firstYear: number, lastYear: number) => normalisedCosts(costs.filter((c) => c.year >= firstYear && c.year <= lastYear));

/** Investment and running cost summed per year, over every year any need has a cost. */
export function totalsPerYear(needs: readonly { costs: readonly PlanCostYear[] }[]): PlanCostYear[] {
  const byYear = new Map<number, PlanCostYear>();
  for (const c of needs.flatMap((n) => n.costs)) {
    const sum = byYear.get(c.year) ?? { year: c.year, investment: 0, running: 0 };
    sum.investment += c.investment;
    sum.running += c.running;
    byYear.set(c.year, sum);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * A need as the portfolio's valuation engine sees a project (one engine): the investments per
 * year, the benefits, and the running cost from its first year, at the level of the last year with
 * a running cost (the steady state that goes on after the plan's period).
 */
export function needAsProject(costs: readonly PlanCostYear[], benefit: NeedBenefit): ValuationInput {
  const sorted = normalisedCosts(costs);
  const running = sorted.filter((c) => c.running > 0);
  return {
    investments: sorted.filter((c) => c.investment > 0).map((c) => ({ year: c.year, amount: c.investment })),
    benefits: benefit.benefits as ValuationInput['benefits'],
    startDate: null,
    runningFromYear: running[0]?.year ?? null,
    yearlyRunningCost: running.at(-1)?.running ?? 0,
    horizonYears: benefit.horizonYears,
  };
}

/** Why needs cannot be written now, or null: the round must be open and the plan not submitted. */
export function needWriteRefusal(round: RoundStatus, plan: DepartmentPlanStatus): MessageKey | null {
  if (round !== 'open') return 'plan_round_decided';
  if (plan === 'submitted') return 'plan_submitted';
  return null;
}

/** A plan moves not_started → started when its first need is written; otherwise it keeps its status. */
export const statusAfterNeedWritten = (plan: DepartmentPlanStatus): DepartmentPlanStatus => (plan === 'not_started' ? 'started' : plan);

/**
 * Why a plan cannot be submitted, or null. A plan without needs may be submitted: the department
 * says it has no IT needs this round, which the strategist needs to know as much as a list.
 */
export const submitRefusal = (round: RoundStatus, plan: DepartmentPlanStatus): MessageKey | null => needWriteRefusal(round, plan);

/** Why a plan cannot be reopened, or null: only a submitted plan of an open round. */
export function reopenRefusal(round: RoundStatus, plan: DepartmentPlanStatus): MessageKey | null {
  if (round !== 'open') return 'plan_round_decided';
  if (plan !== 'submitted') return 'plan_not_submitted';
  return null;
}

/** The fields of a need (and of an initiative), as compared between rounds and copied into initiatives. */
export interface NeedFields {
  title: string;
  description: string;
  goalIds: string[];
  capabilityIds: string[];
  applicationIds: string[];
  priority: number;
  costs: PlanCostYear[];
  benefit: NeedBenefit | null;
  projectId: string | null;
  acquisitionId: string | null;
}

const NEED_FIELDS = ['title', 'description', 'goalIds', 'capabilityIds', 'applicationIds', 'priority', 'costs', 'benefit', 'projectId', 'acquisitionId'] as const;

export const needFieldsOf = (n: NeedFields): NeedFields => Object.fromEntries(NEED_FIELDS.map((f) => [f, n[f]])) as unknown as NeedFields;

/** JSON with object keys sorted, so two values that mean the same compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const comparable = (field: (typeof NEED_FIELDS)[number], n: NeedFields): string => {
  if (field === 'goalIds' || field === 'capabilityIds' || field === 'applicationIds') return canonical([...n[field]].sort());
  if (field === 'costs') return canonical(normalisedCosts(n.costs));
  return canonical(n[field]);
};

/** The fields in which a need differs from the same need last round (lists compared as sets, costs by year). */
export const changedFields = (before: NeedFields, after: NeedFields): string[] => NEED_FIELDS.filter((f) => comparable(f, before) !== comparable(f, after));

/**
 * The fields of an initiative that stay the strategist's after a change (the overwrite found in issue
 * 14's review): those adjusted before or now, except where the value now equals the department's
 * need again (the strategist took the department's wording back). `need` is the initiative's one
 * need; a merged initiative (several needs, never refreshed) keeps every field adjusted.
 */
export function adjustedAfter(previous: readonly AdjustableField[], before: NeedFields, after: NeedFields, need: NeedFields | null): AdjustableField[] {
  const touched = new Set<string>([...previous, ...changedFields(before, after)]);
  const differs = need ? new Set(changedFields(need, after)) : null;
  return adjustableFields.filter((f) => touched.has(f) && (!differs || differs.has(f)));
}

/** What a resubmission writes on a single-need initiative: the need's fields, except those the strategist adjusted. */
export function refreshedFields(need: NeedFields, adjusted: readonly AdjustableField[]): Partial<NeedFields> {
  const kept = new Set<string>(adjusted);
  return Object.fromEntries(Object.entries(needFieldsOf(need)).filter(([f]) => !kept.has(f))) as Partial<NeedFields>;
}

export interface Change {
  kind: 'added' | 'changed' | 'removed';
  needId: string | null;
  title: string;
  fields: string[];
}

/**
 * What changed since last round's plan: needs new this round, needs changed (with the fields) and
 * last round's needs no longer carried. Costs of years that have left the period are not a change:
 * they were dropped when the round was opened. Unchanged needs are not listed.
 */
export function changesSinceLastRound(
  current: readonly (NeedFields & { id: string; revisedFromId: string | null })[],
  previous: readonly (NeedFields & { id: string })[],
  period: { firstYear: number; lastYear: number },
): Change[] {
  const before = new Map(previous.map((p) => [p.id, p]));
  const carried = new Set<string>();
  const changes: Change[] = [];
  for (const need of current) {
    const was = need.revisedFromId ? before.get(need.revisedFromId) : undefined;
    if (!was) {
      changes.push({ kind: 'added', needId: need.id, title: need.title, fields: [] });
      continue;
    }
    carried.add(was.id);
    const fields = changedFields({ ...was, costs: costsWithin(was.costs, period.firstYear, period.lastYear) }, need);
    if (fields.length) changes.push({ kind: 'changed', needId: need.id, title: need.title, fields });
  }
  for (const p of previous) if (!carried.has(p.id)) changes.push({ kind: 'removed', needId: null, title: p.title, fields: [] });
  return changes;
}

/**
 * What submitting a plan does to the municipal plan's initiatives: each live need without one gets
 * its own; an initiative met by exactly one need of the plan (and by no other need) is refreshed
 * from it; an initiative left with no live need (its needs removed since the last submit) is
 * archived. An initiative shared by several needs (merged by the strategist) keeps its own fields.
 */
export function initiativeSync(
  live: readonly { id: string; initiativeId: string | null }[],
  removed: readonly { initiativeId: string | null }[],
  liveNeedsPerInitiative: ReadonlyMap<string, number>,
) {
  const create = live.filter((n) => !n.initiativeId).map((n) => n.id);
  const refresh = live.filter((n) => n.initiativeId && liveNeedsPerInitiative.get(n.initiativeId) === 1).map((n) => ({ needId: n.id, initiativeId: n.initiativeId! }));
  const archive = [...new Set(removed.flatMap((n) => (n.initiativeId && !liveNeedsPerInitiative.get(n.initiativeId) ? [n.initiativeId] : [])))];
  return { create, refresh, archive };
}
