import type { AcquisitionDetail, GroundRule, RouteDateBasis } from '../../../shared/acquisitions.js';
import type { Language } from '../../../shared/common.js';
import type { Reason, RuleInForce } from './rules.js';

type Grounds = NonNullable<AcquisitionDetail['route']['grounds']>;
type Ground = Grounds['rules'][number];
type RoutedOn = { date: string; basis: RouteDateBasis };

const kr = (n: number, language: Language) => `${n.toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE')} ${language === 'en' ? 'SEK' : 'kr'}`;

/** The paragraph of law each rule rests on; the municipality's own limit and the price base amount rest on no paragraph of LOU. */
const laws: Record<GroundRule, string | null> = {
  direct_limit: 'LOU 19 kap. 2 §',
  direct_limit_pbb: null,
  prisbasbelopp: null,
  threshold: 'LOU 5 kap. 1 §',
  documentation_limit: 'LOU 19 kap. 30 §',
};

/** The source a rule value names: its description's "Källa:" (or "Source:") part, else the whole description. */
const sourceOf = (description: string) => {
  const match = /(?:^|\s)(?:Källa|Source):\s*(.+)$/s.exec(description);
  return (match ? match[1]! : description).trim();
};

function ground(rule: GroundRule, inForce: RuleInForce, amount: number, comparison: Ground['comparison'], perPbb: number | null = null): Ground {
  return {
    rule,
    amount,
    perPbb,
    comparison,
    effectiveFrom: inForce.effectiveFrom,
    effectiveUntil: inForce.effectiveUntil ?? null,
    law: laws[rule],
    source: sourceOf(inForce.description),
    unknownNewerFrom: inForce.unknownNewer?.effectiveFrom ?? null,
  };
}

/** The direct-procurement limit as applied: the law's sum, or N × the year's price base amount (with that amount as its own row). */
function directGrounds(reason: { limit: number; limitRule: RuleInForce; perPbb: number | null; pbbRule: RuleInForce | null }, comparison: Ground['comparison']): Ground[] {
  if (reason.perPbb === null) return [ground('direct_limit', reason.limitRule, reason.limit, comparison)];
  return [
    ground('direct_limit_pbb', reason.limitRule, reason.limit, comparison, reason.perPbb),
    ...(reason.pbbRule ? [ground('prisbasbelopp', reason.pbbRule, reason.pbbRule.value, null)] : []),
  ];
}

/**
 * The route's grounds as data: the value, the date whose rules applied, and each rule used with its
 * limit, the period it is in force and its source. Null unless the procedure follows from the value.
 */
export function routeGrounds(reason: Reason, routedOn: RoutedOn): Grounds | null {
  switch (reason.code) {
    case 'at_most_direct_limit': {
      const documentation = reason.documentationRule
        ? [ground('documentation_limit', reason.documentationRule, reason.documentationRule.value, reason.value > reason.documentationRule.value ? 'above' : 'at_most')]
        : [];
      return { value: reason.value, routedOn, rules: [...directGrounds(reason, 'at_most'), ...documentation], mustDocument: reason.mustDocument };
    }
    case 'below_threshold':
      return { value: reason.value, routedOn, rules: [...directGrounds(reason, 'above'), ground('threshold', reason.thresholdRule, reason.threshold, 'below')], mustDocument: null };
    case 'at_or_above_threshold':
      return { value: reason.value, routedOn, rules: [ground('threshold', reason.thresholdRule, reason.threshold, 'at_or_above')], mustDocument: null };
    default:
      return null;
  }
}

