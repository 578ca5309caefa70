import type { TransitionInput } from '../../../../shared/documents';

/** The decision as the dialog's inputs hold it (empty string = not given). */
export interface DecisionValues {
  decidedOn: string;
  decidingBody: string;
  diarienummer: string;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The transition the dialog sends: adopted, with the decision's date, body and registration number. */
export function toDecisionInput(values: DecisionValues): TransitionInput {
  return { to: 'adopted', decidedOn: orNull(values.decidedOn), decidingBody: orNull(values.decidingBody), diarienummer: orNull(values.diarienummer) };
}
