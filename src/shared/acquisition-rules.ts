import type { AnswerInput } from './acquisitions.js';
import type { FieldError } from './field-errors.js';

/**
 * An answer on the route as the domain wants it beyond its schema, applied by the server's command
 * and by the web's form alike: a yes names what covers the need (the system, or the framework
 * agreement), as the schema lets both be null whatever the answer.
 */
export function answerProblems(input: AnswerInput): FieldError[] {
  if ((input.step === 'internal' || input.step === 'partner') && input.covered && !input.systemId) return [{ field: 'systemId', key: 'required' }];
  if (input.step === 'agreement' && input.exists && !input.agreementId) return [{ field: 'agreementId', key: 'required' }];
  return [];
}
