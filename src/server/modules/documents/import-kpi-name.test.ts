import { describe, expect, it } from 'vitest';
import { proposeKpi } from './import-kpi.js';
import { baseForm, indefinite } from './import-kpi-name.js';

/**
 * The names of KPIs proposed from goal sentences (issue 13, item 4): a short noun phrase a
 * municipal person would write, from the sentence's measured subject and its unit.
 */
const names: [string, string][] = [
  ['Vid utgången av 2010 skall 75 % av inkomna synpunkter hanteras via Synpunkten.', 'Andel inkomna synpunkter hanterade via Synpunkten'],
  ['Kommunen ska minska handläggningstiden med 25 % till 2027.', 'Handläggningstid (dagar)'],
  ['Handläggningstiden för bygglov ska minska med 30 %.', 'Handläggningstid bygglov (dagar)'],
  ['Alla skolor ska ha tillgång till trådlöst nätverk senast 2026.', 'Andel skolor med tillgång till trådlöst nätverk'],
  ['Senast 2025 ska 90 procent av ärendena kunna startas digitalt.', 'Andel ärenden som kan startas digitalt'],
  ['Andelen e-tjänster som används ska öka till 60 % år 2024.', 'Andel e-tjänster som används'],
  ['Kostnaden för licenser ska sänkas med 10 procent jämfört med 2022, senast 2025.', 'Kostnad för licenser'],
  ['IT-kostnaden per anställd ska understiga 12 000 kr senast 2026.', 'IT-kostnad per anställd (kr)'],
  ['Genom samordnade inköp ska kommunen spara 1,5 miljoner kronor per år till 2027.', 'Besparing per år genom samordnade inköp (kr)'],
  ['Svarstiden på e-post ska vara högst 2 arbetsdagar från och med 2025.', 'Svarstid på e-post (dagar)'],
  ['Ett beslut om bygglov ska lämnas inom 10 veckor senast 2026.', 'Tid till beslut om bygglov (dagar)'],
  ['Minst 20 e-tjänster ska finnas i e-tjänsteportalen vid utgången av 2025.', 'Antal e-tjänster i e-tjänsteportalen'],
  ['Antalet allvarliga it-incidenter ska halveras till 2026.', 'Antal allvarliga it-incidenter'],
  ['Senast den 30 juni 2025 ska 80 % av medarbetarna ha genomgått utbildning i informationssäkerhet.', 'Andel medarbetare som har genomgått utbildning i informationssäkerhet'],
  ['Samtliga verksamhetssystem ska ha en utsedd systemägare senast december 2024.', 'Andel verksamhetssystem med utsedd systemägare'],
  ['Målvärde 2026: 95 % av invånarna är nöjda med kommunens webbplats.', 'Andel invånare nöjda med kommunens webbplats'],
  ['Tillgängligheten för kritiska system ska vara minst 99,5 % under 2025.', 'Tillgänglighet för kritiska system'],
  ['Energiförbrukningen i serverhallen ska vara 15 % lägre 2027 än 2023.', 'Energiförbrukning i serverhallen'],
  ['Kommunen ska erbjuda 50 digitala självservicetjänster senast 2027.', 'Antal digitala självservicetjänster'],
  ['Inga personuppgiftsincidenter ska leda till sanktionsavgift under 2025.', 'Antal personuppgiftsincidenter som leder till sanktionsavgift'],
  ['Andelen fakturor som hanteras elektroniskt ska vara 98 procent.', 'Andel fakturor som hanteras elektroniskt'],
  ['Vid utgången av 2026 ska tio återkommande administrativa processer vara automatiserade.', 'Antal automatiserade återkommande administrativa processer'],
  ['Målet är att vid utgången av 2023 ska minst hälften av nattillsynen ske digitalt.', 'Andel av nattillsynen som sker digitalt'],
  ['Senast 2026 ska 80 % av ansökningarna om förskoleplats göras via e-tjänst.', 'Andel ansökningar om förskoleplats gjorda via e-tjänst'],
  ['Till utgången av 2027 ska samtliga nämnder erbjuda e-tjänster med e-legitimation.', 'Andel nämnder som erbjuder e-tjänster med e-legitimation'],
  ['Minst 30 % av vårdplaneringarna genomförs digitalt senast 2026.', 'Andel vårdplaneringar genomförda digitalt'],
  ['Alla trygghetslarm är digitala senast 2025.', 'Andel digitala trygghetslarm'],
  ['Minst 90 % av medarbetarna ska vara nöjda med IT-supporten.', 'Andel medarbetare nöjda med IT-supporten'],
  ['Alla medarbetare inom hemtjänsten ska ha genomgått utbildning i välfärdsteknik senast 30 juni 2025.', 'Andel medarbetare inom hemtjänsten som har genomgått utbildning i välfärdsteknik'],
  ['By 2025, 75 % of all applications shall be submitted online.', 'Share of applications submitted online'],
  ['We will reduce printing costs by 30 % by the end of 2026.', 'Printing costs'],
  ['All schools must have a digital learning platform by 2025.', 'Share of schools with a digital learning platform'],
  ['Response time for support tickets shall be no more than 3 days by 2026.', 'Response time for support tickets (days)'],
  ['At least 12 services will be offered through the citizen portal by 2027.', 'Number of services offered through the citizen portal'],
  ['The share of satisfied users should increase to 85 % by 2026-06-30.', 'Share of satisfied users'],
];

describe('the name of a KPI proposed from a goal sentence', () => {
  it.each(names)('%s → %s', (sentence, name) => {
    expect(proposeKpi(sentence)?.name).toBe(name);
  });

  it('never carries the deadline, the bound or the modal of the sentence', () => {
    for (const [sentence] of names) {
      const name = proposeKpi(sentence)!.name;
      expect(name, sentence).not.toMatch(/\b(?:19|20)\d{2}\b|\b(?:ska|skall|senast|minst|högst|shall|will|must|by)\b/i);
      expect(name.length).toBeLessThanOrEqual(120);
    }
  });

  it('puts a plural definite noun in its indefinite form and a definite head noun in its base form', () => {
    expect(['medarbetarna', 'ansökningarna', 'ärendena', 'tjänsterna', 'skolorna'].map(indefinite)).toEqual(['medarbetare', 'ansökningar', 'ärenden', 'tjänster', 'skolor']);
    expect(['Antalet', 'Andelen', 'Handläggningstiden', 'Tillgängligheten', 'Kostnaden', 'Energiförbrukningen', 'Licenser'].map(baseForm)).toEqual(['Antal', 'Andel', 'Handläggningstid', 'Tillgänglighet', 'Kostnad', 'Energiförbrukning', 'Licenser']);
  });
});

describe('the deadline of a change that names none', () => {
  it('is the end of the document period or validity when the metadata has one', () => {
    const kpi = proposeKpi('Antalet applikationer ska minska med 20 %.', '2027-12-31');
    expect(kpi).toMatchObject({ relative: true, targetValue: -20, targetDate: '2027-12-31', name: 'Antal applikationer' });
    expect(kpi!.definition).toContain('2027-12-31');
  });

  it('stays open without one, and a named deadline or a level to reach is never replaced', () => {
    expect(proposeKpi('Antalet applikationer ska minska med 20 %.')!.targetDate).toBeNull();
    expect(proposeKpi('Antalet applikationer ska minska med 20 % till 2026.', '2027-12-31')!.targetDate).toBe('2026-12-31');
    expect(proposeKpi('Andelen fakturor som hanteras elektroniskt ska vara 98 procent.', '2027-12-31')!.targetDate).toBeNull();
  });
});
