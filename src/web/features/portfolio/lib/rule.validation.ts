import type { BodyInputOf } from '../../../../shared/endpoint';
import type { ruleEndpoints } from '../../../../shared/endpoints/rules';
import { ruleValueInput } from '../../../../shared/portfolio';
import { schemaValidation } from '../../../kit/forms/schema-validation';

type RuleInput = BodyInputOf<typeof ruleEndpoints.add>;
export type RuleKey = RuleInput['key'];

export interface RuleFormValues {
  key: RuleKey;
  /** As typed: Swedish or English decimals, with spaces between thousands. */
  value: string;
  effectiveFrom: string;
  description: string;
}

/** The body before the value is filled in: never sent so (the form checks first), but checked. */
type RuleDraft = Omit<RuleInput, 'value'> & { value: number | undefined };

/**
 * The body the rule form sends. A value not filled in is left out, so the schema names it as
 * missing (Number('') would be 0); text that is no number becomes NaN, which the schema refuses.
 */
export function toRuleInput(values: RuleFormValues): RuleDraft {
  const value = values.value.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return { ...values, value: value === '' ? undefined : Number(value) };
}

/** A rule value is checked by the schema the server checks its body with. */
export const validateRule = schemaValidation(ruleValueInput, toRuleInput);
