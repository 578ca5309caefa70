import type { Language } from '../../../shared/common.js';
import type { Reason, RuleInForce } from './rules.js';

const kr = (n: number, language: Language) => `${n.toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE')} ${language === 'en' ? 'SEK' : 'kr'}`;

/** The rule as the reason names it: its date and what it says; the source stays on the rules page. */
const ruleText = (rule: RuleInForce, language: Language) => `${language === 'sv' ? 'gäller från' : 'in force from'} ${rule.effectiveFrom}; ${rule.description.split(/\s(?:Källa|Source):/)[0]}`;

const limitText = (limit: number, perPbb: number | null, pbbRule: RuleInForce | null, language: Language) =>
  perPbb === null ? kr(limit, language) : `${perPbb.toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE')} × prisbasbelopp${pbbRule ? ` ${pbbRule.effectiveFrom.slice(0, 4)}` : ''} = ${kr(limit, language)}`;

/** When a rule in force had no known value, the route names it and the earlier value it used. */
function unknownNote(rules: (RuleInForce | null)[], language: Language) {
  return rules
    .filter((r): r is RuleInForce & { unknownNewer: { effectiveFrom: string; description: string } } => r?.unknownNewer !== undefined)
    .map((r) =>
      language === 'sv'
        ? ` Obs: värdet som gäller från ${r.unknownNewer.effectiveFrom} är inte inlagt; värdet från ${r.effectiveFrom} har använts tills en administratör lägger in det under Regler.`
        : ` Note: the value in force from ${r.unknownNewer.effectiveFrom} is not entered; the value from ${r.effectiveFrom} was used until an administrator enters it under Rules.`,
    )
    .join('');
}

/** The route's reason in words, naming the rule and the value it used. */
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
      const limit = limitText(reason.limit, reason.perPbb, reason.pbbRule, language);
      return (
        (sv
          ? `Värdet ${kr(reason.value, language)} uppgår till högst direktupphandlingsgränsen ${limit} (${ruleText(reason.limitRule, language)}): direktupphandling.${reason.mustDocument ? ' Skälen för direktupphandlingen ska dokumenteras.' : ''}`
          : `The value ${kr(reason.value, language)} is at most the direct-procurement limit ${limit} (${ruleText(reason.limitRule, language)}): direct procurement.${reason.mustDocument ? ' The reasons for the direct procurement must be documented.' : ''}`) +
        unknownNote([reason.limitRule, reason.pbbRule], language)
      );
    }
    case 'below_threshold':
      return (
        (sv
          ? `Värdet ${kr(reason.value, language)} är över direktupphandlingsgränsen ${limitText(reason.limit, reason.perPbb, null, language)} men understiger tröskelvärdet ${kr(reason.threshold, language)} (${ruleText(reason.thresholdRule, language)}): förenklat förfarande eller urvalsförfarande.`
          : `The value ${kr(reason.value, language)} is above the direct-procurement limit ${limitText(reason.limit, reason.perPbb, null, language)} but below the EU threshold ${kr(reason.threshold, language)} (${ruleText(reason.thresholdRule, language)}): simplified or selection procedure.`) +
        unknownNote([reason.limitRule, reason.pbbRule, reason.thresholdRule], language)
      );
    case 'at_or_above_threshold':
      return (
        (sv
          ? `Värdet ${kr(reason.value, language)} når tröskelvärdet ${kr(reason.threshold, language)} (${ruleText(reason.thresholdRule, language)}): öppet eller selektivt förfarande.`
          : `The value ${kr(reason.value, language)} reaches the EU threshold ${kr(reason.threshold, language)} (${ruleText(reason.thresholdRule, language)}): open or selective procedure.`) +
        unknownNote([reason.thresholdRule], language)
      );
    case 'no_rule_in_force': {
      const names = reason.missing.map((m) => (sv ? { direct_limit: 'direktupphandlingsgräns', threshold: 'tröskelvärde', prisbasbelopp: 'prisbasbelopp' } : { direct_limit: 'direct-procurement limit', threshold: 'EU threshold', prisbasbelopp: 'price base amount' })[m]);
      return sv
        ? `Ingen regel gällde den ${reason.neededOn} för: ${names.join(', ')}. Lägg in värdet med ett giltighetsdatum innan vägen kan bestämmas.`
        : `No rule was in force on ${reason.neededOn} for: ${names.join(', ')}. Add the value with an effective date before the route can be decided.`;
    }
  }
}
