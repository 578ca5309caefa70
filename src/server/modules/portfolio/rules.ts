import { liveProjectStatuses, type ProjectStatus } from '../../../shared/portfolio.js';

/** Legal moves of a project: idé → förstudie → beslutad → pågår → avslutad, or avbruten on the way. */
const transitions: Record<ProjectStatus, ProjectStatus[]> = {
  idea: ['prestudy', 'approved', 'cancelled'],
  prestudy: ['idea', 'approved', 'cancelled'],
  approved: ['in_progress', 'cancelled'],
  in_progress: ['closed', 'cancelled'],
  closed: [],
  cancelled: [],
};

/** Whether the portfolio still commits to a project in the status: not closed, not cancelled. */
export const isLive = (status: ProjectStatus) => (liveProjectStatuses as readonly ProjectStatus[]).includes(status);

export const canMoveProject = (from: ProjectStatus, to: ProjectStatus) => transitions[from].includes(to);

export type ApprovalProblem =
  | { kind: 'valuation_required' }
  | { kind: 'council_decision_required'; cost: number; threshold: number };

/**
 * What stops a project from being decided (beslutad): no benefit valuation (Lidköping principle 3:
 * nothing is implemented before its benefit is clear), or — when its cost over the valuation
 * horizon is above the portfolio threshold in force — no approving IT council decision.
 */
export function approvalProblems(input: { benefitCount: number; horizonCost: number; threshold: number | null; councilApproved: boolean }): ApprovalProblem[] {
  const problems: ApprovalProblem[] = [];
  if (input.benefitCount === 0) problems.push({ kind: 'valuation_required' });
  if (input.threshold !== null && input.horizonCost > input.threshold && !input.councilApproved) {
    problems.push({ kind: 'council_decision_required', cost: input.horizonCost, threshold: input.threshold });
  }
  return problems;
}

/** Efterkalkyl: the valuation's estimate beside what was entered as actual, year by year. */
export function postCalculation(
  estimated: { year: number; cost: number; direct: number; indirect: number }[],
  actuals: { year: number; cost: number; benefit: number }[],
) {
  const years = [...new Set([...estimated.map((y) => y.year), ...actuals.map((a) => a.year)])].sort((a, b) => a - b);
  return years.map((year) => {
    const e = estimated.find((y) => y.year === year);
    const a = actuals.find((y) => y.year === year);
    return { year, estimatedCost: e?.cost ?? 0, actualCost: a?.cost ?? null, estimatedBenefit: (e?.direct ?? 0) + (e?.indirect ?? 0), actualBenefit: a?.benefit ?? null };
  });
}

/** A benefit-realisation follow-up is overdue when its date has passed and it is not done. */
export const isOverdue = (f: { dueDate: string; doneOn: string | null }, today: string) => f.doneOn === null && f.dueDate < today;
