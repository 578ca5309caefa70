import type { ProjectStatus } from '../../../../shared/portfolio';

export { healths, projectKinds, projectStatuses, systemRelations } from '../../../../shared/portfolio';

/** The moves the API allows from each status, in the order the buttons show them. */
export const nextStatuses: Record<ProjectStatus, ProjectStatus[]> = {
  idea: ['prestudy', 'approved', 'cancelled'],
  prestudy: ['approved', 'idea', 'cancelled'],
  approved: ['in_progress', 'cancelled'],
  in_progress: ['closed', 'cancelled'],
  closed: [],
  cancelled: [],
};

/** The 409 codes a decision can meet; both are answered with a way to the IT council. */
export const councilCodes = new Set(['valuation_required', 'council_decision_required']);
