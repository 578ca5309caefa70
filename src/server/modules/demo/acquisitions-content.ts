/**
 * The demo's agreements register and a dozen acquisitions in various steps and outcomes (issue 5):
 * one joins a partner's solution, one is a call-off, one a direct procurement, one an open
 * procurement, and the rest stop along the way. Dates are relative to today.
 */
export interface DemoAgreement {
  name: string;
  kind: 'framework' | 'contract';
  supplier: string;
  reference: string;
  description: string;
  capabilityCodes: string[];
  startInDays: number;
  endInDays: number;
  noticeMonths: number | null;
  extensionOptions: string;
}

export type DemoAnswer =
  | { step: 'internal'; covered: false; comment?: string }
  | { step: 'internal'; covered: true; systemName: string; comment?: string }
  | { step: 'partner'; covered: false; comment?: string }
  | { step: 'partner'; covered: true; partnerSystemName: string; comment?: string }
  | { step: 'prestudy'; result: 'no_purchase' | 'wait' | 'purchase'; comment?: string }
  | { step: 'agreement'; exists: false; comment?: string }
  | { step: 'agreement'; exists: true; agreementName: string; comment?: string };

export interface DemoAcquisition {
  title: string;
  needText: string;
  capabilityCodes: string[];
  departmentCode: string;
  estimatedValue: number;
  reporterKey: string;
  /** Who walks the route with the department (the IT strategist, mostly). */
  guideKey: string;
  reportedDaysAgo: number;
  neededInDays: number | null;
  answers: DemoAnswer[];
  prestudyText?: string;
  notedByCouncil: boolean;
  /** The council's decision on the item the acquisition got above the portfolio threshold. */
  councilDecision?: { decision: 'approved' | 'returned'; text: string };
  install?: { name: string; vendor: string; purchaseKind: 'framework_agreement' | 'one_time_purchase'; daysAgo: number };
  /** Withdrawn by the department after its answers, with the reason. */
  withdraw?: { reason: string; daysAgo: number };
}

export const demoAgreements: DemoAgreement[] = [
  {
    name: 'Ramavtal Programvaror och molntjänster',
    kind: 'framework',
    supplier: 'Adda Inköpscentral',
    reference: 'ADDA-2024-117',
    description: 'Avropsberättigad via Adda: standardprogramvaror, molntjänster och verksamhetssystem för vård och omsorg med förnyad konkurrensutsättning.',
    capabilityCodes: ['VO.PLAN', 'HR.SCHEMA', 'IT.KONTOR', 'ADM.DOKUMENT'],
    startInDays: -700,
    endInDays: 760,
    noticeMonths: 6,
    extensionOptions: '1 × 24 månader',
  },
  {
    name: 'Ramavtal IT-konsulttjänster',
    kind: 'framework',
    supplier: 'Statens inköpscentral',
    reference: 'SIC 23.3-1234-2023',
    description: 'Konsulttjänster för utveckling, förvaltning och informationssäkerhet; avrop genom förnyad konkurrensutsättning.',
    capabilityCodes: ['IT.DRIFT', 'IT.SAKERHET', 'KOM.ETJANST'],
    startInDays: -400,
    endInDays: 1060,
    noticeMonths: 3,
    extensionOptions: '2 × 12 månader',
  },
  {
    name: 'Ramavtal Datorer, surfplattor och kringutrustning',
    kind: 'framework',
    supplier: 'Adda Inköpscentral',
    reference: 'ADDA-2023-042',
    description: 'Klientdatorer, surfplattor och mobiltelefoner med tjänster för hantering (MDM).',
    capabilityCodes: ['IT.KLIENT', 'IT.TELEFONI'],
    startInDays: -900,
    endInDays: 190,
    noticeMonths: 6,
    extensionOptions: '',
  },
  {
    name: 'Ramavtal Fordonsbokning och flottstyrning (upphört)',
    kind: 'framework',
    supplier: 'Sjöbygdens inköpssamverkan',
    reference: 'SIS-2019-08',
    description: 'Gemensamt upphandlat med samverkanskommunerna; löpte ut utan förlängning.',
    capabilityCodes: ['TEK.TRANSPORT'],
    startInDays: -2200,
    endInDays: -120,
    noticeMonths: 6,
    extensionOptions: '',
  },
  {
    name: 'Avtal drift och support för stadsnätet',
    kind: 'contract',
    supplier: 'Sjöbygdens Energi AB',
    reference: 'KS 2022/0311',
    description: 'Drift, övervakning och support dygnet runt för kommunens stadsnät.',
    capabilityCodes: ['IT.DRIFT'],
    startInDays: -1100,
    endInDays: 350,
    noticeMonths: 9,
    extensionOptions: '1 × 12 månader',
  },
];

