import { describe, expect, it } from 'vitest';
import { describeReason } from './reasons.js';
import { type Answers, type ProcurementRules, type RuleInForce, inForceOn, nextOnRoute } from './route.js';

/** Values from DOMAIN.md (Upphandlingsmyndigheten; SFS 2025:872), as an admin would enter them. */
const limit2022: RuleInForce & { unit: 'sek' } = { value: 700_000, effectiveFrom: '2022-02-01', description: 'LOU 19 kap. 2 §, gäller från 2022-02-01', unit: 'sek' };
const threshold2024: RuleInForce = { value: 2_389_585, effectiveFrom: '2024-01-01', description: 'Tröskelvärde varor och tjänster, kommuner (EUR 221 000)' };
const rules: ProcurementRules = { directLimit: limit2022, threshold: threshold2024, prisbasbelopp: null };
const need = (estimatedValue: number, neededOn = '2025-05-01') => ({ estimatedValue, neededOn });
const toProcedure: Answers = { internal: { covered: false }, partner: { covered: false }, prestudy: 'purchase', agreement: { exists: false } };

describe('the acquisition route, step by step', () => {
  it('asks first whether a system exists internally', () => {
    expect(nextOnRoute(need(1), {}, rules)).toEqual({ next: 'internal', outcome: null, reason: { code: 'ask_internal' } });
  });
  it('ends without purchase when an internal system covers the need', () => {
    expect(nextOnRoute(need(1), { internal: { covered: true, systemId: 's1' } }, rules)).toMatchObject({ next: null, outcome: 'use_internal', reason: { systemId: 's1' } });
  });
  it('then asks about the collaboration, and joins a partner’s solution that covers it', () => {
    expect(nextOnRoute(need(1), { internal: { covered: false } }, rules).next).toBe('partner');
    expect(nextOnRoute(need(1), { internal: { covered: false }, partner: { covered: true, systemId: 'p1' } }, rules).outcome).toBe('join_partner');
  });
  it('then the pre-study: no purchase, wait, or purchase', () => {
    const base: Answers = { internal: { covered: false }, partner: { covered: false } };
    expect(nextOnRoute(need(1), base, rules).next).toBe('prestudy');
    expect(nextOnRoute(need(1), { ...base, prestudy: 'no_purchase' }, rules).outcome).toBe('no_purchase');
    expect(nextOnRoute(need(1), { ...base, prestudy: 'wait' }, rules).outcome).toBe('wait');
    expect(nextOnRoute(need(1), { ...base, prestudy: 'purchase' }, rules).next).toBe('agreement');
  });
  it('calls off an existing agreement', () => {
    expect(nextOnRoute(need(5_000_000), { ...toProcedure, agreement: { exists: true, agreementId: 'a1' } }, rules)).toMatchObject({ outcome: 'call_off', reason: { agreementId: 'a1' } });
  });
});

describe('the procurement procedure by value', () => {
  it('is a direct procurement at most up to the limit — exactly at it too', () => {
    expect(nextOnRoute(need(699_999), toProcedure, rules).outcome).toBe('direct_procurement');
    expect(nextOnRoute(need(700_000), toProcedure, rules).outcome).toBe('direct_procurement');
  });
  it('is simplified or selection above the limit and below the threshold', () => {
    expect(nextOnRoute(need(700_001), toProcedure, rules).outcome).toBe('simplified_or_selection');
    expect(nextOnRoute(need(2_389_584), toProcedure, rules).outcome).toBe('simplified_or_selection');
  });
  it('is open or selective at the threshold — exactly at it too', () => {
    expect(nextOnRoute(need(2_389_585), toProcedure, rules).outcome).toBe('open_or_selective');
  });
  it('takes a limit in price base amounts, as Lidköping’s chart does, with the year’s amount', () => {
    const inPbb: ProcurementRules = {
      directLimit: { value: 7, effectiveFrom: '2010-01-01', description: 'Kommunens riktlinje: 7 prisbasbelopp', unit: 'prisbasbelopp' },
      threshold: threshold2024,
      prisbasbelopp: { value: 58_800, effectiveFrom: '2025-01-01', description: 'Prisbasbelopp 2025' },
    };
    const result = nextOnRoute(need(411_600), toProcedure, inPbb);
    expect(result).toMatchObject({ outcome: 'direct_procurement', reason: { limit: 411_600, perPbb: 7 } });
    expect(nextOnRoute(need(411_601), toProcedure, inPbb).outcome).toBe('simplified_or_selection');
    expect(describeReason(result.reason, 'sv')).toContain('7 × prisbasbelopp = 411\u00a0600 kr');
  });
  it('says so when no rule was in force on the need’s date, and decides nothing', () => {
    const result = nextOnRoute(need(500_000, '2019-06-01'), toProcedure, { directLimit: null, threshold: null, prisbasbelopp: null });
    expect(result).toEqual({ next: null, outcome: null, reason: { code: 'no_rule_in_force', missing: ['direct_limit', 'threshold'], neededOn: '2019-06-01' } });
    expect(describeReason(result.reason, 'sv')).toBe('Ingen regel gällde den 2019-06-01 för: direktupphandlingsgräns, tröskelvärde. Lägg in värdet med ett giltighetsdatum innan vägen kan bestämmas.');
    const noPbb = nextOnRoute(need(1), toProcedure, { ...rules, directLimit: { ...limit2022, value: 7, unit: 'prisbasbelopp' } });
    expect(noPbb.reason).toMatchObject({ code: 'no_rule_in_force', missing: ['prisbasbelopp'] });
  });
  it('still decides a direct procurement when only the threshold is unknown', () => {
    expect(nextOnRoute(need(100), toProcedure, { ...rules, threshold: null }).outcome).toBe('direct_procurement');
    expect(nextOnRoute(need(800_000), toProcedure, { ...rules, threshold: null }).reason).toMatchObject({ code: 'no_rule_in_force', missing: ['threshold'] });
  });
});

describe('rules that changed between two years', () => {
  const limits = [
    { value: 615_312, effectiveFrom: '2022-01-01', description: '28 % av tröskelvärdet 2022', unit: 'sek' as const },
    limit2022,
  ];
  it('uses the value in force on the need’s date', () => {
    expect(inForceOn(limits, '2022-01-15')!.value).toBe(615_312);
    expect(inForceOn(limits, '2022-02-01')!.value).toBe(700_000);
    expect(inForceOn(limits, '2021-12-31')).toBeNull();
  });
  it('routes the same value differently before and after the change, and names the rule used', () => {
    const on = (date: string) => nextOnRoute(need(650_000, date), toProcedure, { ...rules, directLimit: inForceOn(limits, date) });
    expect(on('2022-01-20').outcome).toBe('simplified_or_selection');
    const after = on('2022-03-01');
    expect(after.outcome).toBe('direct_procurement');
    expect(describeReason(after.reason, 'sv')).toContain('gäller från 2022-02-01');
    expect(describeReason(after.reason, 'sv')).toContain('Skälen för direktupphandlingen ska dokumenteras');
    expect(describeReason(after.reason, 'en')).toContain('direct procurement');
  });
});
