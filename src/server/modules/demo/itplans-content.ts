/**
 * The demo's IT plans (issue 14): last year's round, every department's plan submitted, and this
 * year's round revised from it, where most departments have submitted, one has started and one has
 * not. The needs are worded as Swedish departments write them, with real duplicates between
 * departments in different words (an e-archive, digital signing, Microsoft 365, indoor-climate
 * sensors) for the strategist to merge, and near misses that only share words (e-services for
 * different cases, "signering" of medicines, mobile work in other systems) for the strategist to
 * dismiss. Plain data: seed-itplans.ts writes it through the IT-plans commands.
 *
 * Years are offsets from the round's first year (0, 1, 2), so the demo stays current on any day.
 */

/** A benefit as a project states it; `yearOffset` from the round's first year. */
interface DemoBenefit {
  kind: 'direct' | 'indirect' | 'qualitative';
  description: string;
  recipient: string;
  yearlyAmount?: number;
  hoursPerYear?: number;
  hourlyCost?: number;
  score?: number;
  yearOffset: number;
  confidence: 'low' | 'medium' | 'high';
}

interface DemoCost {
  yearOffset: number;
  investment: number;
  running: number;
}

export interface DemoNeed {
  /** Stable within the demo: this year's round revises last year's need of the same key. */
  key: string;
  title: string;
  description: string;
  /** Keys of the IT strategy's goals (documents-content.ts). */
  goalKeys: string[];
  /** Names of systems in the demo register. */
  systems: string[];
  /** Codes of the capability catalogue. */
  capabilityCodes: string[];
  priority: 1 | 2 | 3;
  costs: DemoCost[];
  benefit?: DemoBenefit[];
}

export interface DemoPlan {
  departmentCode: string;
  /** Who writes it: the department's head (the IT-chef for the KLF, which has none). */
  writerKey: string;
  needs: DemoNeed[];
}

/** A department's plan in this year's round: what changes from last year's, and how far it got. */
export interface DemoRevision {
  departmentCode: string;
  writerKey: string;
  status: 'submitted' | 'started' | 'not_started';
  /** Last year's needs (by key) with new fields; the rest are carried as they were. */
  revise: Record<string, Partial<Omit<DemoNeed, 'key'>>>;
  /** Last year's needs that are done or dropped. */
  remove: string[];
  add: DemoNeed[];
}

/** Whole kronor from thousands, as the needs are written. */
export const kr = (thousands: number) => thousands * 1000;

