import type { FormErrors } from '@mantine/form';
import type { AnswerDraft } from '../api/answer-step';
import type { AnswerView } from '../api/types';
import type { AnswerStep, PrestudyResult } from './enums';
import { missing, unset } from '../../../kit/forms/unset';

/** One answer's fields: the API names them by step; the form has one choice and one target for all steps. */
export interface AnswerValues {
  choice: string;
  targetId: string;
  comment: string;
}

// The API's field of each step, on the form's field.
const FORM_FIELDS: Record<string, keyof AnswerValues> = {
  covered: 'choice',
  exists: 'choice',
  result: 'choice',
  systemId: 'targetId',
  agreementId: 'targetId',
  comment: 'comment',
};

/** Field errors on the API's paths (the server's, or the schema's) moved onto the form's fields. */
export const onFormFields = (errors: FormErrors): FormErrors =>
  Object.fromEntries(Object.entries(errors).map(([field, error]) => [FORM_FIELDS[field] ?? field, error]));

export function initialAnswerValues(step: AnswerStep, previous: AnswerView | null | undefined): AnswerValues {
  if (!previous) return { choice: '', targetId: '', comment: '' };
  const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
  if (step === 'prestudy') return { choice: previous.result ?? '', targetId: '', comment: previous.comment };
  if (step === 'agreement') return { choice: previous.agreement ? 'yes' : yesNo(previous.covered), targetId: previous.agreement?.id ?? '', comment: previous.comment };
  return { choice: yesNo(previous.covered), targetId: previous.system?.id ?? '', comment: previous.comment };
}

/** No choice made is left out of the body, so the schema reports it as required. */
const yes = (choice: string): boolean => (choice === '' ? missing : choice === 'yes');

/** The input the API takes for the step. */
export function toAnswer(step: AnswerStep, v: AnswerValues): AnswerDraft {
  const target = v.choice === 'yes' && v.targetId ? v.targetId : null;
  switch (step) {
    case 'internal':
    case 'partner':
      return { step, covered: yes(v.choice), systemId: target, comment: v.comment };
    case 'agreement':
      return { step, exists: yes(v.choice), agreementId: target, comment: v.comment };
    case 'prestudy':
      return { step, result: unset(v.choice as PrestudyResult | ''), comment: v.comment };
  }
}

