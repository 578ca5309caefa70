import type { Need, NeedBenefit, NeedInputDraft, RoundDetail } from '../../../../shared/itplans';
import type { benefitKinds, confidences } from '../../../../shared/portfolio';
import type { OpenRoundDraft, RoundDraft } from '../api/save-round';

/** A number as typed: blank is missing, anything else is sent as the number it reads as (NaN for the schema to refuse). */
const num = (s: string) => (s.trim() === '' ? (undefined as unknown as number) : Number(s.trim().replace(/\s/g, '').replace(',', '.')));
/** An amount as typed: blank is nothing (0). */
const amount = (s: string) => (s.trim() === '' ? 0 : num(s));
/** An optional number as typed: blank is not given (null). */
const optional = (s: string) => (s.trim() === '' ? null : num(s));
const show = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The years of a period, first to last (none while the period is not yet two years in order, at most ten). */
export function periodYears(firstYear: string | number, lastYear: string | number): number[] {
  const first = Number(firstYear);
  const last = Number(lastYear);
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first || last - first > 9 || first < 2000 || last > 2100) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export interface RoundFormValues {
  title: string;
  firstYear: string;
  lastYear: string;
  budgetYear: string;
  deadline: string;
  /** The frame per year as typed, by year; blank is no frame. */
  budgetFrames: Record<string, string>;
  weights: { goals: string; benefit: string; cost: string };
  departmentIds: string[];
  previousRoundId: string;
}

export function emptyRound(thisYear: number, departmentIds: string[]): RoundFormValues {
  const next = thisYear + 1;
  return {
    title: `IT-plan ${next}–${next + 2}`,
    firstYear: String(next),
    lastYear: String(next + 2),
    budgetYear: String(next),
    deadline: '',
    budgetFrames: {},
    weights: { goals: '40', benefit: '40', cost: '20' },
    departmentIds,
    previousRoundId: '',
  };
}

export function fromRound(r: RoundDetail): RoundFormValues {
  return {
    title: r.title,
    firstYear: String(r.firstYear),
    lastYear: String(r.lastYear),
    budgetYear: String(r.budgetYear),
    deadline: r.deadline,
    budgetFrames: Object.fromEntries(r.budgetFrames.map((f) => [String(f.year), String(f.amount)])),
    weights: { goals: String(r.weights.goals), benefit: String(r.weights.benefit), cost: String(r.weights.cost) },
    departmentIds: r.progress.map((p) => p.department.id),
    previousRoundId: r.previousRound?.id ?? '',
  };
}

/** The years whose frame is sent, in the order sent: the index of `budgetFrames.<i>` in the body. */
const framedYears = (v: RoundFormValues) => periodYears(v.firstYear, v.lastYear).filter((y) => (v.budgetFrames[String(y)] ?? '').trim() !== '');

export function toRoundInput(v: RoundFormValues): RoundDraft {
  return {
    title: v.title,
    firstYear: num(v.firstYear),
    lastYear: num(v.lastYear),
    budgetYear: num(v.budgetYear),
    deadline: v.deadline,
    budgetFrames: framedYears(v).map((year) => ({ year, amount: num(v.budgetFrames[String(year)] ?? '') })),
    weights: { goals: num(v.weights.goals), benefit: num(v.weights.benefit), cost: num(v.weights.cost) },
  };
}

/** Opening: every department asked is sent as null (every live department), so a department added meanwhile is asked too. */
export function toOpenRoundInput(v: RoundFormValues, allDepartments: number): OpenRoundDraft {
  return {
    ...toRoundInput(v),
    departmentIds: v.departmentIds.length === allDepartments ? null : v.departmentIds,
    previousRoundId: v.previousRoundId === '' ? null : v.previousRoundId,
  };
}

/** A field path of the body (`budgetFrames.1.amount`) as the form's (`budgetFrames.2028`). */
export function roundFormPath(path: string, v: RoundFormValues): string {
  const frame = /^budgetFrames\.(\d+)(\..*)?$/.exec(path);
  if (!frame) return path.replace(/^departmentIds\.\d+$/, 'departmentIds');
  const year = framedYears(v)[Number(frame[1])];
  return year === undefined ? 'budgetFrames' : `budgetFrames.${year}`;
}

export const roundFieldId = (path: string) => `round-${path.replace(/\./g, '-')}`;

interface CostRow {
  year: number;
  investment: string;
  running: string;
}

