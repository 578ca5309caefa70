/**
 * The demo municipality's steering documents, goals and KPIs: an IT policy with guiding
 * principles, an IT strategy with focus areas and measurable goals modelled on Oskarshamn's
 * e-strategy, a guideline, a department's action plan, a replaced strategy and a draft under
 * consultation. Plain data; dates are relative to the seeding day (months ago), so "due" stays true.
 */
import type { ItemKind } from '../../../shared/documents.js';

export interface DemoItem {
  kind: ItemKind;
  number: string;
  title: string;
  text?: string;
  /** A key the KPIs below refer to. */
  key?: string;
  children?: DemoItem[];
}

export interface DemoDocument {
  key: string;
  title: string;
  typeKey: 'policy' | 'strategi' | 'riktlinje' | 'handlingsplan';
  ownerKey: string;
  parentKey: string | null;
  /** null: a draft; a number: decided that many months ago. */
  decidedMonthsAgo: number | null;
  status: 'draft' | 'consultation' | 'adopted' | 'replaced';
  diarienummer: string | null;
  decidingBody: string;
  body: string;
  items: DemoItem[];
  replacedByKey?: string;
}

export interface DemoKpi {
  goalKey: string;
  name: string;
  definition: string;
  unit: 'percent' | 'kronor' | 'days' | 'count' | 'index';
  direction: 'higher' | 'lower';
  ownerKey: string;
  baseline: { value: number; yearsAgo: number } | null;
  /** Target dates as the end of a year relative to this one (0 = this year). */
  targets: { value: number; yearOffset: number }[];
  /** Yearly values from the oldest; the last is for last year. */
  yearly: number[];
}

