import { describe, expect, it } from 'vitest';
import { installBlock } from '../../../shared/acquisition-rules.js';
import { describeReason, routeGrounds, routeText } from './reasons.js';
import { type Answers, type ProcurementRules, type RuleInForce, inForceOn, nextOnRoute } from './rules.js';

/** Values from DOMAIN.md (Upphandlingsmyndigheten; SFS 2025:872), as an admin would enter them. */
const limit2022: RuleInForce = { value: 700_000, effectiveFrom: '2022-02-01', description: 'LOU 19 kap. 2 §, gäller från 2022-02-01' };
const threshold2024: RuleInForce = { value: 2_389_585, effectiveFrom: '2024-01-01', description: 'Tröskelvärde varor och tjänster, kommuner (EUR 221 000)' };
const documentation: RuleInForce = { value: 100_000, effectiveFrom: '2022-02-01', description: 'LOU 19 kap. 30 §' };
const rules: ProcurementRules = { directLimit: limit2022, directLimitPbb: null, documentationLimit: documentation, threshold: threshold2024, prisbasbelopp: null };
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
      directLimit: null,
      directLimitPbb: { value: 7, effectiveFrom: '2010-01-01', description: 'Kommunens riktlinje: 7 prisbasbelopp' },
      threshold: threshold2024,
      prisbasbelopp: { value: 58_800, effectiveFrom: '2025-01-01', description: 'Prisbasbelopp 2025' },
    };
    const result = nextOnRoute(need(411_600), toProcedure, inPbb);
    expect(result).toMatchObject({ outcome: 'direct_procurement', reason: { limit: 411_600, perPbb: 7 } });
    expect(nextOnRoute(need(411_601), toProcedure, inPbb).outcome).toBe('simplified_or_selection');
    const on = { date: '2025-05-01', basis: 'reported' as const };
    expect(routeGrounds(result.reason, on)?.rules).toEqual([
      { rule: 'direct_limit_pbb', amount: 411_600, perPbb: 7, comparison: 'at_most', effectiveFrom: '2010-01-01', effectiveUntil: null, law: null, source: 'Kommunens riktlinje: 7 prisbasbelopp', unknownNewerFrom: null },
      { rule: 'prisbasbelopp', amount: 58_800, perPbb: null, comparison: null, effectiveFrom: '2025-01-01', effectiveUntil: null, law: null, source: 'Prisbasbelopp 2025', unknownNewerFrom: null },
    ]);
    expect(routeText(result.reason, on, 'sv')).toContain('Kommunens direktupphandlingsgräns: 7 × prisbasbelopp = 411\u00a0600 kr, gäller från 2010-01-01.');
  });
  it('says so when no rule was in force on the need’s date, and decides nothing', () => {
    const result = nextOnRoute(need(500_000, '2019-06-01'), toProcedure, { directLimit: null, directLimitPbb: null, threshold: null, prisbasbelopp: null });
    expect(result).toEqual({ next: null, outcome: null, reason: { code: 'no_rule_in_force', missing: ['direct_limit', 'threshold'], neededOn: '2019-06-01' } });
    expect(describeReason(result.reason, 'sv')).toBe('Ingen regel gällde den 2019-06-01 för: direktupphandlingsgräns, tröskelvärde. Lägg in värdet med ett giltighetsdatum innan vägen kan bestämmas.');
    const noPbb = nextOnRoute(need(1), toProcedure, { ...rules, directLimitPbb: { ...limit2022, value: 7 } });
    expect(noPbb.reason).toMatchObject({ code: 'no_rule_in_force', missing: ['prisbasbelopp'] });
  });
  it('still decides a direct procurement when only the threshold is unknown', () => {
    expect(nextOnRoute(need(100), toProcedure, { ...rules, threshold: null }).outcome).toBe('direct_procurement');
    expect(nextOnRoute(need(800_000), toProcedure, { ...rules, threshold: null }).reason).toMatchObject({ code: 'no_rule_in_force', missing: ['threshold'] });
  });
});

describe('rules that changed between two years', () => {
  const limits = [
    { value: 615_312, effectiveFrom: '2022-01-01', description: '28 % av tröskelvärdet 2022' },
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
    const grounds = routeGrounds(after.reason, { date: '2022-03-01', basis: 'planned' });
    expect(grounds).toMatchObject({ value: 650_000, routedOn: { date: '2022-03-01', basis: 'planned' }, mustDocument: true });
    expect(grounds?.rules.map((g) => [g.rule, g.amount, g.comparison, g.effectiveFrom, g.law])).toEqual([
      ['direct_limit', 700_000, 'at_most', '2022-02-01', 'LOU 19 kap. 2 §'],
      ['documentation_limit', 100_000, 'above', '2022-02-01', 'LOU 19 kap. 30 §'],
    ]);
    expect(describeReason(after.reason, 'sv')).toContain('Skälen för direktupphandlingen ska dokumenteras');
    // One sentence, no nested parentheses, and nothing Swedish in English.
    const en = describeReason(after.reason, 'en');
    expect(en).toBe('The value 650,000 SEK is at most the direct-procurement limit of 700,000 SEK: direct procurement. The reasons for the direct procurement must be documented.');
    expect(routeText(after.reason, { date: '2022-03-01', basis: 'planned' }, 'en').split('\n').slice(0, 3)).toEqual([
      en,
      'The rules in force on 2022-03-01, when the procurement is planned to begin.',
      'Direct-procurement limit: 700,000 SEK, in force from 2022-02-01. LOU 19 kap. 2 §. Source: LOU 19 kap. 2 §, gäller från 2022-02-01',
    ]);
  });
});

