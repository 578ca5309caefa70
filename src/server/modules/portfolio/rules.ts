import type { ProjectStatus } from '../../../shared/portfolio.js';

/** Legal moves of a project: idé → förstudie → beslutad → pågår → avslutad, or avbruten on the way. */
const transitions: Record<ProjectStatus, ProjectStatus[]> = {
  idea: ['prestudy', 'approved', 'cancelled'],
  prestudy: ['idea', 'approved', 'cancelled'],
  approved: ['in_progress', 'cancelled'],
  in_progress: ['closed', 'cancelled'],
  closed: [],
  cancelled: [],
};

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
