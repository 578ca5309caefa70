import type { Language } from '../../../shared/common.js';
import type { Reason } from './route.js';

const kr = (n: number, language: Language) => `${n.toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE')} ${language === 'en' ? 'SEK' : 'kr'}`;

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
      const limit = reason.perPbb === null ? kr(reason.limit, language) : `${reason.perPbb} × prisbasbelopp = ${kr(reason.limit, language)}`;
      return sv
        ? `Värdet ${kr(reason.value, language)} uppgår till högst direktupphandlingsgränsen ${limit} (gäller från ${reason.limitRule.effectiveFrom}; ${reason.limitRule.description}): direktupphandling.${reason.value > 100_000 ? ' Skälen för direktupphandlingen ska dokumenteras.' : ''}`
        : `The value ${kr(reason.value, language)} is at most the direct-procurement limit ${limit} (in force from ${reason.limitRule.effectiveFrom}; ${reason.limitRule.description}): direct procurement.${reason.value > 100_000 ? ' The reasons for the direct procurement must be documented.' : ''}`;
    }
    case 'below_threshold':
      return sv
        ? `Värdet ${kr(reason.value, language)} är över direktupphandlingsgränsen ${kr(reason.limit, language)} men understiger tröskelvärdet ${kr(reason.threshold, language)} (gäller från ${reason.thresholdRule.effectiveFrom}; ${reason.thresholdRule.description}): förenklat förfarande eller urvalsförfarande.`
        : `The value ${kr(reason.value, language)} is above the direct-procurement limit ${kr(reason.limit, language)} but below the EU threshold ${kr(reason.threshold, language)} (in force from ${reason.thresholdRule.effectiveFrom}; ${reason.thresholdRule.description}): simplified or selection procedure.`;
    case 'at_or_above_threshold':
      return sv
        ? `Värdet ${kr(reason.value, language)} når tröskelvärdet ${kr(reason.threshold, language)} (gäller från ${reason.thresholdRule.effectiveFrom}; ${reason.thresholdRule.description}): öppet eller selektivt förfarande.`
        : `The value ${kr(reason.value, language)} reaches the EU threshold ${kr(reason.threshold, language)} (in force from ${reason.thresholdRule.effectiveFrom}; ${reason.thresholdRule.description}): open or selective procedure.`;
    case 'no_rule_in_force': {
      const names = reason.missing.map((m) => (sv ? { direct_limit: 'direktupphandlingsgräns', threshold: 'tröskelvärde', prisbasbelopp: 'prisbasbelopp' } : { direct_limit: 'direct-procurement limit', threshold: 'EU threshold', prisbasbelopp: 'price base amount' })[m]);
      return sv
        ? `Ingen regel gällde den ${reason.neededOn} för: ${names.join(', ')}. Lägg in värdet med ett giltighetsdatum innan vägen kan bestämmas.`
        : `No rule was in force on ${reason.neededOn} for: ${names.join(', ')}. Add the value with an effective date before the route can be decided.`;
    }
  }
}
