import { type DemoRevision, kr } from './itplans-content.js';

/**
 * This year's round, revised from last year's (one year later): costs of the carried needs are
 * re-entered for the new period, done needs removed, new ones added. The KFF is still writing
 * (started), the MHF has not started.
 */
export const currentRoundRevisions: DemoRevision[] = [
  {
    departmentCode: 'KLF',
    writerKey: 'itchef',
    status: 'submitted',
    revise: {
      'klf-earkiv': {
        description:
          'Upphandlingen av e-arkiv är klar och de första leveranserna från diariet tas emot. Återstår anslutning av verksamhetssystemen, som skrivs ut på papper i dag, och gallring ur systemen efter leverans.',
        costs: [
          { yearOffset: 0, investment: kr(400), running: kr(300) },
          { yearOffset: 1, investment: kr(200), running: kr(300) },
          { yearOffset: 2, investment: 0, running: kr(300) },
        ],
      },
      'klf-m365': {
        title: 'Microsoft 365: e-post, filytor och Teams för alla medarbetare',
        costs: [
          { yearOffset: 0, investment: kr(500), running: kr(1600) },
          { yearOffset: 1, investment: 0, running: kr(1650) },
          { yearOffset: 2, investment: 0, running: kr(1700) },
        ],
      },
    },
    remove: [],
    add: [
      {
        key: 'klf-etjanster',
        title: 'Gemensam e-tjänsteplattform med inloggning via e-legitimation',
        description: 'Alla förvaltningars e-tjänster ska byggas på en gemensam plattform med en inloggning, Mina sidor och en gemensam formulärbank, i stället för att varje förvaltning köper sin egen lösning.',
        goalKeys: ['eservices', 'forms', 'itcost'],
        systems: ['Open ePlatform', 'Svensk e-identitet GrandID', 'Sitevision'],
        capabilityCodes: ['KOM.ETJANST', 'KOM.EID'],
        priority: 1,
        costs: [
          { yearOffset: 0, investment: kr(350), running: kr(250) },
          { yearOffset: 1, investment: kr(100), running: kr(250) },
          { yearOffset: 2, investment: 0, running: kr(250) },
        ],
        benefit: [{ kind: 'direct', description: 'Färre parallella e-tjänstelicenser i förvaltningarna', recipient: 'Hela kommunen', yearlyAmount: kr(200), yearOffset: 1, confidence: 'medium' }],
      },
    ],
  },
  {
    departmentCode: 'SOC',
    writerKey: 'socchef',
    status: 'submitted',
    revise: {
      'soc-ekbistand': {
        description:
          'E-tjänsten för nyansökan är i drift sedan i våras. Nu behövs återansökan varje månad med automatisk kontroll mot SSBTEK, så att handläggarna bara hanterar avvikelser.',
        costs: [
          { yearOffset: 0, investment: kr(250), running: kr(120) },
          { yearOffset: 1, investment: kr(100), running: kr(150) },
          { yearOffset: 2, investment: 0, running: kr(150) },
        ],
      },
    },
    remove: [],
    add: [
      {
        key: 'soc-underskrift',
        title: 'Elektronisk underskrift av genomförandeplaner och avtal med utförare',
        description: 'Genomförandeplaner, samtycken och avtal med utförare ska kunna skrivas under elektroniskt med BankID, av brukaren, vårdnadshavare och handläggare, utan utskrift och skanning.',
        goalKeys: ['forms', 'handling'],
        systems: ['Treserva IFO', 'Assently'],
        capabilityCodes: ['ADM.SIGNERING'],
        priority: 2,
        costs: [
          { yearOffset: 0, investment: kr(80), running: kr(50) },
          { yearOffset: 1, investment: 0, running: kr(50) },
          { yearOffset: 2, investment: 0, running: kr(50) },
        ],
      },
      {
        key: 'soc-mobil',
        title: 'Mobil åtkomst till akten vid hembesök',
        description: 'Socialsekreterare ska kunna läsa och anteckna i akten i en säker mobil lösning vid hembesök och på jourtid, utan att ta med papperskopior.',
        goalKeys: ['handling'],
        systems: ['Treserva IFO', 'Nexus Hybrid Access'],
        capabilityCodes: ['SOC.VERKSAMHET'],
        priority: 3,
        costs: [
          { yearOffset: 1, investment: kr(150), running: kr(60) },
          { yearOffset: 2, investment: 0, running: kr(60) },
        ],
      },
    ],
  },
  {
    departmentCode: 'VOF',
    writerKey: 'vofchef',
    status: 'submitted',
    revise: {
      'vof-mobil': {
        description:
          'Mobil dokumentation är införd i två av fem hemtjänstgrupper. Resterande grupper och nattpatrullen ska få telefoner och utbildning, och avvikelser ska kunna rapporteras direkt i mobilen.',
        costs: [
          { yearOffset: 0, investment: kr(300), running: kr(420) },
          { yearOffset: 1, investment: 0, running: kr(420) },
          { yearOffset: 2, investment: 0, running: kr(420) },
        ],
      },
    },
    remove: ['vof-tillsyn'],
    add: [
      {
        key: 'vof-lakemedel',
        title: 'Digital läkemedelssignering i särskilt boende',
        description: 'Personalen ska signera given läkemedelsdos i en app i stället för på papperslistor, med påminnelse när en dos inte är given. Minskar läkemedelsavvikelserna.',
        goalKeys: ['handling'],
        systems: ['Appva MCSS', 'Procapita HSL'],
        capabilityCodes: ['VO.LAKEMEDEL'],
        priority: 1,
        costs: [
          { yearOffset: 0, investment: kr(200), running: kr(160) },
          { yearOffset: 1, investment: 0, running: kr(160) },
          { yearOffset: 2, investment: 0, running: kr(160) },
        ],
        benefit: [{ kind: 'qualitative', description: 'Färre läkemedelsavvikelser och säkrare överlämning mellan pass', recipient: 'Brukarna', score: 5, yearOffset: 0, confidence: 'high' }],
      },
    ],
  },
  {
    departmentCode: 'BUF',
    writerKey: 'bufchef',
    status: 'submitted',
    revise: {
      'buf-larplattform': {
        title: 'Gemensam lärplattform för grundskola och gymnasium',
        costs: [
          { yearOffset: 0, investment: kr(200), running: kr(850) },
          { yearOffset: 1, investment: 0, running: kr(850) },
          { yearOffset: 2, investment: 0, running: kr(850) },
        ],
      },
    },
    remove: [],
    add: [
      {
        key: 'buf-m365',
        title: 'Microsoft 365 för elever och pedagoger',
        description: 'Skolan byter från Google Workspace till Microsoft 365 med Teams och OneDrive för elever och lärare, så att skolan får samma kontorsstöd som resten av kommunen. Kräver elevlicenser och flytt av elevernas filer.',
        goalKeys: ['itcost'],
        systems: ['Google Workspace for Education', 'Microsoft 365', 'Microsoft Teams'],
        capabilityCodes: ['IT.KONTOR', 'UTB.LARVERKTYG'],
        priority: 2,
        costs: [
          { yearOffset: 0, investment: kr(300), running: kr(500) },
          { yearOffset: 1, investment: 0, running: kr(500) },
          { yearOffset: 2, investment: 0, running: kr(500) },
        ],
      },
      {
        key: 'buf-luft',
        title: 'Sensorer för luftkvalitet och koldioxid i klassrummen',
        description: 'Rektorerna vill kunna se koldioxidhalt och temperatur i varje klassrum, så att dålig luft upptäcks och ventilationen justeras. Sensorerna ska visas på en skärm i klassrummet.',
        goalKeys: ['satisfaction'],
        systems: ['Siemens Desigo CC'],
        capabilityCodes: ['TEK.DRIFTSTYR'],
        priority: 3,
        costs: [
          { yearOffset: 0, investment: kr(220), running: kr(30) },
          { yearOffset: 1, investment: 0, running: kr(30) },
          { yearOffset: 2, investment: 0, running: kr(30) },
        ],
      },
    ],
  },
  {
    departmentCode: 'SBF',
    writerKey: 'sbfchef',
    status: 'submitted',
    revise: {
      'sbf-bygglov': {
        title: 'E-tjänst för bygglov med digital ritningsinlämning',
        description: 'E-tjänsten för bygglovsansökan är i drift. Nästa steg är inlämning och granskning av ritningar digitalt, och att anmälan och startbesked hanteras i samma e-tjänst.',
        costs: [
          { yearOffset: 0, investment: kr(150), running: kr(80) },
          { yearOffset: 1, investment: 0, running: kr(80) },
          { yearOffset: 2, investment: 0, running: kr(80) },
        ],
      },
    },
    remove: [],
    add: [
      {
        key: 'sbf-detaljplan',
        title: 'Digitala detaljplaner och 3D-stadsmodell',
        description: 'Nya detaljplaner ska tas fram som digitala detaljplaner enligt Boverkets föreskrifter och visas i en 3D-stadsmodell på webben vid samråd.',
        goalKeys: ['satisfaction', 'handling'],
        systems: ['ArcGIS Enterprise', 'Planportalen'],
        capabilityCodes: ['SBF.PLAN', 'GIS.KARTA'],
        priority: 2,
        costs: [
          { yearOffset: 0, investment: kr(450), running: kr(90) },
          { yearOffset: 1, investment: kr(200), running: kr(90) },
          { yearOffset: 2, investment: 0, running: kr(90) },
        ],
      },
    ],
  },
  // Not started: the environment department has not opened its plan yet.
  { departmentCode: 'MHF', writerKey: 'mhfchef', status: 'not_started', revise: {}, remove: [], add: [] },
  {
    departmentCode: 'KFF',
    writerKey: 'kffchef',
    status: 'started',
    revise: {},
    remove: ['kff-meroppet'],
    add: [
      {
        key: 'kff-besok',
        title: 'Besöksräknare i bibliotek och simhall',
        description: 'Sensorer vid entréerna räknar besökare per timme, så att öppettider och bemanning kan planeras efter hur lokalerna faktiskt används.',
        goalKeys: ['satisfaction'],
        systems: ['Quria'],
        capabilityCodes: ['KUF.BIBLIOTEK'],
        priority: 3,
        costs: [
          { yearOffset: 0, investment: kr(70), running: kr(15) },
          { yearOffset: 1, investment: 0, running: kr(15) },
          { yearOffset: 2, investment: 0, running: kr(15) },
        ],
      },
    ],
  },
  {
    departmentCode: 'TEK',
    writerKey: 'tekchef',
    status: 'submitted',
    revise: {
      'tek-iot': {
        title: 'IoT-sensorer för inomhusklimat och energiuppföljning',
        costs: [
          { yearOffset: 0, investment: kr(500), running: kr(140) },
          { yearOffset: 1, investment: kr(300), running: kr(180) },
          { yearOffset: 2, investment: 0, running: kr(180) },
        ],
      },
    },
    remove: [],
    add: [
      {
        key: 'tek-m365',
        title: 'Flytt av förvaltningens filer och e-post till molnet',
        description: 'Tekniska förvaltningens filserver med ritningar och driftinstruktioner och de funktionsbrevlådor som finns kvar i Exchange flyttas till SharePoint och Exchange Online i Microsoft 365.',
        goalKeys: ['itcost'],
        systems: ['Gemensamma filytor', 'Microsoft Exchange Server', 'Microsoft 365'],
        capabilityCodes: ['IT.EPOST', 'IT.KONTOR'],
        priority: 2,
        costs: [
          { yearOffset: 0, investment: kr(120), running: kr(90) },
          { yearOffset: 1, investment: 0, running: kr(90) },
          { yearOffset: 2, investment: 0, running: kr(90) },
        ],
      },
      {
        key: 'tek-korjournal',
        title: 'Digital körjournal och ruttplanering för kommunens bilar',
        description: 'Kommunens bilar, även hemtjänstens, får digital körjournal och ruttplanering, så att körsträckor och bilbehov kan följas upp och bilpoolen dimensioneras rätt.',
        goalKeys: ['itcost'],
        systems: ['Bilpoolen Online'],
        capabilityCodes: ['TEK.TRANSPORT'],
        priority: 3,
        costs: [
          { yearOffset: 0, investment: kr(60), running: kr(70) },
          { yearOffset: 1, investment: 0, running: kr(70) },
          { yearOffset: 2, investment: 0, running: kr(70) },
        ],
      },
    ],
  },
];