export const demoDocuments: DemoDocument[] = [
  {
    key: 'policy',
    title: 'IT-policy för Roders kommun',
    typeKey: 'policy',
    ownerKey: 'itchef',
    parentKey: null,
    decidedMonthsAgo: 58,
    status: 'adopted',
    diarienummer: 'KS 2021/0147',
    decidingBody: 'Kommunfullmäktige',
    body: [
      '## Syfte',
      '',
      'IT-policyn anger kommunens förhållningssätt till informationsteknik. Den styr all IT-verksamhet i kommunens förvaltningar och bolag och följs upp årligen.',
      '',
      '## Omfattning',
      '',
      'Policyn gäller alla förvaltningar, nämnder och anställda. Den kompletteras av IT-strategin, riktlinjer och förvaltningarnas årliga handlingsplaner.',
      '',
      '## Vägledande principer',
      '',
      'Principerna nedan ska vägleda varje beslut om IT, från ett nytt verksamhetssystem till en ny e-tjänst.',
    ].join('\n'),
    items: [
      { kind: 'principle', number: 'P1', title: 'Invånare och anställda har enkel tillgång till kvalitetssäkrad information' },
      { kind: 'principle', number: 'P2', title: 'Verksamhetens behov styr, IT:s möjligheter tas till vara' },
      { kind: 'principle', number: 'P3', title: 'Ingen IT-lösning införs innan nyttan är klarlagd', text: 'Varje projekt och varje e-tjänst nyttovärderas innan beslut.' },
      { kind: 'principle', number: 'P4', title: 'Gemensam infrastruktur vägs mot verksamhetens behov' },
      { kind: 'principle', number: 'P5', title: 'Befintliga lösningar först, egna och samverkanspartners', text: 'Innan något köps prövas om behovet kan mötas av ett befintligt system internt eller inom samverkan.' },
      { kind: 'principle', number: 'P6', title: 'Små steg i riktning mot visionen' },
      { kind: 'principle', number: 'P7', title: 'Kraven på användarna är tydliga' },
      { kind: 'principle', number: 'P8', title: 'Policyn följs och följs upp; avvikelser är medvetna beslut' },
    ],
  },
  {
    key: 'strategy_old',
    title: 'IT-strategi 2019–2022',
    typeKey: 'strategi',
    ownerKey: 'itchef',
    parentKey: 'policy',
    decidedMonthsAgo: 80,
    status: 'replaced',
    diarienummer: 'KS 2019/0088',
    decidingBody: 'Kommunfullmäktige',
    body: '## Inledning\n\nStrategin ersattes av IT-strategi 2024–2027.',
    items: [{ kind: 'goal', number: '1', title: 'Alla skolor har trådlöst nätverk' }],
    replacedByKey: 'strategy',
  },
  {
    key: 'strategy',
    title: 'IT-strategi 2024–2027',
    typeKey: 'strategi',
    ownerKey: 'itchef',
    parentKey: 'policy',
    decidedMonthsAgo: 26,
    status: 'adopted',
    diarienummer: 'KS/2024:212-005',
    decidingBody: 'Kommunfullmäktige',
    body: [
      '## Inledning',
      '',
      'Strategin omsätter IT-policyn i mål för fyra år. Målen är mätbara, har ett utgångsvärde och ett datum, och följs upp varje år i rapporten till kommunstyrelsen.',
      '',
      '## Fokusområden',
      '',
      'Strategin har tre fokusområden kopplade till kommunens mål: e-demokrati, e-service och e-förvaltning.',
      '',
      '## Uppföljning',
      '',
      'Varje nyckeltal har en ansvarig som rapporterar utfallet per helår.',
    ].join('\n'),
    items: [
      {
        kind: 'focus_area',
        number: '1',
        title: 'E-demokrati',
        children: [
          { kind: 'goal', number: '1.1', title: 'Synpunkter och klagomål hanteras digitalt', key: 'complaints' },
          { kind: 'goal', number: '1.2', title: 'Invånarna är nöjda med kontakten med kommunen', key: 'satisfaction' },
        ],
      },
      {
        kind: 'focus_area',
        number: '2',
        title: 'E-service',
        children: [
          { kind: 'goal', number: '2.1', title: 'Möjliga e-tjänster är införda', key: 'eservices' },
          { kind: 'goal', number: '2.2', title: 'Alla kommunala blanketter är digitala', key: 'forms' },
        ],
      },
      {
        kind: 'focus_area',
        number: '3',
        title: 'E-förvaltning',
        children: [
          { kind: 'goal', number: '3.1', title: 'Handläggningstiden per ärende minskar med 25 %', key: 'handling' },
          { kind: 'goal', number: '3.2', title: 'IT-kostnaden hålls under kontroll', key: 'itcost' },
        ],
      },
    ],
  },
  {
    key: 'security',
    title: 'Riktlinje för informationssäkerhet',
    typeKey: 'riktlinje',
    ownerKey: 'itstrateg',
    parentKey: 'strategy',
    decidedMonthsAgo: 14,
    status: 'adopted',
    diarienummer: 'KS 2025/0031',
    decidingBody: 'IT-gruppen',
    body: '## Syfte\n\nInformationen ska vara tillgänglig under överenskomna tider, åtkomlig endast för behöriga, riktig och spårbar.\n\n## Klassning\n\nAll information klassas för konfidentialitet, riktighet och tillgänglighet.',
    items: [
      { kind: 'principle', number: 'S1', title: 'Sekretess: ingen obehörig får ta del av information' },
      { kind: 'principle', number: 'S2', title: 'Riktighet: information ändras inte obehörigt eller av misstag' },
      { kind: 'principle', number: 'S3', title: 'Tillgänglighet: information är tillgänglig när den behövs' },
      { kind: 'principle', number: 'S4', title: 'Spårbarhet: varje förändring kan härledas till en person' },
    ],
  },
  {
    key: 'soc_plan',
    title: 'IT-handlingsplan Socialförvaltningen',
    typeKey: 'handlingsplan',
    ownerKey: 'socchef',
    parentKey: 'strategy',
    decidedMonthsAgo: 11,
    status: 'adopted',
    diarienummer: 'SN 2025/0419',
    decidingBody: 'Socialnämnden',
    body: '## Årets insatser\n\nFörvaltningen inför digital ansökan om ekonomiskt bistånd och ser över sina verksamhetssystem.',
    items: [
      { kind: 'goal', number: '1', title: 'Ansökan om ekonomiskt bistånd kan göras digitalt' },
      { kind: 'goal', number: '2', title: 'Verksamhetssystemen har en utsedd systemägare' },
    ],
  },
  {
    key: 'ai',
    title: 'Riktlinje för användning av AI-tjänster',
    typeKey: 'riktlinje',
    ownerKey: 'digstrateg',
    parentKey: 'strategy',
    decidedMonthsAgo: null,
    status: 'consultation',
    diarienummer: null,
    decidingBody: 'IT-gruppen',
    body: '## Syfte\n\nRiktlinjen anger när och hur AI-tjänster får användas i kommunens verksamhet.\n\n## Remiss\n\nFörslaget är på remiss hos förvaltningarna.',
    items: [
      { kind: 'principle', number: 'A1', title: 'Personuppgifter matas aldrig in i öppna AI-tjänster' },
      { kind: 'principle', number: 'A2', title: 'En människa ansvarar alltid för beslutet' },
    ],
  },
];

