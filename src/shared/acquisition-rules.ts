import type { AnswerInput, InstallBlock } from './acquisitions.js';
import type { ProjectStatus } from './portfolio.js';
import type { FieldError } from './field-errors.js';

/**
 * An answer on the route as the domain wants it beyond its schema, applied by the server's command
 * and by the web's form alike: a yes names what covers the need (the system, or the framework
 * agreement), as the schema lets both be null whatever the answer.
 */
export function answerProblems(input: AnswerInput, context: AnswerContext = {}): FieldError[] {
  if ((input.step === 'internal' || input.step === 'partner') && input.covered && !input.systemId) return [{ field: 'systemId', key: 'required' }];
  if (input.step === 'agreement' && input.exists && !input.agreementId) return [{ field: 'agreementId', key: 'required' }];
  const noReason = input.comment.trim() === '';
  // A "no" while Roder proposed matching systems says why they don't fit: the IT council reads it.
  if ((input.step === 'internal' || input.step === 'partner') && !input.covered && context.proposed && noReason) return [{ field: 'comment', key: 'reason_for_not_proposed' }];
  // LOU 19 kap. 30 §: above the documentation limit the reasons for a direct procurement are documented.
  if (input.step === 'agreement' && !input.exists && context.directReasonsRequired && noReason) return [{ field: 'comment', key: 'direct_procurement_reasons' }];
  return [];
}

/** What the step showed and where a "no" leads, as far as the answer's rules need to know. */
export interface AnswerContext {
  /** Steps internal and partner: Roder proposed systems serving the need's capabilities. */
  proposed?: boolean;
  /** Step agreement: a "no" ends the route in a direct procurement above the documentation limit. */
  directReasonsRequired?: boolean;
}

/** Council decisions that approve, and project statuses reached only through an approval. */
const approvingDecisions = ['approved', 'approved_with_conditions'];
const approvedProjectStatuses: readonly ProjectStatus[] = ['approved', 'in_progress', 'closed'];

/**
 * Above the portfolio threshold, installing needs the IT council's approval of the acquisition's
 * matter or its project approved (the IT policy's governance: the council decides on investments
 * above the threshold). Returns what is missing, or null when installing may go ahead. Below the
 * threshold, or with no threshold in force, nothing is needed.
 */
export function installBlock(above: boolean | null, councilDecisions: (string | null)[], projectStatus: ProjectStatus | null): InstallBlock | null {
  if (!above) return null;
  if (councilDecisions.some((d) => d !== null && approvingDecisions.includes(d))) return null;
  if (projectStatus && approvedProjectStatuses.includes(projectStatus)) return null;
  if (councilDecisions.length === 0) return 'install_council_no_matter';
  return councilDecisions.some((d) => d === null) ? 'install_council_undecided' : 'install_council_not_approved';
}