/** The route's reason in one sentence in the reader's language; the figures behind it are in the grounds. */
export function describeReason(reason: Reason, language: Language): string {
  const sv = language === 'sv';
  switch (reason.code) {
    case 'ask_internal':
      return sv ? 'Finns ett system i kommunen som täcker behovet?' : 'Does a system in the municipality cover the need?';
    case 'ask_partner':
      return sv ? 'Finns ett system hos en samverkanspartner som täcker behovet?' : 'Does a partner municipality have a system that covers the need?';
    case 'ask_prestudy':
      return sv ? 'Behovsinventering och förstudie: behövs ett köp, ska behovet vänta, eller behövs inget köp?' : 'Needs inventory and pre-study: is a purchase needed, should the need wait, or is no purchase needed?';
    case 'ask_agreement':
      return sv ? 'Finns ett avtal (ramavtal) som täcker behovet?' : 'Does an agreement (framework agreement) cover the need?';
    case 'covered_internally':
      return sv ? 'Ett befintligt system i kommunen täcker behovet: inget köp.' : 'An existing system of the municipality covers the need: no purchase.';
    case 'covered_by_partner':
      return sv ? 'En samverkanspartners system täcker behovet: ansluts till partnerns lösning.' : "A partner's system covers the need: join the partner's solution.";
    case 'prestudy_no_purchase':
      return sv ? 'Förstudien visade att inget köp behövs.' : 'The pre-study showed that no purchase is needed.';
    case 'prestudy_wait':
      return sv ? 'Förstudien visade att behovet ska vänta.' : 'The pre-study showed that the need should wait.';
    case 'agreement_exists':
      return sv ? 'Ett befintligt avtal täcker behovet: avrop.' : 'An existing agreement covers the need: call-off.';
    case 'at_most_direct_limit': {
      const document = reason.mustDocument ? (sv ? ' Skälen för direktupphandlingen ska dokumenteras.' : ' The reasons for the direct procurement must be documented.') : '';
      return sv
        ? `Värdet ${kr(reason.value, language)} uppgår till högst direktupphandlingsgränsen ${kr(reason.limit, language)}: direktupphandling.${document}`
        : `The value ${kr(reason.value, language)} is at most the direct-procurement limit of ${kr(reason.limit, language)}: direct procurement.${document}`;
    }
    case 'below_threshold':
      return sv
        ? `Värdet ${kr(reason.value, language)} är över direktupphandlingsgränsen ${kr(reason.limit, language)} men understiger tröskelvärdet ${kr(reason.threshold, language)}: förenklat förfarande eller urvalsförfarande.`
        : `The value ${kr(reason.value, language)} is above the direct-procurement limit of ${kr(reason.limit, language)} but below the EU threshold of ${kr(reason.threshold, language)}: simplified or selection procedure.`;
    case 'at_or_above_threshold':
      return sv
        ? `Värdet ${kr(reason.value, language)} når tröskelvärdet ${kr(reason.threshold, language)}: öppet eller selektivt förfarande.`
        : `The value ${kr(reason.value, language)} reaches the EU threshold of ${kr(reason.threshold, language)}: open or selective procedure.`;
    case 'no_rule_in_force': {
      const names = reason.missing.map((m) => (sv ? { direct_limit: 'direktupphandlingsgräns', threshold: 'tröskelvärde', prisbasbelopp: 'prisbasbelopp' } : { direct_limit: 'direct-procurement limit', threshold: 'EU threshold', prisbasbelopp: 'price base amount' })[m]);
      return sv
        ? `Ingen regel gällde den ${reason.neededOn} för: ${names.join(', ')}. Lägg in värdet med ett giltighetsdatum innan vägen kan bestämmas.`
        : `No rule was in force on ${reason.neededOn} for: ${names.join(', ')}. Add the value with an effective date before the route can be decided.`;
    }
  }
}

const ruleNames: Record<Language, Record<GroundRule, string>> = {
  sv: {
    direct_limit: 'Direktupphandlingsgräns',
    direct_limit_pbb: 'Kommunens direktupphandlingsgräns',
    prisbasbelopp: 'Prisbasbelopp',
    threshold: 'Tröskelvärde',
    documentation_limit: 'Dokumentationsgräns',
  },
  en: {
    direct_limit: 'Direct-procurement limit',
    direct_limit_pbb: "The municipality's direct-procurement limit",
    prisbasbelopp: 'Price base amount',
    threshold: 'EU threshold',
    documentation_limit: 'Documentation limit',
  },
};

const routedOnText: Record<Language, Record<RouteDateBasis, string>> = {
  sv: { started: 'då upphandlingen påbörjades', planned: 'då upphandlingen planeras påbörjas', reported: 'då behovet anmäldes' },
  en: { started: 'when the procurement began', planned: 'when the procurement is planned to begin', reported: 'when the need was reported' },
};

/** One rule of the grounds as a line of text: name, limit, period in force, law and source. */
function groundLine(g: Ground, language: Language) {
  const sv = language === 'sv';
  const amount = g.perPbb === null ? kr(g.amount, language) : `${g.perPbb.toLocaleString(sv ? 'sv-SE' : 'en-GB')} × ${sv ? 'prisbasbelopp' : 'price base amount'} = ${kr(g.amount, language)}`;
  const period = g.effectiveUntil ? `${g.effectiveFrom}–${g.effectiveUntil}` : sv ? `från ${g.effectiveFrom}` : `from ${g.effectiveFrom}`;
  const unknown = g.unknownNewerFrom
    ? sv
      ? ` Värdet som gäller från ${g.unknownNewerFrom} är inte inlagt; detta tidigare värde har använts.`
      : ` The value in force from ${g.unknownNewerFrom} is not entered; this earlier value was used.`
    : '';
  // The source last: it is the rule's own text, as an admin entered it.
  return `${ruleNames[language][g.rule]}: ${amount}, ${sv ? 'gäller' : 'in force'} ${period}.${unknown}${g.law ? ` ${g.law}.` : ''} ${sv ? 'Källa' : 'Source'}: ${g.source}`;
}

/**
 * The reason and its grounds as text, one line each, for what Roder writes into stored records
 * (the IT council's matter, the audit trail) in the acting person's language.
 */
export function routeText(reason: Reason, routedOn: RoutedOn, language: Language): string {
  const grounds = routeGrounds(reason, routedOn);
  if (!grounds) return describeReason(reason, language);
  const on = language === 'sv' ? `Reglerna som gällde ${routedOn.date}, ${routedOnText.sv[routedOn.basis]}.` : `The rules in force on ${routedOn.date}, ${routedOnText.en[routedOn.basis]}.`;
  return [describeReason(reason, language), on, ...grounds.rules.map((g) => groundLine(g, language))].join('\n');
}

/** The title of the IT council's matter about an acquisition, in the acting person's language. */
export const councilMatterTitle = (title: string, language: Language) => `${language === 'en' ? 'Acquisition' : 'Anskaffning'}: ${title}`;