/** Oskarshamn's measurable goals, in Roders kommun: some on track, some not. */
export const demoKpis: DemoKpi[] = [
  {
    goalKey: 'complaints',
    name: 'Andel synpunkter som hanteras digitalt',
    definition: 'Antal synpunkter och klagomål som kommit in och hanterats via e-tjänsten Synpunkten, delat med alla synpunkter och klagomål som kommit in under året, i procent.',
    unit: 'percent',
    direction: 'higher',
    ownerKey: 'kommchef',
    baseline: { value: 35, yearsAgo: 3 },
    targets: [{ value: 75, yearOffset: 1 }],
    yearly: [46, 58],
  },
  {
    goalKey: 'satisfaction',
    name: 'Nöjd-Medborgar-Index för kontakten med kommunen',
    definition: 'SCB:s medborgarundersökning, index för delfrågan om hur lätt det är att komma i kontakt med politiker och tjänstemän (0–100).',
    unit: 'index',
    direction: 'higher',
    ownerKey: 'kommchef',
    baseline: { value: 55, yearsAgo: 3 },
    targets: [{ value: 70, yearOffset: 1 }],
    yearly: [56, 57],
  },
  {
    goalKey: 'eservices',
    name: 'Andel möjliga e-tjänster som är införda',
    definition: 'Antal införda e-tjänster delat med antal ärendetyper som bedömts möjliga att erbjuda som e-tjänst (kartläggningen 2024), i procent.',
    unit: 'percent',
    direction: 'higher',
    ownerKey: 'digstrateg',
    baseline: { value: 30, yearsAgo: 3 },
    targets: [{ value: 80, yearOffset: 0 }],
    yearly: [45, 58],
  },
  {
    goalKey: 'forms',
    name: 'Andel kommunala blanketter som finns digitalt',
    definition: 'Antal blanketter på kommunens webbplats som går att fylla i och skicka digitalt, delat med alla blanketter, i procent.',
    unit: 'percent',
    direction: 'higher',
    ownerKey: 'digstrateg',
    baseline: { value: 60, yearsAgo: 3 },
    targets: [{ value: 100, yearOffset: -1 }],
    yearly: [85, 100],
  },
  {
    goalKey: 'handling',
    name: 'Genomsnittlig handläggningstid per ärende',
    definition: 'Kalenderdagar från registrering till beslut, medel över alla avslutade ärenden i ärendehanteringssystemet under året.',
    unit: 'days',
    direction: 'lower',
    ownerKey: 'kanslichef',
    baseline: { value: 24, yearsAgo: 3 },
    targets: [{ value: 18, yearOffset: 1 }],
    yearly: [22, 20.5],
  },
  {
    goalKey: 'itcost',
    name: 'IT-kostnad som andel av driftbudgeten',
    definition: 'Kommunens samlade IT-kostnader (licenser, drift, personal, tjänster) delat med kommunens totala driftkostnader, i procent.',
    unit: 'percent',
    direction: 'lower',
    ownerKey: 'ekonomichef',
    baseline: { value: 4.1, yearsAgo: 3 },
    targets: [{ value: 3.5, yearOffset: -1 }],
    yearly: [3.9, 3.8],
  },
];
