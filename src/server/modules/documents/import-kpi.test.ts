import { describe, expect, it } from 'vitest';
import { relativeTargetLevel } from '../../../shared/documents.js';
import { evaluateKpi } from '../goals/rules.js';
import { proposeKpi, type ProposedKpi } from './import-kpi.js';

/**
 * KPIs proposed from goals with numbers (issue 13, item 4), measured on sentences written in the
 * styles municipalities use, Swedish and English, and on sentences with numbers that are not
 * targets. A proposal counts as right when unit, target value, date, direction and relative form
 * all match; precision and recall are printed and must each reach 90 %.
 */
type Want = Pick<ProposedKpi, 'unit' | 'targetValue' | 'targetDate' | 'direction' | 'relative'> | null;
const pct = (targetValue: number, targetDate: string | null, direction: 'higher' | 'lower' = 'higher'): Want => ({ unit: 'percent', targetValue, targetDate, direction, relative: false });
const rel = (targetValue: number, targetDate: string | null): Want => ({ unit: 'percent', targetValue, targetDate, direction: targetValue < 0 ? 'lower' : 'higher', relative: true });
const abs = (unit: 'kronor' | 'days' | 'count', targetValue: number, targetDate: string | null, direction: 'higher' | 'lower'): Want => ({ unit, targetValue, targetDate, direction, relative: false });

const corpus: [string, Want][] = [
  ['Vid utgången av 2010 skall 75 % av inkomna synpunkter hanteras via Synpunkten.', pct(75, '2010-12-31')],
  ['Kommunen ska minska handläggningstiden med 25 % till 2027.', rel(-25, '2027-12-31')],
  ['Alla skolor ska ha tillgång till trådlöst nätverk senast 2026.', pct(100, '2026-12-31')],
  ['Senast 2025 ska 90 procent av ärendena kunna startas digitalt.', pct(90, '2025-12-31')],
  ['Andelen e-tjänster som används ska öka till 60 % år 2024.', pct(60, '2024-12-31')],
  ['Kostnaden för licenser ska sänkas med 10 procent jämfört med 2022, senast 2025.', rel(-10, '2025-12-31')],
  ['IT-kostnaden per anställd ska understiga 12 000 kr senast 2026.', abs('kronor', 12000, '2026-12-31', 'lower')],
  ['Genom samordnade inköp ska kommunen spara 1,5 miljoner kronor per år till 2027.', abs('kronor', 1500000, '2027-12-31', 'higher')],
  ['Svarstiden på e-post ska vara högst 2 arbetsdagar från och med 2025.', abs('days', 2, '2025-12-31', 'lower')],
  ['Ett beslut om bygglov ska lämnas inom 10 veckor senast 2026.', abs('days', 70, '2026-12-31', 'lower')],
  ['Minst 20 e-tjänster ska finnas i e-tjänsteportalen vid utgången av 2025.', abs('count', 20, '2025-12-31', 'higher')],
  ['Antalet allvarliga it-incidenter ska halveras till 2026.', rel(-50, '2026-12-31')],
  ['Antalet digitala möten ska fördubblas senast 2025.', rel(100, '2025-12-31')],
  ['Senast den 30 juni 2025 ska 80 % av medarbetarna ha genomgått utbildning i informationssäkerhet.', pct(80, '2025-06-30')],
  ['Samtliga verksamhetssystem ska ha en utsedd systemägare senast december 2024.', pct(100, '2024-12-31')],
  ['Målvärde 2026: 95 % av invånarna är nöjda med kommunens webbplats.', pct(95, '2026-12-31')],
  ['Tillgängligheten för kritiska system ska vara minst 99,5 % under 2025.', pct(99.5, '2025-12-31')],
  ['Energiförbrukningen i serverhallen ska vara 15 % lägre 2027 än 2023.', rel(-15, '2027-12-31')],
  ['By 2025, 75 % of all applications shall be submitted online.', pct(75, '2025-12-31')],
  ['We will reduce printing costs by 30 % by the end of 2026.', rel(-30, '2026-12-31')],
  ['All schools must have a digital learning platform by 2025.', pct(100, '2025-12-31')],
  ['Response time for support tickets shall be no more than 3 days by 2026.', abs('days', 3, '2026-12-31', 'lower')],
  ['At least 12 services will be offered through the citizen portal by 2027.', abs('count', 12, '2027-12-31', 'higher')],
  ['The share of satisfied users should increase to 85 % by 2026-06-30.', pct(85, '2026-06-30')],
  ['Nöjdheten bland användarna ska öka med 10 procent till 2028.', rel(10, '2028-12-31')],
  ['Kommunen ska erbjuda 50 digitala självservicetjänster senast 2027.', abs('count', 50, '2027-12-31', 'higher')],
  ['Inga personuppgiftsincidenter ska leda till sanktionsavgift under 2025.', abs('count', 0, '2025-12-31', 'lower')],
  ['Andelen fakturor som hanteras elektroniskt ska vara 98 procent.', pct(98, null)],
  ['Vid utgången av 2026 ska tio återkommande administrativa processer vara automatiserade.', abs('count', 10, '2026-12-31', 'higher')],
  ['Målet är att vid utgången av 2023 ska minst hälften av nattillsynen ske digitalt.', pct(50, '2023-12-31')],
  ['Samtliga medarbetare har genomgått utbildning i informationssäkerhet senast 2025.', pct(100, '2025-12-31')],
  ['Every school shall offer at least 3 digital tools to each pupil by 2027.', abs('count', 3, '2027-12-31', 'higher')],
  // Numbers that are not targets: years, paragraphs, amounts spent, section numbers, counts reported.
  ['Policyn antogs av kommunfullmäktige 2017 och ska revideras 2021.', null],
  ['Enligt 5 § förvaltningslagen ska myndigheten vara tillgänglig.', null],
  ['Under 2022 lade kommunen 3,2 miljoner kr på licenser.', null],
  ['Se avsnitt 2.3 för ansvarsfördelningen.', null],
  ['Kommunen har cirka 12 000 invånare och 1 100 medarbetare.', null],
  ['Strategin gäller för perioden 2020–2024.', null],
  ['I kapitel 4 beskrivs hur målen följs upp.', null],
  ['In 2019 the municipality spent 4 million kronor on IT.', null],
  ['The policy was adopted on 14 November 2017 (KS 2017/123).', null],
  ['Informationssäkerhetsarbetet ska bedrivas enligt SS-EN ISO/IEC 27001:2017.', null],
  ['Kommunen ska följa dataskyddsförordningen (EU) 2016/679.', null],
  ['Budgeten för 2024 uppgick till 18 miljoner kronor.', null],
  ['Enligt 2.3 ska alla system klassas.', null],
  ['Alla nämnder antog planen 2019.', null],
  ['Sex av tio invånare använde e-tjänsterna under 2023.', null],
  ['The strategy covers 2024 to 2027 and replaces the plan from 2019.', null],
];

