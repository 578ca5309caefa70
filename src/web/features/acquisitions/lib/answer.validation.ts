import type { FormErrors } from '@mantine/form';
import { type AnswerContext, answerProblems } from '../../../../shared/acquisition-rules';
import { answerInput } from '../../../../shared/acquisitions';
import type { Language } from '../../../../shared/common';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { onFormFields, toAnswer, type AnswerValues } from './answer-form-values';
import type { AnswerStep } from './enums';

/**
 * An answer is checked by the schema the server checks its body with and the domain's rule on it
 * (a yes names what covers the need, shared/acquisition-rules.ts), the step's own fields (covered,
 * exists or result; systemId or agreementId) shown on the form's choice and target.
 */
export function validateAnswer(step: AnswerStep, values: AnswerValues, language: Language, context: AnswerContext = {}): FormErrors {
  const bySchema = schemaValidation(answerInput, (v: AnswerValues) => toAnswer(step, v), { rules: (input) => answerProblems(input, context) });
  return onFormFields(bySchema(values, language));
}