const no = (comment = '') => ({ covered: false as const, comment });

export const demoAcquisitions: DemoAcquisition[] = [
  {
    title: 'Gemensamt e-arkiv för långtidsbevarande',
    needText: 'Kommunarkivet behöver ta emot digitala leveranser från verksamhetssystemen och bevara dem enligt FGS. Dagens lösning är lokal och klarar inte volymerna.',
    capabilityCodes: ['ADM.ARKIV'],
    departmentCode: 'KLF',
    estimatedValue: 900_000,
    reporterKey: 'itchef',
    guideKey: 'itstrateg',
    reportedDaysAgo: 300,
    neededInDays: 200,
    answers: [
      { step: 'internal', ...no('Vårt e-arkiv är en lokal installation utan stöd för FGS-leveranser från fler än två system.') },
      { step: 'partner', covered: true, partnerSystemName: 'Formpipe Long-Term Archive', comment: 'Ekeby kommun driver sitt e-arkiv för samverkan; vi ansluter som ny arkivbildare.' },
    ],
    notedByCouncil: true,
  },
  {
    title: 'Schemaläggning och bemanning i hemtjänsten',
    needText: 'Hemtjänsten planerar besök i kalkylark. Vi behöver digital planering av besök och personal, med mobil åtkomst för medarbetarna.',
    capabilityCodes: ['VO.PLAN', 'HR.SCHEMA'],
    departmentCode: 'VOF',
    estimatedValue: 1_850_000,
    reporterKey: 'vofchef',
    guideKey: 'itstrateg',
    reportedDaysAgo: 240,
    neededInDays: 120,
    answers: [
      { step: 'internal', ...no('Personalschemat i lönesystemet saknar besöksplanering och mobil åtkomst.') },
      { step: 'partner', ...no('Ingen partner delar en planeringslösning för hemtjänst.') },
      { step: 'prestudy', result: 'purchase', comment: 'Förstudien visar 1,2 årsarbetare i minskad administration.' },
      { step: 'agreement', exists: true, agreementName: 'Ramavtal Programvaror och molntjänster', comment: 'Avrop med förnyad konkurrensutsättning.' },
    ],
    prestudyText: 'Behovsinventering i sex hemtjänstgrupper. Krav: planering av besök, insatser enligt beslut, mobil app, koppling till verksamhetssystemet.',
    notedByCouncil: true,
    councilDecision: { decision: 'approved', text: 'IT-rådet tillstyrker avropet och att det tas in i projektportföljen.' },
  },
  {
    title: 'Föreningarnas evenemang och biljetter',
    needText: 'Föreningar vill själva publicera sina evenemang i kommunens kalender och sälja biljetter till dem.',
    capabilityCodes: ['KUF.EVENEMANG'],
    departmentCode: 'KFF',
    estimatedValue: 420_000,
    reporterKey: 'kffchef',
    guideKey: 'itstrateg',
    reportedDaysAgo: 200,
    neededInDays: 60,
    answers: [
      { step: 'internal', ...no('Evenemangskalendern tar bara emot kommunens egna evenemang, och Tickster-avtalet gäller bara Kulturhuset.') },
      { step: 'partner', ...no('Partnernas evenemangstjänster når inte kommunens föreningar.') },
      { step: 'prestudy', result: 'purchase' },
      { step: 'agreement', exists: false, comment: 'Skäl för direktupphandling: inget ramavtal täcker evenemangskalendrar och värdet är under direktupphandlingsgränsen.' },
    ],
    notedByCouncil: true,
    install: { name: 'Föreningskalendern', vendor: 'Kalenderbolaget AB', purchaseKind: 'one_time_purchase', daysAgo: 30 },
  },
  {
    title: 'Nytt ärendehanteringssystem för bygglov och tillsyn',
    needText: 'Dagens bygglovssystem upphör att stödjas. Vi behöver ett system för bygglov, anmälningar och tillsyn med e-tjänster och koppling till e-arkiv.',
    capabilityCodes: ['SBF.BYGGLOV', 'SBF.TILLSTAND', 'KOM.ETJANST'],
    departmentCode: 'SBF',
    estimatedValue: 4_800_000,
    reporterKey: 'sbfchef',
    guideKey: 'itstrateg',
    reportedDaysAgo: 150,
    neededInDays: 540,
    answers: [
      { step: 'internal', ...no('Nuvarande system avvecklas av leverantören.') },
      { step: 'partner', ...no('Partnerkommunerna har olika system och avtal som löper ut 2028.') },
      { step: 'prestudy', result: 'purchase', comment: 'Förstudie med marknadsdialog klar.' },
      { step: 'agreement', exists: false, comment: 'Inget ramavtal täcker bygglovssystem.' },
    ],
    prestudyText: 'Förstudie med marknadsdialog: fyra leverantörer svarade. Kravbilden omfattar bygglov, anmälan, tillsyn och e-tjänster.',
    notedByCouncil: true,
    councilDecision: { decision: 'approved', text: 'IT-rådet tillstyrker upphandlingen och att den tas in i projektportföljen. Samordna kravställningen med e-arkivet.' },
  },
  {
    title: 'Tillsynssystem för miljö och livsmedel',
    needText: 'Miljöförvaltningen behöver planera och dokumentera tillsyn, avgifter och provtagning i ett sammanhållet system.',
    capabilityCodes: ['SBF.MILJOTILLSYN', 'SBF.LIVSMEDEL'],
    departmentCode: 'MHF',
    estimatedValue: 1_400_000,
    reporterKey: 'mhfchef',
    guideKey: 'itstrateg',
    reportedDaysAgo: 90,
    neededInDays: 300,
    answers: [
      { step: 'internal', ...no('Miljöförvaltningen använder i dag bygglovssystemets tillsynsmodul, som avvecklas.') },
      { step: 'partner', ...no('Partnernas tillsynssystem är knutna till deras bygglovssystem.') },
      { step: 'prestudy', result: 'purchase' },
      { step: 'agreement', exists: false, comment: 'Inget ramavtal täcker tillsynssystem.' },
    ],
    notedByCouncil: true,
    councilDecision: { decision: 'returned', text: 'Återremitteras: samordna upphandlingen med bygglovssystemet, som har en tillsynsmodul i flera av de tillfrågade lösningarna.' },
  },
  {
    title: 'Digital planering av nämndsammanträden',
    needText: 'Nämndsekreterarna vill skicka kallelser och handlingar digitalt till ledamöterna.',
    capabilityCodes: ['ADM.NAMND'],
    departmentCode: 'KLF',
    estimatedValue: 250_000,
    reporterKey: 'itchef',
    guideKey: 'itstrateg',
    reportedDaysAgo: 180,
    neededInDays: null,
    answers: [{ step: 'internal', covered: true, systemName: 'Netpublicator', comment: 'Nämndmodulen finns redan i vår licens; den aktiveras för alla nämnder.' }],
    notedByCouncil: true,
  },
  {
    title: 'Enkätverktyg för brukarundersökningar',
    needText: 'Socialtjänsten vill göra egna brukarundersökningar digitalt.',
    capabilityCodes: ['LED.KVALITET'],
    departmentCode: 'SOC',
    estimatedValue: 80_000,
    reporterKey: 'socchef',
    guideKey: 'itstrateg',
    reportedDaysAgo: 130,
    neededInDays: 90,
    answers: [
      { step: 'internal', ...no('Inget eget system täcker behovet.') },
      { step: 'partner', ...no('Ingen partner delar en lösning för behovet.') },
      { step: 'prestudy', result: 'no_purchase', comment: 'Formulärtjänsten i kontorspaketet räcker; informationsklassningen tillåter det.' },
    ],
    notedByCouncil: true,
  },
  {
    title: 'AI-stöd för handläggning av ekonomiskt bistånd',
    needText: 'Vi vill pröva automatiserad handläggning av återansökningar om ekonomiskt bistånd.',
    capabilityCodes: ['SOC.EKBISTAND'],
    departmentCode: 'SOC',
    estimatedValue: 1_200_000,
    reporterKey: 'socchef',
    guideKey: 'digstrateg',
    reportedDaysAgo: 110,
    neededInDays: 365,
    answers: [
      { step: 'internal', ...no('Verksamhetssystemet saknar stöd för automatiserade beslut.') },
      { step: 'partner', ...no('Ingen partner har automatiserat beslutsfattande i drift.') },
      { step: 'prestudy', result: 'wait', comment: 'Vänta på verksamhetssystemets nästa version och SKR:s vägledning om automatiserat beslutsfattande.' },
    ],
    prestudyText: 'Rättsliga förutsättningar utreds: automatiserade beslut, dataskydd och sekretess.',
    notedByCouncil: true,
  },
  {
    title: 'Digital besöksregistrering på särskilda boenden',
    needText: 'Besökare ska kunna registrera sig digitalt vid entrén; personalen behöver en översikt vid utrymning.',
    capabilityCodes: ['VO.SAMORD', 'LED.KRIS'],
    departmentCode: 'VOF',
    estimatedValue: 300_000,
    reporterKey: 'forvaltningsledare',
    guideKey: 'vofchef',
    reportedDaysAgo: 40,
    neededInDays: 150,
    answers: [
      { step: 'internal', ...no('Inget eget system täcker behovet.') },
      { step: 'partner', ...no('Ingen partner delar en lösning för behovet.') },
    ],
    prestudyText: 'Behovsinventering pågår på tre boenden. Frågor: personuppgifter om besökare, gallring, koppling till larm.',
    notedByCouncil: true,
  },
  {
    title: 'Fordonsbokning och digital körjournal',
    needText: 'Kommunens 120 bilar bokas i olika system per förvaltning. Vi behöver gemensam bokning och körjournal.',
    capabilityCodes: ['TEK.TRANSPORT'],
    departmentCode: 'TEK',
    estimatedValue: 650_000,
    reporterKey: 'tekchef',
    guideKey: 'itstrateg',
    reportedDaysAgo: 25,
    neededInDays: 200,
    answers: [
      { step: 'internal', ...no('Inget eget system täcker behovet.') },
      { step: 'partner', ...no('Ingen partner delar en lösning för behovet.') },
      { step: 'prestudy', result: 'purchase', comment: 'Samverkanskommunernas ramavtal har löpt ut.' },
    ],
    notedByCouncil: false,
  },
  {
    title: 'Lärplattform för vuxenutbildningen',
    needText: 'Vuxenutbildningen behöver en lärplattform för distansstudier.',
    capabilityCodes: ['UTB.LARPLATTFORM'],
    departmentCode: 'BUF',
    estimatedValue: 350_000,
    reporterKey: 'bufchef',
    guideKey: 'bufchef',
    reportedDaysAgo: 6,
    neededInDays: 240,
    answers: [],
    notedByCouncil: false,
  },
  {
    title: 'Surfplattor med MDM för hemsjukvården',
    needText: 'Sjuksköterskorna i hemsjukvården behöver surfplattor med hanterad säkerhet för dokumentation på plats.',
    capabilityCodes: ['IT.KLIENT'],
    departmentCode: 'VOF',
    estimatedValue: 380_000,
    reporterKey: 'vofchef',
    guideKey: 'itstrateg',
    reportedDaysAgo: 12,
    neededInDays: 90,
    answers: [{ step: 'internal', ...no('Befintliga surfplattor är fullt utnyttjade.') }],
    notedByCouncil: false,
  },
  {
    title: 'Digital parkeringsövervakning',
    needText: 'Gatuenheten vill ersätta handdatorerna för parkeringsövervakning med en app och digitala kontrollavgifter.',
    capabilityCodes: ['SBF.TRAFIK'],
    departmentCode: 'TEK',
    estimatedValue: 560_000,
    reporterKey: 'tekchef',
    guideKey: 'itstrateg',
    reportedDaysAgo: 70,
    neededInDays: 120,
    answers: [{ step: 'internal', ...no('Trafiksystemet saknar stöd för kontrollavgifter.') }],
    notedByCouncil: true,
    withdraw: { reason: 'Parkeringsövervakningen upphandlas av kommunens parkeringsbolag i stället.', daysAgo: 50 },
  },
];
