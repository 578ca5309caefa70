import type { AcquisitionDetail, AnswerView } from '../api/types';
import { acquisitionSteps, outcomeStep, type AcquisitionStep } from './enums';

/**
 * answered: has an answer in force; current: the question asked now; outcome: the procedure Roder
 * worked out; stopped: the route cannot go on (a rule value is missing); skipped: the route ended
 * earlier; pending: waits on an earlier step.
 */
type StepState = 'answered' | 'current' | 'outcome' | 'stopped' | 'skipped' | 'pending';

export interface RouteStepView {
  step: AcquisitionStep;
  state: StepState;
  /** The answer in force for the step, if any. */
  answer: AnswerView | null;
}

type RouteFacts = Pick<AcquisitionDetail, 'step' | 'outcome' | 'answers'>;

/** The answer in force for each step: the latest one not replaced. */
export function answersInForce(answers: readonly AnswerView[]): Map<AcquisitionStep, AnswerView> {
  const result = new Map<AcquisitionStep, AnswerView>();
  for (const answer of answers) {
    if (answer.superseded) continue;
    const earlier = result.get(answer.step);
    if (!earlier || earlier.answeredAt <= answer.answeredAt) result.set(answer.step, answer);
  }
  return result;
}

/** Each step of the route with its state, in the route's order. */
export function routeSteps(detail: RouteFacts): RouteStepView[] {
  const inForce = answersInForce(detail.answers);
  // A withdrawn need ends at its last answer; the steps after it were never reached.
  const lastAnswered = Math.max(-1, ...[...inForce.keys()].map((step) => acquisitionSteps.indexOf(step)));
  const endStep = detail.outcome && detail.outcome !== 'withdrawn' ? outcomeStep[detail.outcome] : null;
  const endIndex =
    detail.outcome === 'withdrawn' ? lastAnswered : endStep ? acquisitionSteps.indexOf(endStep) : detail.step ? acquisitionSteps.indexOf(detail.step) : acquisitionSteps.length - 1;
  return acquisitionSteps.map((step, index) => {
    const answer = index <= endIndex ? (inForce.get(step) ?? null) : null;
    let state: StepState;
    if (answer) state = 'answered';
    else if (step === 'procedure' && endStep === 'procedure') state = 'outcome';
    else if (detail.step === step) state = 'current';
    else if (step === 'procedure' && !detail.outcome && !detail.step) state = 'stopped';
    else if (index > endIndex) state = detail.outcome ? 'skipped' : 'pending';
    else state = 'pending';
    return { step, state, answer };
  });
}

/** The index of the last step the route has reached, for the timeline's highlight. */
export function reachedIndex(steps: readonly RouteStepView[]): number {
  let last = -1;
  steps.forEach((s, index) => {
    if (s.state !== 'pending' && s.state !== 'skipped') last = index;
  });
  return last;
}
