/**
 * The demo portfolio: about forty projects of the kinds a Swedish municipality runs, across
 * departments and statuses. Names and departments are written by hand; amounts come from a
 * seeded generator (the same every time) in seed-projects.ts.
 */
export interface DemoProject {
  name: string;
  departmentCode: string;
  ownerKey: string;
  status: 'idea' | 'prestudy' | 'approved' | 'in_progress' | 'closed' | 'cancelled';
  kind: 'it' | 'development';
  /** Investment in thousands of kronor, roughly; the generator varies it. */
  size: number;
  systems?: string[];
  purpose: string;
}

export const demoProjects: DemoProject[] = [
  { name: 'Digital ansökan om ekonomiskt bistånd', departmentCode: 'SOC', ownerKey: 'socchef', status: 'in_progress', kind: 'it', size: 900, systems: ['Treserva IFO'], purpose: 'Sökande ansöker och kompletterar digitalt; handläggarna slipper skanna.' },
  { name: 'Automatiserad handläggning av försörjningsstöd', departmentCode: 'SOC', ownerKey: 'socchef', status: 'prestudy', kind: 'it', size: 1400, purpose: 'Återkommande ansökningar bedöms automatiskt enligt Trelleborgsmodellen.' },
  { name: 'Ny lärplattform för grundskolan', departmentCode: 'BUF', ownerKey: 'bufchef', status: 'approved', kind: 'it', size: 2200, systems: ['Unikum', 'Vklass'], purpose: 'En lärplattform i stället för två; en inloggning för elever och vårdnadshavare.' },
  { name: 'Wifi i alla förskolor', departmentCode: 'BUF', ownerKey: 'bufchef', status: 'closed', kind: 'it', size: 650, purpose: 'Trådlöst nät i samtliga förskolor för pedagogisk användning.' },
  { name: 'Digital frånvaroanmälan', departmentCode: 'BUF', ownerKey: 'bufchef', status: 'closed', kind: 'it', size: 180, purpose: 'Vårdnadshavare anmäler frånvaro i appen i stället för via telefon.' },
  { name: 'Elevdatorer 1:1 i årskurs 4–6', departmentCode: 'BUF', ownerKey: 'bufchef', status: 'in_progress', kind: 'it', size: 3100, purpose: 'En dator per elev i mellanstadiet.' },
  { name: 'Byte av verksamhetssystem inom vård och omsorg', departmentCode: 'VOF', ownerKey: 'vofchef', status: 'prestudy', kind: 'it', size: 6500, systems: ['Procapita VoO'], purpose: 'Nuvarande system avvecklas av leverantören; upphandling i samverkan.' },
  { name: 'Digitala nattillsyner med kamera', departmentCode: 'VOF', ownerKey: 'vofchef', status: 'in_progress', kind: 'it', size: 750, purpose: 'Brukare som vill får tillsyn via kamera i stället för besök som väcker.' },
  { name: 'Läkemedelsrobotar i hemtjänsten', departmentCode: 'VOF', ownerKey: 'vofchef', status: 'approved', kind: 'it', size: 480, purpose: 'Färre besök enbart för läkemedelsöverlämning.' },
  { name: 'Mobil dokumentation i hemtjänsten', departmentCode: 'VOF', ownerKey: 'vofchef', status: 'closed', kind: 'it', size: 520, purpose: 'Personalen dokumenterar på plats i mobilen.' },
  { name: 'E-arkiv för hela kommunen', departmentCode: 'KLF', ownerKey: 'itchef', status: 'in_progress', kind: 'it', size: 2800, purpose: 'Långtidsbevarande av digitala handlingar enligt arkivlagen.' },
  { name: 'Nytt ärende- och dokumenthanteringssystem', departmentCode: 'KLF', ownerKey: 'itchef', status: 'idea', kind: 'it', size: 3500, systems: ['Public 360°', 'Ciceron', 'W3D3'], purpose: 'Ersätta tre system med ett gemensamt.' },
  { name: 'Gemensam e-tjänsteplattform', departmentCode: 'KLF', ownerKey: 'digstrateg', status: 'approved', kind: 'it', size: 1200, systems: ['Open ePlatform', 'Netcompany e-tjänsteplattform'], purpose: 'En plattform för alla kommunens e-tjänster.' },
  { name: 'Robotiserad fakturahantering', departmentCode: 'KLF', ownerKey: 'ekonomichef', status: 'closed', kind: 'it', size: 400, systems: ['UiPath'], purpose: 'Leverantörsfakturor matchas och konteras automatiskt.' },
  { name: 'Införande av Microsoft 365', departmentCode: 'KLF', ownerKey: 'itchef', status: 'closed', kind: 'it', size: 1900, systems: ['Microsoft 365'], purpose: 'Gemensamma kontorsverktyg i molnet med säkerhetsklassning.' },
  { name: 'Avveckling av Office 2016', departmentCode: 'KLF', ownerKey: 'itchef', status: 'in_progress', kind: 'it', size: 250, systems: ['Microsoft Office 2016'], purpose: 'Sista datorerna med Office 2016 uppgraderas.' },
  { name: 'Gemensam kontaktcenterlösning', departmentCode: 'KLF', ownerKey: 'kommchef', status: 'prestudy', kind: 'it', size: 1600, purpose: 'Ett kontaktcenter för alla förvaltningar med ärendelogg.' },
  { name: 'Chattbot på kommunens webbplats', departmentCode: 'KLF', ownerKey: 'kommchef', status: 'cancelled', kind: 'it', size: 300, purpose: 'Avbröts: nyttan kunde inte visas i förstudien.' },
  { name: 'Ny webbplats med tillgänglighetsanpassning', departmentCode: 'KLF', ownerKey: 'kommchef', status: 'closed', kind: 'it', size: 850, purpose: 'Webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service.' },
  { name: 'Beslutsstöd och nyckeltal för ledningen', departmentCode: 'KLF', ownerKey: 'ekonomichef', status: 'idea', kind: 'it', size: 700, purpose: 'Samlad rapportering ur ekonomi-, personal- och verksamhetssystem.' },
  { name: 'Säker inloggning med multifaktor för alla anställda', departmentCode: 'KLF', ownerKey: 'itchef', status: 'in_progress', kind: 'it', size: 350, purpose: 'Stärkt skydd mot intrång enligt riktlinjen för informationssäkerhet.' },
  { name: 'Reservrutiner och störningstest för kritiska system', departmentCode: 'KLF', ownerKey: 'itstrateg', status: 'approved', kind: 'it', size: 200, purpose: 'Årliga störningstester dokumenteras för alla system i drift.' },
  { name: 'Digital bygglovsprocess', departmentCode: 'SBF', ownerKey: 'sbfchef', status: 'in_progress', kind: 'it', size: 1100, systems: ['ByggR'], purpose: 'Ansökan, handläggning och beslut helt digitalt.' },
  { name: '3D-stadsmodell', departmentCode: 'SBF', ownerKey: 'sbfchef', status: 'idea', kind: 'it', size: 1800, purpose: 'Underlag för planering och medborgardialog.' },
  { name: 'Samordnad GIS-plattform i samverkan', departmentCode: 'SBF', ownerKey: 'sbfchef', status: 'prestudy', kind: 'it', size: 900, systems: ['ArcGIS Enterprise', 'QGIS'], purpose: 'En GIS-plattform gemensam med samverkanskommunerna.' },
  { name: 'Digital detaljplaneprocess', departmentCode: 'SBF', ownerKey: 'sbfchef', status: 'approved', kind: 'it', size: 600, purpose: 'Planer i maskinläsbart format enligt Boverkets föreskrifter.' },
  { name: 'Mobil tillsyn inom miljö och hälsa', departmentCode: 'MHF', ownerKey: 'mhfchef', status: 'closed', kind: 'it', size: 280, systems: ['Ecos 2'], purpose: 'Inspektörerna dokumenterar på plats.' },
  { name: 'E-tjänst för anmälan av värmepump', departmentCode: 'MHF', ownerKey: 'mhfchef', status: 'closed', kind: 'it', size: 90, purpose: 'Vanligaste anmälan blir e-tjänst.' },
  { name: 'Digitalt bibliotekskort och meröppet', departmentCode: 'KFF', ownerKey: 'kffchef', status: 'in_progress', kind: 'it', size: 420, purpose: 'Biblioteken öppna med bibliotekskort även obemannade tider.' },
  { name: 'Bokningssystem för idrottsanläggningar', departmentCode: 'KFF', ownerKey: 'kffchef', status: 'approved', kind: 'it', size: 380, purpose: 'Föreningar och allmänhet bokar och betalar digitalt.' },
  { name: 'Digitala lås i kommunens lokaler', departmentCode: 'TEK', ownerKey: 'tekchef', status: 'prestudy', kind: 'it', size: 2400, purpose: 'Nyckelhantering ersätts med digitala behörigheter.' },
  { name: 'Energiuppföljning med smarta mätare', departmentCode: 'TEK', ownerKey: 'tekchef', status: 'in_progress', kind: 'it', size: 950, purpose: 'Timvis energidata för kommunens fastigheter.' },
  { name: 'Matsvinnsmätning i skolköken', departmentCode: 'TEK', ownerKey: 'tekchef', status: 'closed', kind: 'it', size: 120, purpose: 'Vågar och app för att följa och minska matsvinnet.' },
  { name: 'Ruttoptimering för hemtjänst och måltider', departmentCode: 'TEK', ownerKey: 'tekchef', status: 'idea', kind: 'it', size: 500, purpose: 'Kortare körsträckor och mer tid hos brukarna.' },
  { name: 'Ombyggnad av stadshusets reception', departmentCode: 'KLF', ownerKey: 'kommundirektor', status: 'approved', kind: 'development', size: 2600, purpose: 'En samlad kundtjänst i stadshuset.' },
  { name: 'Ny modell för medborgardialog', departmentCode: 'KLF', ownerKey: 'kommundirektor', status: 'in_progress', kind: 'development', size: 1300, purpose: 'Digitala och fysiska dialoger i samma process.' },
  { name: 'Gemensam lönefunktion i samverkan', departmentCode: 'KLF', ownerKey: 'hrchef', status: 'prestudy', kind: 'development', size: 1700, systems: ['Heroma'], purpose: 'Lönehantering gemensam med samverkanskommunerna.' },
  { name: 'Självservice för anställda i personalsystemet', departmentCode: 'KLF', ownerKey: 'hrchef', status: 'closed', kind: 'it', size: 330, systems: ['Heroma'], purpose: 'Anställda registrerar frånvaro och ser lönebesked själva.' },
  { name: 'Digital signering av avtal och beslut', departmentCode: 'KLF', ownerKey: 'kanslichef', status: 'in_progress', kind: 'it', size: 260, purpose: 'Avtal och protokoll signeras digitalt med e-legitimation.' },
  { name: 'Digitala nämndhandlingar', departmentCode: 'KLF', ownerKey: 'kanslichef', status: 'closed', kind: 'it', size: 210, purpose: 'Ledamöter läser och kommenterar handlingar i surfplatta.' },
];