/** Last year's round: the period starting this calendar year. Every department submitted. */
export const previousRoundPlans: DemoPlan[] = [
  {
    departmentCode: 'KLF',
    writerKey: 'itchef',
    needs: [
      {
        key: 'klf-earkiv',
        title: 'E-arkiv för kommunens slutarkivering',
        description:
          'Kommunen saknar ett e-arkiv. Avslutade ärenden i diariet skrivs i dag ut och arkiveras på papper. Ett gemensamt e-arkiv enligt FGS-standard ska ta emot handlingar från diariet och verksamhetssystemen, så att de kan gallras ur systemen och bevaras digitalt.',
        goalKeys: ['handling', 'itcost'],
        systems: ['Formpipe Long-Term Archive', 'Public 360°'],
        capabilityCodes: ['ADM.ARKIV'],
        priority: 1,
        costs: [
          { yearOffset: 0, investment: kr(900), running: kr(150) },
          { yearOffset: 1, investment: kr(300), running: kr(250) },
          { yearOffset: 2, investment: 0, running: kr(250) },
        ],
        benefit: [
          { kind: 'indirect', description: 'Mindre tid för utskrift, arkivläggning och framtagning av pappershandlingar', recipient: 'Kommunledningsförvaltningen', hoursPerYear: 1200, hourlyCost: 450, yearOffset: 1, confidence: 'medium' },
          { kind: 'direct', description: 'Lägre kostnad för arkivlokaler och arkivkartonger', recipient: 'Kommunledningsförvaltningen', yearlyAmount: kr(120), yearOffset: 2, confidence: 'low' },
        ],
      },
      {
        key: 'klf-m365',
        title: 'Migrering av e-post och filytor till Microsoft 365',
        description:
          'Exchange-servern och de gemensamma filytorna är i slutet av sin livslängd. E-post, kalendrar och filytor flyttas till Microsoft 365 (Exchange Online, SharePoint och Teams) efter en risk- och sårbarhetsanalys och en DPIA.',
        goalKeys: ['itcost'],
        systems: ['Microsoft Exchange Server', 'Gemensamma filytor', 'Microsoft 365'],
        capabilityCodes: ['IT.EPOST', 'IT.KONTOR'],
        priority: 1,
        costs: [
          { yearOffset: 0, investment: kr(1200), running: kr(600) },
          { yearOffset: 1, investment: kr(400), running: kr(1400) },
          { yearOffset: 2, investment: 0, running: kr(1400) },
        ],
        benefit: [{ kind: 'direct', description: 'Avvecklade servrar, lagring och licenser för Exchange och filserver', recipient: 'IT-enheten', yearlyAmount: kr(650), yearOffset: 1, confidence: 'high' }],
      },
      {
        key: 'klf-signering',
        title: 'Digital signering av avtal och protokoll',
        description:
          'Protokoll, avtal och delegationsbeslut skrivs under digitalt med e-legitimation i stället för att skrivas ut, signeras och skannas. Underskrivna handlingar registreras automatiskt i diariet.',
        goalKeys: ['forms', 'handling'],
        systems: ['Comfact Signature', 'Public 360°'],
        capabilityCodes: ['ADM.SIGNERING'],
        priority: 2,
        costs: [
          { yearOffset: 0, investment: kr(150), running: kr(90) },
          { yearOffset: 1, investment: 0, running: kr(90) },
          { yearOffset: 2, investment: 0, running: kr(90) },
        ],
      },
    ],
  },
  {
    departmentCode: 'SOC',
    writerKey: 'socchef',
    needs: [
      {
        key: 'soc-ekbistand',
        title: 'E-tjänst för ansökan om ekonomiskt bistånd',
        description:
          'Den sökande ska kunna ansöka om ekonomiskt bistånd digitalt med e-legitimation, bifoga underlag och följa sitt ärende. Uppgifter hämtas automatiskt via SSBTEK, och ansökan går direkt in i verksamhetssystemet.',
        goalKeys: ['eservices', 'forms', 'handling'],
        systems: ['Treserva IFO', 'Open ePlatform', 'SSBTEK'],
        capabilityCodes: ['SOC.EKBISTAND', 'KOM.ETJANST'],
        priority: 1,
        costs: [
          { yearOffset: 0, investment: kr(450), running: kr(60) },
          { yearOffset: 1, investment: 0, running: kr(120) },
          { yearOffset: 2, investment: 0, running: kr(120) },
        ],
        benefit: [
          { kind: 'indirect', description: 'Kortare handläggning när uppgifter inte behöver matas in för hand', recipient: 'Socialförvaltningen', hoursPerYear: 1800, hourlyCost: 480, yearOffset: 1, confidence: 'medium' },
          { kind: 'qualitative', description: 'Snabbare besked till den sökande', recipient: 'Invånarna', score: 4, yearOffset: 1, confidence: 'medium' },
        ],
      },
      {
        key: 'soc-arkiv',
        title: 'Digital arkivering av socialtjänstens personakter',
        description:
          'Avslutade personakter i individ- och familjeomsorgen ska föras över från verksamhetssystemet till ett e-arkiv i stället för att skrivas ut. Gallring enligt dokumenthanteringsplanen ska kunna göras i e-arkivet.',
        goalKeys: ['handling'],
        systems: ['Treserva IFO', 'Formpipe Long-Term Archive'],
        capabilityCodes: ['ADM.ARKIV', 'SOC.VERKSAMHET'],
        priority: 2,
        costs: [
          { yearOffset: 1, investment: kr(350), running: kr(40) },
          { yearOffset: 2, investment: 0, running: kr(40) },
        ],
      },
    ],
  },
  {
    departmentCode: 'VOF',
    writerKey: 'vofchef',
    needs: [
      {
        key: 'vof-mobil',
        title: 'Mobil dokumentation i hemtjänsten',
        description:
          'Hemtjänstens personal ska dokumentera insatser och avvikelser i mobilen ute hos brukaren, i stället för vid dagens slut på kontoret. Kräver surfplattor eller telefoner med MDM och stark autentisering.',
        goalKeys: ['handling'],
        systems: ['Lifecare Mobil Omsorg', 'Lifecare VoO', 'Microsoft Intune'],
        capabilityCodes: ['VO.DOK'],
        priority: 1,
        costs: [
          { yearOffset: 0, investment: kr(600), running: kr(180) },
          { yearOffset: 1, investment: kr(200), running: kr(360) },
          { yearOffset: 2, investment: 0, running: kr(360) },
        ],
        benefit: [
          { kind: 'indirect', description: 'Mindre tid för dokumentation på kontoret och färre resor tillbaka', recipient: 'Vård- och omsorgsförvaltningen', hoursPerYear: 4000, hourlyCost: 380, yearOffset: 1, confidence: 'medium' },
          { kind: 'qualitative', description: 'Mer aktuell dokumentation och säkrare överlämningar', recipient: 'Brukarna', score: 4, yearOffset: 1, confidence: 'high' },
        ],
      },
      {
        key: 'vof-tillsyn',
        title: 'Digital nattillsyn med kamera',
        description: 'Brukare som vill ska kunna få nattillsyn via kamera i stället för fysiska besök, som stör sömnen. Kopplas till larmplattformen.',
        goalKeys: ['satisfaction'],
        systems: ['Phoniro Care', 'Skyresponse Larmplattform'],
        capabilityCodes: ['VO.LARM'],
        priority: 2,
        costs: [
          { yearOffset: 0, investment: kr(250), running: kr(80) },
          { yearOffset: 1, investment: 0, running: kr(120) },
          { yearOffset: 2, investment: 0, running: kr(120) },
        ],
      },
    ],
  },
  {
    departmentCode: 'BUF',
    writerKey: 'bufchef',
    needs: [
      {
        key: 'buf-larplattform',
        title: 'En gemensam lärplattform för grundskolan',
        description:
          'Skolorna använder i dag tre olika lärplattformar. En gemensam plattform ska samla planering, bedömning och kommunikation med vårdnadshavare, så att elever och föräldrar möter samma system i alla skolor.',
        goalKeys: ['satisfaction', 'itcost'],
        systems: ['Vklass', 'Unikum', 'InfoMentor'],
        capabilityCodes: ['UTB.LARPLATTFORM'],
        priority: 1,
        costs: [
          { yearOffset: 0, investment: kr(500), running: kr(700) },
          { yearOffset: 1, investment: 0, running: kr(700) },
          { yearOffset: 2, investment: 0, running: kr(700) },
        ],
        benefit: [{ kind: 'direct', description: 'Två plattformars licenser avvecklas', recipient: 'Barn- och utbildningsförvaltningen', yearlyAmount: kr(450), yearOffset: 1, confidence: 'high' }],
      },
      {
        key: 'buf-forskoleplats',
        title: 'E-tjänst för ansökan om förskoleplats',
        description: 'Vårdnadshavare ska kunna söka, tacka ja till och säga upp förskoleplats digitalt med e-legitimation, med direkt överföring till förskolesystemet.',
        goalKeys: ['eservices', 'forms'],
        systems: ['IST Förskola', 'Open ePlatform'],
        capabilityCodes: ['UTB.FORSKOLA', 'KOM.ETJANST'],
        priority: 2,
        costs: [
          { yearOffset: 0, investment: kr(180), running: kr(30) },
          { yearOffset: 1, investment: 0, running: kr(30) },
          { yearOffset: 2, investment: 0, running: kr(30) },
        ],
      },
      {
        key: 'buf-elevakter',
        title: 'E-arkivering av elevakter och betyg',
        description: 'Betygskataloger, elevakter och elevhälsans journaler ska bevaras digitalt i kommunens e-arkiv när eleven slutat, i stället för i pärmar på skolorna.',
        goalKeys: ['handling'],
        systems: ['IST Administration', 'PMO Elevhälsa', 'Formpipe Long-Term Archive'],
        capabilityCodes: ['ADM.ARKIV', 'UTB.ELEVADM'],
        priority: 2,
        costs: [
          { yearOffset: 1, investment: kr(250), running: kr(30) },
          { yearOffset: 2, investment: 0, running: kr(30) },
        ],
      },
    ],
  },
  {
    departmentCode: 'SBF',
    writerKey: 'sbfchef',
    needs: [
      {
        key: 'sbf-bygglov',
        title: 'E-tjänst för bygglovsansökan',
        description:
          'Sökande ska kunna ansöka om bygglov, anmäla åtgärder och lämna in ritningar digitalt. Ansökan registreras direkt i ärendesystemet och kompletteringar begärs i samma e-tjänst.',
        goalKeys: ['eservices', 'forms', 'handling'],
        systems: ['ByggR', 'Open ePlatform'],
        capabilityCodes: ['SBF.BYGGLOV', 'KOM.ETJANST'],
        priority: 1,
        costs: [
          { yearOffset: 0, investment: kr(300), running: kr(50) },
          { yearOffset: 1, investment: 0, running: kr(80) },
          { yearOffset: 2, investment: 0, running: kr(80) },
        ],
        benefit: [{ kind: 'indirect', description: 'Färre ofullständiga ansökningar och mindre registrering för hand', recipient: 'Samhällsbyggnadsförvaltningen', hoursPerYear: 900, hourlyCost: 470, yearOffset: 1, confidence: 'medium' }],
      },
      {
        key: 'sbf-signering',
        title: 'E-underskrift av delegationsbeslut i bygglovsärenden',
        description: 'Handläggarnas delegationsbeslut ska kunna skrivas under elektroniskt direkt från ärendesystemet, så att beslutet kan skickas samma dag.',
        goalKeys: ['handling'],
        systems: ['ByggR', 'Assently'],
        capabilityCodes: ['ADM.SIGNERING', 'SBF.BYGGLOV'],
        priority: 2,
        costs: [
          { yearOffset: 0, investment: kr(60), running: kr(40) },
          { yearOffset: 1, investment: 0, running: kr(40) },
          { yearOffset: 2, investment: 0, running: kr(40) },
        ],
      },
    ],
  },
  // The environment department had no IT needs last year; it said so by submitting an empty plan.
  { departmentCode: 'MHF', writerKey: 'mhfchef', needs: [] },
  {
    departmentCode: 'KFF',
    writerKey: 'kffchef',
    needs: [
      {
        key: 'kff-meroppet',
        title: 'Meröppet bibliotek i Norrby',
        description: 'Filialen i Norrby ska hålla öppet utan personal kvällar och helger, med inpassering med lånekort och PIN-kod, självbetjäning och kameraövervakning.',
        goalKeys: ['satisfaction'],
        systems: ['Quria'],
        capabilityCodes: ['KUF.BIBLIOTEK'],
        priority: 2,
        costs: [
          { yearOffset: 0, investment: kr(350), running: kr(45) },
          { yearOffset: 1, investment: 0, running: kr(45) },
          { yearOffset: 2, investment: 0, running: kr(45) },
        ],
      },
      {
        key: 'kff-bokning',
        title: 'Bokning och betalning av lokaler och idrottsanläggningar på webben',
        description: 'Föreningar och invånare ska kunna se lediga tider, boka och betala kommunens lokaler och anläggningar direkt på webben.',
        goalKeys: ['eservices'],
        systems: ['Interbook Go', 'Nexi Checkout'],
        capabilityCodes: ['KUF.BOKNING', 'KOM.ETJANST'],
        priority: 2,
        costs: [
          { yearOffset: 0, investment: kr(120), running: kr(60) },
          { yearOffset: 1, investment: 0, running: kr(60) },
          { yearOffset: 2, investment: 0, running: kr(60) },
        ],
      },
    ],
  },
  {
    departmentCode: 'TEK',
    writerKey: 'tekchef',
    needs: [
      {
        key: 'tek-iot',
        title: 'IoT-sensorer för inomhusklimat i skolor och förskolor',
        description:
          'Trådlösa sensorer mäter temperatur, koldioxid och luftfuktighet i klassrum och på förskoleavdelningar. Värdena styr ventilationen via fastighetssystemet och ger underlag för energibesparing.',
        goalKeys: ['itcost'],
        systems: ['Siemens Desigo CC', 'Metry'],
        capabilityCodes: ['TEK.DRIFTSTYR', 'TEK.FASTIGHET'],
        priority: 2,
        costs: [
          { yearOffset: 0, investment: kr(400), running: kr(60) },
          { yearOffset: 1, investment: kr(400), running: kr(120) },
          { yearOffset: 2, investment: 0, running: kr(120) },
        ],
        benefit: [{ kind: 'direct', description: 'Lägre energikostnad genom behovsstyrd ventilation', recipient: 'Tekniska förvaltningen', yearlyAmount: kr(380), yearOffset: 1, confidence: 'medium' }],
      },
      {
        key: 'tek-felanmalan',
        title: 'Felanmälan i app med kartposition och foto',
        description: 'Invånare ska kunna felanmäla gatubelysning, potthål och klotter i mobilen med position och foto, och få besked när felet är åtgärdat.',
        goalKeys: ['complaints', 'eservices'],
        systems: ['Infracontrol Online'],
        capabilityCodes: ['TEK.FELANMALAN'],
        priority: 2,
        costs: [
          { yearOffset: 0, investment: kr(90), running: kr(40) },
          { yearOffset: 1, investment: 0, running: kr(40) },
          { yearOffset: 2, investment: 0, running: kr(40) },
        ],
      },
    ],
  },
];

