/**
 * The collaboration-first route for a new IT system (Lidköping's IT policy, appendix 5.1), as one
 * pure function: (need, answers so far, rules in force on the need's date) → the next question or
 * the outcome, with the reason. No I/O; the acquisitions module stores answers and who gave them.
 *
 * Order: exists internally? → in the collaboration? → needs inventory / pre-study (no purchase,
 * wait, or purchase) → an existing agreement? (call-off) → otherwise the procurement procedure by
 * estimated value: at most the direct-procurement limit ("uppgår till högst") → direct
 * procurement; below the EU threshold ("understiger") → simplified or selection procedure; at or
 * above it → open or selective procedure.
 */

type Step = 'internal' | 'partner' | 'prestudy' | 'agreement' | 'procedure';

type Outcome =
  | 'use_internal'
  | 'join_partner'
  | 'no_purchase'
  | 'wait'
  | 'call_off'
  | 'direct_procurement'
  | 'simplified_or_selection'
  | 'open_or_selective';

export interface Need {
  /** Estimated value excluding VAT over the whole contract period, options and extensions included. */
  estimatedValue: number;
  /** The date the need is reported; the rules in force on it apply. */
  neededOn: string;
}

export interface Answers {
  internal?: { covered: boolean; systemId?: string | null };
  partner?: { covered: boolean; systemId?: string | null };
  prestudy?: 'no_purchase' | 'wait' | 'purchase';
  agreement?: { exists: boolean; agreementId?: string | null };
}

/** A rule value as in force on the need's date (rules as data with effective dates). */
export interface RuleInForce {
  value: number;
  effectiveFrom: string;
  /** The last day the value is in force (the day before the rule's next value); null or absent: open-ended. */
  effectiveUntil?: string | null;
  description: string;
  /**
   * Set when the rule in force on the date has no known value yet (e.g. a new threshold whose
   * kronor value is not entered): this earlier value was used instead, and the route says so.
   */
  unknownNewer?: { effectiveFrom: string; description: string };
}

export interface ProcurementRules {
  /** The law's direct-procurement limit, a sum in kronor. */
  directLimit: RuleInForce | null;
  /**
   * The municipality's own limit as a number of price base amounts (Lidköping's chart). An
   * internal guideline can only be stricter than the law: with both in force, the lower applies.
   */
  directLimitPbb: RuleInForce | null;
  /** The EU threshold for supplies and services (municipalities), in kronor; null when unknown. */
  threshold: RuleInForce | null;
  /** Above this value the reasons for a direct procurement must be documented (LOU 19:30). */
  documentationLimit?: RuleInForce | null;
  /** The price base amount of the need's year, needed when the limit is given in price base amounts. */
  prisbasbelopp: RuleInForce | null;
}

export type Reason =
  | { code: 'ask_internal' }
  | { code: 'ask_partner' }
  | { code: 'ask_prestudy' }
  | { code: 'ask_agreement' }
  | { code: 'covered_internally'; systemId: string | null }
  | { code: 'covered_by_partner'; systemId: string | null }
  | { code: 'prestudy_no_purchase' }
  | { code: 'prestudy_wait' }
  | { code: 'agreement_exists'; agreementId: string | null }
  | { code: 'at_most_direct_limit'; value: number; limit: number; limitRule: RuleInForce; perPbb: number | null; pbbRule: RuleInForce | null; mustDocument: boolean; documentationRule: RuleInForce | null }
  | { code: 'below_threshold'; value: number; limit: number; limitRule: RuleInForce; perPbb: number | null; pbbRule: RuleInForce | null; threshold: number; thresholdRule: RuleInForce }
  | { code: 'at_or_above_threshold'; value: number; threshold: number; thresholdRule: RuleInForce }
  | { code: 'no_rule_in_force'; missing: ('direct_limit' | 'threshold' | 'prisbasbelopp')[]; neededOn: string };

export interface RouteResult {
  /** The question to answer next, or null when the route has ended (or cannot go on). */
  next: Step | null;
  outcome: Outcome | null;
  reason: Reason;
  /** True when a rule used had no known value on the date and an earlier value stood in for it. */
  provisional?: boolean;
}

type Missing = 'direct_limit' | 'threshold' | 'prisbasbelopp';
interface DirectLimit {
  limit: number;
  limitRule: RuleInForce;
  perPbb: number | null;
  pbbRule: RuleInForce | null;
}

