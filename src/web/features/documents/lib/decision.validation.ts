import type { FormErrors } from '@mantine/form';
import type { Language } from '../../../../shared/common';
import { isDiarienummer } from '../../../../shared/document-rules';
import { transitionInput } from '../../../../shared/documents';
import { message } from '../../../../shared/messages';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toDecisionInput, type DecisionValues } from './decision-values';

/**
 * What the schema cannot check: it serves every status move, so a decision's date and
 * registration number are optional there and required by the server's command when adopting
 * (documents/commands.ts transitionDocument), which also checks the number's pattern. These are
 * pure checks on the dialog's own values, with the server's keys. (The command would fall back to
 * the document's number when none is sent; the dialog starts from that number and asks for one.)
 */
function decisionRules(values: DecisionValues, language: Language): FormErrors {
  const errors: FormErrors = {};
  if (!values.decidedOn.trim()) errors.decidedOn = message(language, 'required');
  if (!values.diarienummer.trim()) errors.diarienummer = message(language, 'required');
  else if (!isDiarienummer(values.diarienummer)) errors.diarienummer = message(language, 'invalid_diarienummer');
  return errors;
}

/** The decision is checked by the schema the server checks a transition with, and its command's pure rules. */
export const validateDecision = schemaValidation(transitionInput, toDecisionInput, { extra: decisionRules });
