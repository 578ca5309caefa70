import { describe, expect, it } from 'vitest';
import { parseBlocks } from './import-blocks.js';
import { actionTablesUnder, deadlineOf, periodEndOf, proposeAssignment } from './import-assignments.js';
import { proposeKpi } from './import-kpi.js';

/** An assignment sentence with the party and deadline it should propose, or a sentence that gives none. */
type Case = [sentence: string, expected: { party: string | null; dueOn: string | null } | null];

/** The document's period in these cases ends 2027-12-31 ("under perioden"). */
const PERIOD_END = '2027-12-31';

/**
 * A corpus of sentences in the styles municipal documents use (issue 13, item 7): half give an
 * assignment, half are goals with numbers, principles, definitions, responsibilities and
 * recurring duties, which must not.
 */
const CASES: Case[] = [
  // Assignments, Swedish.
  ['En it-säkerhetspolicy ska under perioden skapas.', { party: null, dueOn: PERIOD_END }],
  ['Kommunstyrelsen får i uppdrag att ta fram en plan för informationssäkerhet.', { party: 'Kommunstyrelsen', dueOn: null }],
  ['IT-chefen uppdras att utreda förutsättningarna för en gemensam e-tjänsteplattform.', { party: 'IT-chefen', dueOn: null }],
  ['Socialnämnden ska senast 30 juni 2027 redovisa hur välfärdstekniken används.', { party: 'Socialnämnden', dueOn: '2027-06-30' }],
  ['Under 2027 ska en handlingsplan för digitalisering tas fram.', { party: null, dueOn: '2027-12-31' }],
  ['En plan för kontinuitet ska upprättas senast 2026-03-31.', { party: null, dueOn: '2026-03-31' }],
  ['Digitaliseringschefen ska under 2026 genomföra en kartläggning av kommunens e-tjänster.', { party: 'Digitaliseringschefen', dueOn: '2026-12-31' }],
  ['Förvaltningscheferna ges i uppdrag att inventera verksamhetens system.', { party: 'Förvaltningscheferna', dueOn: null }],
  ['Kommundirektören får i uppdrag att senast den 1 december 2026 lämna förslag på en ny organisation för IT-stödet.', { party: 'Kommundirektören', dueOn: '2026-12-01' }],
  ['En riktlinje för molntjänster ska utarbetas under perioden.', { party: null, dueOn: PERIOD_END }],
  ['Informationssäkerhetssamordnaren ska införa ett ledningssystem för informationssäkerhet före utgången av 2025.', { party: 'Informationssäkerhetssamordnaren', dueOn: '2025-12-31' }],
  ['Barn- och utbildningsnämnden ska ta fram en plan för digitala läromedel.', { party: 'Barn- och utbildningsnämnden', dueOn: null }],
  ['Under strategiperioden ska en ny webbplats byggas upp.', { party: null, dueOn: PERIOD_END }],
  ['En arkivredovisning skall upprättas för samtliga verksamhetssystem.', { party: null, dueOn: null }],
  ['Kommunen ska senast 2026 utvärdera behovet av en e-arkivlösning.', { party: null, dueOn: '2026-12-31' }],
  ['Socialförvaltningen ska revidera rutinen för behörighetstilldelning under 2026.', { party: 'Socialförvaltningen', dueOn: '2026-12-31' }],
  ['Dataskyddsombudet ska senast i juni 2026 presentera en samlad bild av kommunens personuppgiftsbehandlingar.', { party: 'Dataskyddsombudet', dueOn: '2026-06-30' }],
  ['Servicenämnden uppdras att upphandla ett nytt ärendehanteringssystem.', { party: 'Servicenämnden', dueOn: null }],
  ['En gemensam informationsklassning ska genomföras inom planperioden.', { party: null, dueOn: PERIOD_END }],
  ['Ekonomichefen ska till 2026 sammanställa kostnaderna för kommunens licenser.', { party: 'Ekonomichefen', dueOn: '2026-12-31' }],
  ['IT-avdelningen ska avveckla de äldre filservrarna under 2025.', { party: 'IT-avdelningen', dueOn: '2025-12-31' }],
  // Assignments, English.
  ['The CIO is tasked with developing a cloud strategy by the end of 2026.', { party: 'CIO', dueOn: '2026-12-31' }],
  ['A data protection plan shall be drawn up during the strategy period.', { party: null, dueOn: PERIOD_END }],
  ['The executive board is commissioned to review the IT governance model by June 30, 2027.', { party: 'Executive board', dueOn: '2027-06-30' }],
  ['The IT manager will produce an inventory of all business systems in 2026.', { party: 'IT manager', dueOn: '2026-12-31' }],
  // Not assignments: goals with a quantity (KPIs).
  ['Vid utgången av 2027 ska 75 % av alla ärenden hanteras digitalt.', null],
  ['Senast 2026 ska minst 20 e-tjänster tas fram.', null],
  ['Handläggningstiden ska minska med 25 % till 2027.', null],
  ['By 2026, 90 per cent of applications shall be submitted online.', null],
  ['Kostnaden för licenser ska understiga 3 miljoner kronor senast 2027.', null],
  // Not assignments: principles and states.
  ['Alla system ska ha en utsedd systemägare.', null],
  ['Informationssäkerheten ska vara en del av all verksamhetsplanering.', null],
  ['Kommunens e-tjänster ska vara tillgängliga för alla invånare.', null],
  ['Medarbetare ska använda stark autentisering vid distansarbete.', null],
  ['All personal data must be handled in accordance with the GDPR.', null],
  ['Vi ska vara en kommun där det är enkelt att göra rätt.', null],
  ['Lösenord ska bytas om det finns misstanke om att de röjts.', null],
  // Not assignments: responsibilities and recurring duties.
  ['Kommunstyrelsen ansvarar för att policyn tas fram och följs upp.', null],
  ['IT-chefen har det övergripande ansvaret för att system upphandlas enligt denna riktlinje.', null],
  ['The CIO is responsible for implementing the security programme.', null],
  ['Handlingsplanen ska revideras årligen av kommunstyrelsen.', null],
  ['Systemägaren ska löpande rapportera incidenter till informationssäkerhetssamordnaren.', null],
  // Not assignments: definitions, history and reports.
  ['Systemägare: den chef som ansvarar för att ett system finns och fungerar.', null],
  ['År 2023 genomfördes en kartläggning av kommunens system.', null],
  ['Policyn antogs av kommunfullmäktige den 14 november 2023.', null],
  ['Strategin gäller för perioden 2024–2027.', null],
  ['En handlingsplan togs fram 2022 och har nu genomförts.', null],
];

