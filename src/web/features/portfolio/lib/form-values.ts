import type { UseFormReturnType } from '@mantine/form';
import type { ProjectInputDraft } from '../../../../shared/portfolio';
import type { Project } from '../api/types';

type Text<T> = { [K in keyof T]: string };

interface BenefitRow {
  kind: 'direct' | 'indirect' | 'qualitative';
  description: string;
  recipient: string;
  yearlyAmount: string;
  hoursPerYear: string;
  hourlyCost: string;
  score: string;
  firstYear: string;
  confidence: 'low' | 'medium' | 'high';
  measuredBy: string;
  kpiId: string;
}

/** Every field as the inputs hold it (text; empty = not set). Paths match the API's, so its field errors land on them. */
export interface ProjectFormValues {
  name: string;
  kind: 'it' | 'development';
  purpose: string;
  goalIds: string[];
  ownerId: string;
  sponsorId: string;
  departmentIds: string[];
  startDate: string;
  endDate: string;
  milestones: Text<{ title: 1; dueDate: 1; doneOn: 1 }>[];
  investments: Text<{ year: 1; amount: 1 }>[];
  yearlyRunningCost: string;
  runningFromYear: string;
  health: 'green' | 'yellow' | 'red';
  healthReason: string;
  systems: { applicationId: string; relation: 'introduces' | 'changes' | 'phases_out' }[];
  benefits: BenefitRow[];
  horizonYears: string;
  actuals: Text<{ year: 1; cost: 1; benefit: 1 }>[];
  realisation: Text<{ title: 1; dueDate: 1; doneOn: 1; note: 1; responsibleId: 1 }>[];
}

export type ProjectForm = UseFormReturnType<ProjectFormValues>;
export type RowListKey = 'investments' | 'milestones' | 'benefits' | 'systems' | 'actuals' | 'realisation';

const year = () => String(new Date().getFullYear());
const str = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value));
const num = (value: string) => (value.trim() === '' ? null : Number(value.replace(/\s/g, '').replace(',', '.')));
const int = (value: string) => {
  const n = num(value);
  return n === null || Number.isNaN(n) ? null : Math.round(n);
};
const orNull = (value: string) => (value === '' ? null : value);

export const newRow: { [K in RowListKey]: () => ProjectFormValues[K][number] } = {
  investments: () => ({ year: year(), amount: '' }),
  milestones: () => ({ title: '', dueDate: '', doneOn: '' }),
  benefits: () => ({
    kind: 'direct', description: '', recipient: '', yearlyAmount: '', hoursPerYear: '', hourlyCost: '', score: '',
    firstYear: year(), confidence: 'medium', measuredBy: '', kpiId: '',
  }),
  systems: () => ({ applicationId: '', relation: 'introduces' }),
  actuals: () => ({ year: year(), cost: '', benefit: '' }),
  realisation: () => ({ title: '', dueDate: '', doneOn: '', note: '', responsibleId: '' }),
};

export const emptyProject: ProjectFormValues = {
  name: '', kind: 'it', purpose: '', goalIds: [], ownerId: '', sponsorId: '', departmentIds: [], startDate: '', endDate: '',
  milestones: [], investments: [], yearlyRunningCost: '0', runningFromYear: '', health: 'green', healthReason: '', systems: [],
  benefits: [], horizonYears: '5', actuals: [], realisation: [],
};

export function fromProject(p: Project): ProjectFormValues {
  return {
    name: p.name, kind: p.kind, purpose: p.purpose, goalIds: p.goalIds, ownerId: p.ownerId ?? '', sponsorId: p.sponsorId ?? '',
    departmentIds: p.departmentIds, startDate: p.startDate ?? '', endDate: p.endDate ?? '',
    milestones: p.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate, doneOn: m.doneOn ?? '' })),
    investments: p.investments.map((i) => ({ year: str(i.year), amount: str(i.amount) })),
    yearlyRunningCost: str(p.yearlyRunningCost), runningFromYear: str(p.runningFromYear), health: p.health ?? 'green', healthReason: p.healthReason,
    systems: p.systems.map((s) => ({ ...s })),
    benefits: p.benefits.map((b) => ({
      kind: b.kind, description: b.description, recipient: b.recipient, yearlyAmount: str(b.yearlyAmount), hoursPerYear: str(b.hoursPerYear),
      hourlyCost: str(b.hourlyCost), score: str(b.score), firstYear: str(b.firstYear), confidence: b.confidence, measuredBy: b.measuredBy, kpiId: b.kpiId ?? '',
    })),
    horizonYears: str(p.horizonYears),
    actuals: p.actuals.map((a) => ({ year: str(a.year), cost: str(a.cost), benefit: str(a.benefit) })),
    realisation: p.realisation.map((r) => ({ title: r.title, dueDate: r.dueDate, doneOn: r.doneOn ?? '', note: r.note, responsibleId: r.responsibleId ?? '' })),
  };
}

/** The input the API takes; numbers the server cannot read come back as its field errors. */
export function toInput(v: ProjectFormValues): ProjectInputDraft {
  return {
    name: v.name, kind: v.kind, purpose: v.purpose, goalIds: v.goalIds, ownerId: orNull(v.ownerId), sponsorId: orNull(v.sponsorId),
    departmentIds: v.departmentIds, startDate: orNull(v.startDate), endDate: orNull(v.endDate),
    milestones: v.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate, doneOn: orNull(m.doneOn) })),
    investments: v.investments.map((i) => ({ year: int(i.year) as number, amount: int(i.amount) as number })),
    yearlyRunningCost: int(v.yearlyRunningCost) ?? 0, runningFromYear: int(v.runningFromYear), health: v.health, healthReason: v.healthReason,
    systems: v.systems.filter((s) => s.applicationId !== ''),
    benefits: v.benefits.map((b) => ({
      kind: b.kind, description: b.description, recipient: b.recipient,
      yearlyAmount: b.kind === 'qualitative' ? null : int(b.yearlyAmount),
      hoursPerYear: b.kind === 'indirect' ? num(b.hoursPerYear) : null,
      hourlyCost: b.kind === 'indirect' ? int(b.hourlyCost) : null,
      score: b.kind === 'qualitative' ? int(b.score) : null,
      firstYear: int(b.firstYear) as number, confidence: b.confidence, measuredBy: b.measuredBy, kpiId: orNull(b.kpiId),
    })),
    horizonYears: int(v.horizonYears) ?? 5,
    actuals: v.actuals.map((a) => ({ year: int(a.year) as number, cost: int(a.cost) ?? 0, benefit: int(a.benefit) ?? 0 })),
    realisation: v.realisation.map((r) => ({ title: r.title, dueDate: r.dueDate, doneOn: orNull(r.doneOn), note: r.note, responsibleId: orNull(r.responsibleId) })),
  };
}

/** The DOM id of a field path, e.g. `benefits.0.description` → `project-benefits-0-description`. */
export const fieldId = (path: string) => `project-${path.replace(/\./g, '-')}`;