const matches = (got: ProposedKpi | null, want: Want) =>
  got !== null && want !== null && got.unit === want.unit && got.targetValue === want.targetValue && got.targetDate === want.targetDate && got.direction === want.direction && got.relative === want.relative;

describe('KPIs proposed from goals with numbers', () => {
  it('finds the measurable targets of at least 30 sentences in many styles: at least 90 % precision and recall', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    let right = 0;
    let proposed = 0;
    const targets = corpus.filter(([, want]) => want).length;
    const misses: string[] = [];
    for (const [sentence, want] of corpus) {
      const got = proposeKpi(sentence);
      if (got) proposed++;
      if (matches(got, want)) right++;
      else if (got || want) misses.push(`${sentence}\n  got  ${JSON.stringify(got && { ...got, name: undefined, definition: undefined, source: undefined })}\n  want ${JSON.stringify(want)}`);
    }
    const precision = proposed ? right / proposed : 1;
    const recall = right / targets;
    console.log(`KPI sentences: ${corpus.length}, targets ${targets}, proposed ${proposed}, right ${right}; precision ${(precision * 100).toFixed(1)} %, recall ${(recall * 100).toFixed(1)} %\n${misses.join('\n')}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('names the KPI after what is measured and keeps the sentence and a definition to confirm', () => {
    const kpi = proposeKpi('Vid utgången av 2010 skall 75 % av inkomna synpunkter hanteras via Synpunkten.')!;
    expect(kpi.name).toBe('Andel inkomna synpunkter hanterade via Synpunkten');
    expect(kpi.source).toBe('Vid utgången av 2010 skall 75 % av inkomna synpunkter hanteras via Synpunkten.');
    expect(kpi.definition).toContain('Att bekräfta');
    expect(proposeKpi('Kommunen ska minska handläggningstiden med 25 % till 2027.')!.name).toBe('Handläggningstid (dagar)');
    expect(proposeKpi('By 2025, 75 % of all applications shall be submitted online.')!.definition).toContain('To confirm');
  });

  it('keeps a relative target as levels the follow-up judges: a quarter less than the baseline', () => {
    // An index: the baseline is 100, the target the level after the change.
    expect(relativeTargetLevel(100, -25)).toBe(75);
    // A baseline in the goal's own unit: 40 days of handling time, a quarter less is 30.
    expect(relativeTargetLevel(40, -25)).toBe(30);
    expect(relativeTargetLevel(200, 100)).toBe(400);
    const facts = (value: number) => ({
      direction: 'lower' as const,
      baseline: { value: 40, date: '2024-12-31' },
      targets: [{ value: relativeTargetLevel(40, -25), targetDate: '2027-12-31' }],
      measurements: [{ periodEnd: '2025-12-31', value }],
    });
    expect(evaluateKpi(facts(29), '2026-01-15').status).toBe('met');
    expect(evaluateKpi(facts(36), '2026-01-15').status).toBe('on_track');
    expect(evaluateKpi(facts(39.5), '2026-01-15').status).toBe('at_risk');
  });
});
