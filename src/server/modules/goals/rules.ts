import type { KpiEvaluation, KpiStatus } from '../../../shared/goals.js';

/**
 * A KPI's status, derived and never typed in: the latest measurement against a straight path from
 * the start (the baseline, or the previous target once that is passed) to the target it is judged
 * against (the first target on or after the measurement; after the last one, the last one).
 *
 * - no measurement or no target: no data;
 * - the latest value reaches the target: met;
 * - the target's date has passed without reaching it: missed;
 * - at or better than the path at the measurement's date: on track; otherwise at risk.
 * Without a baseline the earliest measurement starts the path, so a single first measurement is
 * on its own path: on track until a later one falls behind.
 */
export interface KpiFacts {
  direction: 'higher' | 'lower';
  baseline: { value: number; date: string } | null;
  targets: { value: number; targetDate: string }[];
  measurements: { periodEnd: string; value: number }[];
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export function evaluateKpi(facts: KpiFacts, today: string): KpiEvaluation {
  const measurements = [...facts.measurements].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  const targets = [...facts.targets].sort((a, b) => a.targetDate.localeCompare(b.targetDate));
  const latest = measurements.at(-1) ?? null;
  if (!latest || targets.length === 0) return { status: 'no_data', latest, target: targets[0] ?? null, expected: null };
  const index = targets.findIndex((t) => t.targetDate >= latest.periodEnd);
  const targetIndex = index === -1 ? targets.length - 1 : index;
  const target = targets[targetIndex]!;
  const atLeastAsGood = (value: number, than: number) => (facts.direction === 'higher' ? value >= than : value <= than);

  if (atLeastAsGood(latest.value, target.value)) return { status: 'met', latest, target, expected: target.value };
  if (target.targetDate < today) return { status: 'missed', latest, target, expected: target.value };

  const previous = targetIndex > 0 ? targets[targetIndex - 1]! : null;
  const start = previous
    ? { value: previous.value, date: previous.targetDate }
    : (facts.baseline ?? { value: measurements[0]!.value, date: measurements[0]!.periodEnd });
  const span = day(target.targetDate) - day(start.date);
  const progress = span <= 0 ? 1 : Math.min(1, Math.max(0, (day(latest.periodEnd) - day(start.date)) / span));
  const expected = start.value + (target.value - start.value) * progress;
  return { status: atLeastAsGood(latest.value, expected) ? 'on_track' : 'at_risk', latest, target, expected };
}

/** A goal is as well as its worst KPI; a goal without KPIs has no data. */
const severity: KpiStatus[] = ['missed', 'at_risk', 'no_data', 'on_track', 'met'];

export function worstStatus(statuses: KpiStatus[]): KpiStatus {
  if (statuses.length === 0) return 'no_data';
  return statuses.reduce((worst, s) => (severity.indexOf(s) < severity.indexOf(worst) ? s : worst));
}

export interface FollowUpItem {
  id: string;
  kind: 'principle' | 'vision' | 'focus_area' | 'goal' | 'definition';
  number: string;
  title: string;
  children: FollowUpItem[];
}

export interface EvaluatedKpi {
  id: string;
  goalId: string;
  name: string;
  unit: 'percent' | 'kronor' | 'days' | 'count' | 'index';
  evaluation: KpiEvaluation;
}

/**
 * The goal follow-up of a document: its goal tree (principles left out) with every goal's KPIs
 * and a status per node — a goal's from its KPIs, a focus area's or vision's from what is under it.
 */
export function buildFollowUp(items: FollowUpItem[], kpis: EvaluatedKpi[]) {
  const byGoal = new Map<string, EvaluatedKpi[]>();
  for (const k of kpis) byGoal.set(k.goalId, [...(byGoal.get(k.goalId) ?? []), k]);
  const counts: Record<KpiStatus, number> = { met: 0, on_track: 0, at_risk: 0, missed: 0, no_data: 0 };
  const build = (list: FollowUpItem[]): FollowUpNode[] =>
    list
      // Principles and definitions are not followed up with KPIs.
      .filter((i): i is FollowUpItem & { kind: FollowUpNode['kind'] } => i.kind !== 'principle' && i.kind !== 'definition')
      .map((i) => {
        const children = build(i.children);
        const own = (byGoal.get(i.id) ?? []).map((k) => ({ id: k.id, name: k.name, unit: k.unit, evaluation: k.evaluation }));
        const status = i.kind === 'goal' && own.length > 0 ? worstStatus(own.map((k) => k.evaluation.status)) : worstStatus(children.map((c) => c.status));
        if (i.kind === 'goal') counts[status]++;
        return { itemId: i.id, kind: i.kind, number: i.number, title: i.title, status, kpis: own, children };
      });
  const goals = build(items);
  return { goals, counts };
}

type FollowUpNode = {
  itemId: string;
  kind: Exclude<FollowUpItem['kind'], 'principle' | 'definition'>;
  number: string;
  title: string;
  status: KpiStatus;
  kpis: { id: string; name: string; unit: EvaluatedKpi['unit']; evaluation: KpiEvaluation }[];
  children: FollowUpNode[];
};