/**
 * The direct-procurement limit in kronor on the need's date: the law's sum, the municipality's
 * N × prisbasbelopp of the year, or the lower of the two when both are in force; or what is
 * missing to know it.
 */
function directLimitIn(rules: ProcurementRules): DirectLimit | { missing: Missing[] } {
  const law: DirectLimit | null = rules.directLimit ? { limit: rules.directLimit.value, limitRule: rules.directLimit, perPbb: null, pbbRule: null } : null;
  if (!rules.directLimitPbb) return law ?? { missing: ['direct_limit'] };
  if (!rules.prisbasbelopp) return { missing: ['prisbasbelopp'] };
  const own: DirectLimit = {
    limit: Math.round(rules.directLimitPbb.value * rules.prisbasbelopp.value),
    limitRule: rules.directLimitPbb,
    perPbb: rules.directLimitPbb.value,
    pbbRule: rules.prisbasbelopp,
  };
  return law && law.limit <= own.limit ? law : own;
}

export function nextOnRoute(need: Need, answers: Answers, rules: ProcurementRules): RouteResult {
  if (!answers.internal) return { next: 'internal', outcome: null, reason: { code: 'ask_internal' } };
  if (answers.internal.covered) return { next: null, outcome: 'use_internal', reason: { code: 'covered_internally', systemId: answers.internal.systemId ?? null } };
  if (!answers.partner) return { next: 'partner', outcome: null, reason: { code: 'ask_partner' } };
  if (answers.partner.covered) return { next: null, outcome: 'join_partner', reason: { code: 'covered_by_partner', systemId: answers.partner.systemId ?? null } };
  if (!answers.prestudy) return { next: 'prestudy', outcome: null, reason: { code: 'ask_prestudy' } };
  if (answers.prestudy === 'no_purchase') return { next: null, outcome: 'no_purchase', reason: { code: 'prestudy_no_purchase' } };
  if (answers.prestudy === 'wait') return { next: null, outcome: 'wait', reason: { code: 'prestudy_wait' } };
  if (!answers.agreement) return { next: 'agreement', outcome: null, reason: { code: 'ask_agreement' } };
  if (answers.agreement.exists) return { next: null, outcome: 'call_off', reason: { code: 'agreement_exists', agreementId: answers.agreement.agreementId ?? null } };

  const direct = directLimitIn(rules);
  const missing: Missing[] = [...('missing' in direct ? direct.missing : []), ...(rules.threshold ? [] : (['threshold'] as const))];
  if ('missing' in direct) return { next: null, outcome: null, reason: { code: 'no_rule_in_force', missing, neededOn: need.neededOn } };
  const value = need.estimatedValue;
  const provisional = (...used: (RuleInForce | null)[]) => used.some((r) => r?.unknownNewer !== undefined);
  // "Uppgår till högst": a value exactly at the limit is still a direct procurement.
  if (value <= direct.limit) {
    return {
      next: null,
      outcome: 'direct_procurement',
      reason: { code: 'at_most_direct_limit', value, ...direct, mustDocument: rules.documentationLimit ? value > rules.documentationLimit.value : false, documentationRule: rules.documentationLimit ?? null },
      provisional: provisional(direct.limitRule, direct.pbbRule),
    };
  }
  if (!rules.threshold) return { next: null, outcome: null, reason: { code: 'no_rule_in_force', missing, neededOn: need.neededOn } };
  const threshold = { threshold: rules.threshold.value, thresholdRule: rules.threshold };
  // "Understiger": a value exactly at the threshold is above the below-threshold rules.
  if (value < rules.threshold.value) {
    return {
      next: null,
      outcome: 'simplified_or_selection',
      reason: { code: 'below_threshold', value, ...direct, ...threshold },
      provisional: provisional(direct.limitRule, direct.pbbRule, rules.threshold),
    };
  }
  return { next: null, outcome: 'open_or_selective', reason: { code: 'at_or_above_threshold', value, ...threshold }, provisional: provisional(rules.threshold) };
}

/** Of a rule's values, the one in force on a date: the latest effective on or before it. */
export function inForceOn<T extends { effectiveFrom: string }>(values: T[], onDate: string): T | null {
  return values.filter((v) => v.effectiveFrom <= onDate).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}