function measure() {
  let truePositive = 0;
  let proposed = 0;
  const wrong: string[] = [];
  const positives = CASES.filter(([, e]) => e).length;
  for (const [sentence, expected] of CASES) {
    const got = proposeAssignment(sentence, PERIOD_END);
    if (got) proposed++;
    const right = expected !== null && got !== null && got.party === expected.party && got.dueOn === expected.dueOn;
    if (right) truePositive++;
    else if (expected || got) wrong.push(`${sentence}\n    expected ${JSON.stringify(expected)}\n    got ${JSON.stringify(got && { party: got.party, dueOn: got.dueOn })}`);
  }
  return { precision: proposed ? truePositive / proposed : 1, recall: truePositive / positives, positives, proposed, truePositive, wrong };
}

describe('assignments proposed from sentences', () => {
  it('holds at least 40 sentences, about half of them negatives, some English', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const negatives = CASES.filter(([, e]) => !e).length;
    expect(negatives).toBeGreaterThanOrEqual(CASES.length * 0.45);
    expect(CASES.filter(([s]) => /\b(?:the|shall|will|is)\b/i.test(s)).length).toBeGreaterThanOrEqual(5);
  });

  it('finds the assignments with their party and deadline: at least 90 % precision and recall', () => {
    const m = measure();
    console.log(`Assignment sentences: ${m.truePositive} right of ${m.positives} expected, ${m.proposed} proposed; precision ${(m.precision * 100).toFixed(1)} %, recall ${(m.recall * 100).toFixed(1)} %${m.wrong.length ? `\n  ${m.wrong.join('\n  ')}` : ''}`);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('trims the party and the assignment phrase from the text, and keeps the sentence as the source', () => {
    expect(proposeAssignment('Kommunstyrelsen får i uppdrag att ta fram en plan för informationssäkerhet.')).toEqual({
      title: 'Ta fram en plan för informationssäkerhet',
      party: 'Kommunstyrelsen',
      dueOn: null,
      source: 'Kommunstyrelsen får i uppdrag att ta fram en plan för informationssäkerhet.',
    });
    expect(proposeAssignment('En it-säkerhetspolicy ska under perioden skapas.')?.title).toBe('En it-säkerhetspolicy ska under perioden skapas');
    expect(proposeAssignment('The CIO is tasked with developing a cloud strategy.')?.title).toBe('Developing a cloud strategy');
  });

  it('leaves "under perioden" without a deadline when the document names no period', () => {
    expect(proposeAssignment('En it-säkerhetspolicy ska under perioden skapas.', null)?.dueOn).toBeNull();
  });

  it('never claims a sentence that is a KPI, and the KPIs of the corpus are not assignments', () => {
    for (const [sentence, expected] of CASES) {
      if (expected && proposeAssignment(sentence, PERIOD_END)) continue;
      if (proposeKpi(sentence) && proposeAssignment(sentence, PERIOD_END)) throw new Error(`both: ${sentence}`);
    }
    expect(proposeKpi('Vid utgången av 2027 ska 75 % av alla ärenden hanteras digitalt.')).not.toBeNull();
  });
});

describe('deadlines and periods', () => {
  it('reads a day, a month, a year and the period', () => {
    expect(deadlineOf('senast 30 juni 2027', null)).toBe('2027-06-30');
    expect(deadlineOf('senast 31 februari 2027', null)).toBe('2027-02-28');
    expect(deadlineOf('under 2027', null)).toBe('2027-12-31');
    expect(deadlineOf('by the end of 2026', null)).toBe('2026-12-31');
    expect(deadlineOf('under perioden', '2028-12-31')).toBe('2028-12-31');
    expect(deadlineOf('inom kort', '2028-12-31')).toBeNull();
  });

  it('reads the period from the title or a validity sentence', () => {
    expect(periodEndOf('Digitaliseringsstrategi 2024–2027', '')).toBe('2027-12-31');
    expect(periodEndOf('IT-policy', 'Policyn gäller till och med 2026-06-30.')).toBe('2026-06-30');
    expect(periodEndOf('Handlingsplan', 'Planen avser åren 2025-2026.')).toBe('2026-12-31');
    expect(periodEndOf('Strategi för e-hälsa', 'Strategi för e-hälsa\nVästerfjällets kommun 2022–2025\n\nInledning')).toBe('2025-12-31');
    expect(periodEndOf('IT-policy', 'IT-policy\n\nPolicyn bygger på planen 2021–2025.')).toBeNull();
    expect(periodEndOf('IT-policy', 'Antagen 2023-11-14.')).toBeNull();
  });
});

describe('action tables', () => {
  const goal = (title: string) => ({ title, children: [] as never[] });
  const tablesOf = (text: string, titles: string[]) => {
    const items = titles.map(goal);
    const found = actionTablesUnder(parseBlocks(text, true).blocks, items);
    return items.map((i) => (found.get(i) ?? []).map(({ title, party, dueOn }) => ({ title, party, dueOn })));
  };

  it('reads each row of a table of what, who and by when as an assignment of the goal above it, under a numbered heading', () => {
    const text = [
      '## Mål 1: Fler ärenden digitalt', '', '| Aktivitet | Ansvarig | Klart |', '| --- | --- | --- |', '| Införa e-tjänst för bygglov | Bygglovschef | 2027-03-31 |', '| Informera sökande | Kommunikatör | juni 2027 |', '',
      '## 2.1 Trygg tillsyn', '', '| Activity | Responsible | Due |', '| --- | --- | --- |', '| Write a routine | CISO | Q2 2027 |', '| Train the staff | | 2027 |',
    ].join('\n');
    expect(tablesOf(text, ['Fler ärenden digitalt', 'Trygg tillsyn'])).toEqual([
      [
        { title: 'Införa e-tjänst för bygglov', party: 'Bygglovschef', dueOn: '2027-03-31' },
        { title: 'Informera sökande', party: 'Kommunikatör', dueOn: '2027-06-30' },
      ],
      [
        { title: 'Write a routine', party: 'CISO', dueOn: '2027-06-30' },
        { title: 'Train the staff', party: null, dueOn: '2027-12-31' },
      ],
    ]);
  });

  it('leaves tables that name no task and no one who does it: responsibilities, indicators, versions', () => {
    const text = [
      '## Ansvar', '', '| Part | Ansvar |', '| --- | --- |', '| IT-chef | Leder arbetet |', '',
      '## Mål', '', '| Indikator | Utgångsvärde | Målvärde |', '| --- | --- | --- |', '| Andel digitala ansökningar | 40 | 75 |', '',
      '## Versioner', '', '| Version | Datum | Ändring |', '| --- | --- | --- |', '| 1.0 | 2026-01-01 | Ny |',
    ].join('\n');
    expect(tablesOf(text, ['Ansvar', 'Mål', 'Versioner'])).toEqual([[], [], []]);
  });
});