/**
 * Needs of this year's round that are one need in different words, in different departments'
 * submitted plans (the merge candidates the strategist should see), and pairs that only look alike.
 */
export const demoDuplicates: string[][] = [
  ['klf-earkiv', 'soc-arkiv', 'buf-elevakter'],
  ['klf-signering', 'sbf-signering', 'soc-underskrift'],
  ['klf-m365', 'buf-m365', 'tek-m365'],
  ['tek-iot', 'buf-luft'],
];
export const demoNearMisses: [string, string][] = [
  ['sbf-bygglov', 'buf-forskoleplats'],
  ['vof-mobil', 'soc-mobil'],
  ['vof-lakemedel', 'klf-signering'],
  ['vof-mobil', 'tek-korjournal'],
];

/** The round's period and dates relative to the seeding day. */
export const demoRounds = {
  previous: { firstYearOffset: 0, openedDaysAgo: 420, deadlineDaysAgo: 350, submittedDaysAgo: [375, 352] as const, decidedDaysAgo: 330 },
  current: { firstYearOffset: 1, openedDaysAgo: 28, deadlineInDays: 30, submittedDaysAgo: [14, 2] as const },
  /** The budget frame per year of the current round, kronor. */
  budgetFrames: [kr(7000), kr(6500), kr(6500)],
};