describe('a municipality’s own limit in price base amounts beside the law’s', () => {
  const pbb2026: RuleInForce = { value: 59_200, effectiveFrom: '2026-01-01', description: 'Prisbasbelopp 2026 (SFS 2025:872)' };
  const own = (n: number): ProcurementRules => ({ ...rules, directLimitPbb: { value: n, effectiveFrom: '2020-01-01', description: `Riktlinje: ${n} prisbasbelopp` }, prisbasbelopp: pbb2026 });
  it('applies the lower of the two', () => {
    // 10 × 59 200 = 592 000 < 700 000: the guideline is stricter.
    expect(nextOnRoute(need(592_000, '2026-03-01'), toProcedure, own(10))).toMatchObject({ outcome: 'direct_procurement', reason: { limit: 592_000, perPbb: 10 } });
    expect(nextOnRoute(need(592_001, '2026-03-01'), toProcedure, own(10)).outcome).toBe('simplified_or_selection');
    // 15 × 59 200 = 888 000 > 700 000: the law caps it.
    expect(nextOnRoute(need(700_001, '2026-03-01'), toProcedure, own(15))).toMatchObject({ outcome: 'simplified_or_selection', reason: { limit: 700_000, perPbb: null } });
  });
});

describe('a rule in force whose value is not known yet', () => {
  const provisional: RuleInForce = { ...threshold2024, unknownNewer: { effectiveFrom: '2026-01-01', description: 'EUR 216 000; kronorvärdet ej inlagt' } };
  it('uses the earlier value, marks the result provisional and says which value it used', () => {
    const result = nextOnRoute(need(3_000_000, '2026-02-01'), toProcedure, { ...rules, threshold: provisional });
    expect(result).toMatchObject({ outcome: 'open_or_selective', provisional: true });
    expect(routeGrounds(result.reason, { date: '2026-02-01', basis: 'reported' })?.rules).toMatchObject([{ rule: 'threshold', amount: 2_389_585, effectiveFrom: '2024-01-01', unknownNewerFrom: '2026-01-01' }]);
    expect(routeText(result.reason, { date: '2026-02-01', basis: 'reported' }, 'sv')).toContain('gäller från 2024-01-01. Värdet som gäller från 2026-01-01 är inte inlagt; detta tidigare värde har använts. LOU 5 kap. 1 §. Källa:');
  });
  it('is not provisional when the unknown rule was not needed', () => {
    expect(nextOnRoute(need(100_000, '2026-02-01'), toProcedure, { ...rules, threshold: provisional }).provisional).toBe(false);
  });
});

describe('documenting a direct procurement', () => {
  it('asks for the reasons above the documentation limit in force, not at it', () => {
    expect(nextOnRoute(need(100_000), toProcedure, rules).reason).toMatchObject({ mustDocument: false });
    expect(nextOnRoute(need(100_001), toProcedure, rules).reason).toMatchObject({ mustDocument: true });
    expect(nextOnRoute(need(100_001), toProcedure, { ...rules, documentationLimit: null }).reason).toMatchObject({ mustDocument: false });
  });
});

describe('installing above the portfolio threshold', () => {
  it('needs the council’s approval of the matter or the approved project, and names what is missing', () => {
    expect(installBlock(false, [], 'idea')).toBeNull();
    expect(installBlock(null, [], null)).toBeNull();
    expect(installBlock(true, [], 'idea')).toBe('install_council_no_matter');
    expect(installBlock(true, [null], 'idea')).toBe('install_council_undecided');
    expect(installBlock(true, ['returned', null], 'prestudy')).toBe('install_council_undecided');
    expect(installBlock(true, ['rejected', 'returned'], null)).toBe('install_council_not_approved');
    expect(installBlock(true, ['returned', 'approved_with_conditions'], 'idea')).toBeNull();
    expect(installBlock(true, [null], 'approved')).toBeNull();
    expect(installBlock(true, [], 'in_progress')).toBeNull();
    expect(installBlock(true, [], 'cancelled')).toBe('install_council_no_matter');
  });
});