/** One expected benefit as its inputs hold it; the kind decides which amounts are sent. */
export interface NeedBenefitRow {
  kind: (typeof benefitKinds)[number];
  description: string;
  recipient: string;
  yearlyAmount: string;
  hoursPerYear: string;
  hourlyCost: string;
  score: string;
  firstYear: string;
  confidence: (typeof confidences)[number];
  /** Not edited here (a project's fields): kept as entered. */
  measuredBy: string;
  kpiId: string;
}

export function newBenefitRow(firstYear: number | undefined): NeedBenefitRow {
  return {
    kind: 'direct', description: '', recipient: '', yearlyAmount: '', hoursPerYear: '', hourlyCost: '', score: '',
    firstYear: show(firstYear), confidence: 'medium', measuredBy: '', kpiId: '',
  };
}

export interface NeedFormValues {
  title: string;
  description: string;
  goalIds: string[];
  capabilityIds: string[];
  applicationIds: string[];
  priority: string;
  /** One row per year of the round's period, in order: `costs.<i>` is the body's. */
  costs: CostRow[];
  projectId: string;
  acquisitionId: string;
  /** Whether the benefit is valued; off, the body's benefit is null (a small need). */
  valued: boolean;
  /** The benefit's paths are the body's (`benefit.benefits.0.description`), so the server's errors land on them. */
  benefit: { benefits: NeedBenefitRow[]; horizonYears: string };
}

export function emptyNeed(years: number[]): NeedFormValues {
  return {
    title: '',
    description: '',
    goalIds: [],
    capabilityIds: [],
    applicationIds: [],
    priority: '2',
    costs: years.map((year) => ({ year, investment: '', running: '' })),
    projectId: '',
    acquisitionId: '',
    valued: false,
    benefit: { benefits: [], horizonYears: '5' },
  };
}

export function fromNeed(n: Need, years: number[]): NeedFormValues {
  const byYear = new Map(n.costs.map((c) => [c.year, c]));
  const cost = (value: number | undefined) => (value ? String(value) : '');
  const benefit = n.benefit as NeedBenefit | null;
  return {
    title: n.title,
    description: n.description,
    goalIds: n.goals.map((g) => g.id),
    capabilityIds: n.capabilities.map((c) => c.id),
    applicationIds: n.systems.map((s) => s.id),
    priority: String(n.priority),
    costs: years.map((year) => ({ year, investment: cost(byYear.get(year)?.investment), running: cost(byYear.get(year)?.running) })),
    projectId: n.project?.id ?? '',
    acquisitionId: n.acquisition?.id ?? '',
    valued: benefit !== null,
    benefit: {
      benefits: (benefit?.benefits ?? []).map((b) => ({
        kind: b.kind, description: b.description, recipient: b.recipient, yearlyAmount: show(b.yearlyAmount), hoursPerYear: show(b.hoursPerYear),
        hourlyCost: show(b.hourlyCost), score: show(b.score), firstYear: show(b.firstYear), confidence: b.confidence, measuredBy: b.measuredBy, kpiId: b.kpiId ?? '',
      })),
      horizonYears: show(benefit?.horizonYears ?? 5),
    },
  };
}

/** A benefit row as the body's: only the amounts its kind uses are sent. */
const toBenefit = (b: NeedBenefitRow) => ({
  kind: b.kind, description: b.description, recipient: b.recipient,
  yearlyAmount: b.kind === 'direct' ? optional(b.yearlyAmount) : null,
  hoursPerYear: b.kind === 'indirect' ? optional(b.hoursPerYear) : null,
  hourlyCost: b.kind === 'indirect' ? optional(b.hourlyCost) : null,
  score: b.kind === 'qualitative' ? optional(b.score) : null,
  firstYear: num(b.firstYear), confidence: b.confidence, measuredBy: b.measuredBy, kpiId: b.kpiId === '' ? null : b.kpiId,
});

/** The body: every year's row (a year of nothing is dropped by the server); the benefit only when it is valued (null otherwise). */
export function toNeedInput(v: NeedFormValues): NeedInputDraft {
  return {
    title: v.title,
    description: v.description,
    goalIds: v.goalIds,
    capabilityIds: v.capabilityIds,
    applicationIds: v.applicationIds,
    priority: num(v.priority),
    costs: v.costs.map((c) => ({ year: c.year, investment: amount(c.investment), running: amount(c.running) })),
    benefit: v.valued ? { benefits: v.benefit.benefits.map(toBenefit), horizonYears: num(v.benefit.horizonYears) } : null,
    projectId: v.projectId === '' ? null : v.projectId,
    acquisitionId: v.acquisitionId === '' ? null : v.acquisitionId,
  };
}

export const needFieldId = (path: string) => `need-${path.replace(/\./g, '-')}`;
