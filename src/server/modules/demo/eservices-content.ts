import type { AccessibilityStatus } from '../../../shared/eservices.js';

/**
 * The demo municipality's e-services (issue 14, items 7–9): services citizens and companies use,
 * on all four steps of Statskontoret's ladder, each with the steps it climbed (years ago → step),
 * so the ladder's history has something to show; and candidates not yet built, some valued.
 */
export interface DemoEservice {
  name: string;
  description: string;
  ownerKey: string;
  systems: string[];
  /** The steps it stood on, oldest first: [years ago, step]. The last is today's. */
  steps: [number, 1 | 2 | 3 | 4][];
  volume: number;
  share: number;
  eid: boolean;
  accessibility: AccessibilityStatus;
  published: boolean;
  candidate?: boolean;
  /** Minutes saved per case, hourly cost, build cost, running cost per year, other yearly benefit. */
  value?: [number, number, number, number, number];
}

const s = (name: string, description: string, ownerKey: string, systems: string[], steps: DemoEservice['steps'], volume: number, share: number, eid: boolean, accessibility: AccessibilityStatus, value?: DemoEservice['value']): DemoEservice => ({
  name, description, ownerKey, systems, steps, volume, share, eid, accessibility, published: true, value,
});

const candidate = (name: string, description: string, ownerKey: string, systems: string[], volume: number, value?: DemoEservice['value']): DemoEservice => ({
  name, description, ownerKey, systems, steps: [[0, 3]], volume, share: 0, eid: true, accessibility: 'not_reviewed', published: false, candidate: true, value,
});

export const demoEservices: DemoEservice[] = [
  // Samhällsbyggnad: the most e-service-intensive department (Oskarshamn's e-strategy).
  s('Ansökan om bygglov', 'Söka bygglov, marklov och rivningslov med ritningar som bilagor; besked och beslut i Mina sidor.', 'sbfchef', ['ByggR', 'Open ePlatform', 'Svensk e-identitet GrandID'], [[4, 2], [2, 3]], 1450, 78, true, 'deficient', [25, 620, 0, 0, 0]),
  s('Anmälan om attefallsåtgärd', 'Anmäla attefallshus, tillbyggnad eller takkupa.', 'sbfchef', ['ByggR', 'Open ePlatform'], [[3, 2], [1, 3]], 380, 71, true, 'compliant'),
  s('Nybyggnadskarta och situationsplan', 'Beställa nybyggnadskarta inför bygglov.', 'fl_gis', ['Geosecma for ArcGIS', 'Open ePlatform'], [[2, 2], [0, 3]], 210, 64, true, 'compliant'),
  s('Detaljplaner på karta', 'Se gällande och pågående detaljplaner i webbkartan.', 'fl_gis', ['Origo Webbkarta', 'Planportalen'], [[4, 1]], 9000, 100, false, 'deficient'),
  s('Strandskyddsdispens', 'Ansöka om dispens från strandskyddet.', 'mhfchef', ['Ecos 2'], [[4, 2]], 60, 0, false, 'not_reviewed'),
  s('Anmälan om värmepump', 'Anmäla installation av berg-, jord- eller sjövärmepump.', 'mhfchef', ['Ecos 2', 'Open ePlatform'], [[3, 2], [1, 3]], 240, 58, true, 'compliant'),
  s('Registrering av livsmedelsanläggning', 'Registrera en ny livsmedelsverksamhet.', 'mhfchef', ['Ecos 2', 'Open ePlatform'], [[2, 3], [0, 4]], 90, 88, true, 'compliant'),
  s('Ansökan om enskilt avlopp', 'Ansöka om tillstånd för enskild avloppsanläggning.', 'mhfchef', ['Ecos 2'], [[4, 2]], 150, 0, false, 'not_reviewed'),
  s('Serveringstillstånd', 'Ansöka om tillstånd att servera alkohol.', 'mhfchef', ['Tillståndshanteraren', 'Open ePlatform'], [[3, 2], [1, 3]], 45, 80, true, 'deficient'),
  s('Parkeringstillstånd för rörelsehindrade', 'Ansöka om parkeringstillstånd för förare eller passagerare med rörelsehinder.', 'tekchef', ['Tillståndshanteraren', 'Open ePlatform'], [[4, 2], [1, 3]], 520, 62, true, 'compliant'),
  s('Felanmälan gata, park och belysning', 'Anmäla trasig gatubelysning, hål i gatan, klotter och nedskräpning med bild och plats.', 'tekchef', ['Infracontrol Online'], [[4, 2], [2, 3]], 4200, 85, false, 'compliant'),
  s('Ansökan om schakttillstånd', 'Entreprenörer ansöker om att gräva i allmän mark; beslut samordnas med ledningsägarna.', 'tekchef', ['Infracontrol Online', 'Open ePlatform'], [[2, 3], [0, 4]], 310, 95, true, 'compliant'),
  s('Hämtning av grovsopor', 'Beställa hämtning av grovavfall vid tomtgräns.', 'tekchef', ['EDP Future', 'Open ePlatform'], [[3, 3]], 1300, 74, true, 'deficient'),
  s('Byte av sopkärl och tömningsintervall', 'Ändra abonnemang för avfall och slam.', 'tekchef', ['EDP Future', 'Avfallsappen'], [[2, 3]], 2100, 66, true, 'compliant'),
  s('Vattenavläsning', 'Lämna mätarställning för vatten.', 'tekchef', ['EDP Future'], [[4, 2], [2, 3]], 8000, 91, true, 'compliant'),
  // Barn och utbildning.
  s('Ansökan om förskoleplats', 'Ställa barnet i kö till förskola och pedagogisk omsorg, tacka ja till plats.', 'bufchef', ['IST Förskola', 'Open ePlatform', 'Svensk e-identitet GrandID'], [[4, 2], [3, 3]], 1100, 96, true, 'compliant'),
  s('Uppsägning av förskoleplats', 'Säga upp plats i förskola eller fritidshem.', 'bufchef', ['IST Förskola'], [[3, 2], [1, 3]], 900, 88, true, 'compliant'),
  s('Inkomstuppgift för barnomsorgsavgift', 'Lämna hushållets inkomst; hämtas från Skatteverket med samtycke.', 'bufchef', ['IST Förskola', 'Open ePlatform'], [[3, 3], [0, 4]], 2600, 83, true, 'compliant'),
  s('Ansökan om skolskjuts', 'Ansöka om skolskjuts för grundskoleelev.', 'bufchef', ['IST Administration', 'Open ePlatform'], [[2, 2], [0, 3]], 700, 52, true, 'deficient'),
  s('Skolval', 'Önska skola inför förskoleklass och årskurs 7.', 'bufchef', ['IST Administration', 'Skolportalen'], [[3, 3]], 650, 93, true, 'compliant'),
  s('Anmälan om frånvaro', 'Vårdnadshavare anmäler elevens frånvaro.', 'fl_skola', ['Vklass'], [[4, 3]], 45000, 97, true, 'deficient'),
  s('Ansökan till vuxenutbildning', 'Söka kurser inom Komvux och SFI.', 'bufchef', ['Vuxa Admin'], [[2, 3]], 1400, 89, true, 'compliant'),
  s('Modersmålsundervisning', 'Anmäla elev till modersmålsundervisning.', 'fl_skola', [], [[4, 2]], 180, 0, false, 'not_reviewed'),
  // Socialtjänst, vård och omsorg.
  s('Ansökan om ekonomiskt bistånd', 'Söka försörjningsstöd; uppgifter från Försäkringskassan, CSN och Skatteverket hämtas via SSBTEK.', 'socchef', ['Treserva IFO', 'SSBTEK', 'Open ePlatform'], [[4, 2], [2, 3], [0, 4]], 3800, 64, true, 'deficient'),
  s('Orosanmälan för barn', 'Anmäla oro för ett barn till socialtjänsten; yrkesverksamma kan identifiera sig.', 'socchef', ['Treserva IFO', 'Open ePlatform'], [[3, 2], [1, 3]], 1900, 42, true, 'compliant'),
  s('Ansökan om bostadsanpassningsbidrag', 'Söka bidrag för att anpassa bostaden.', 'vofchef', ['Procapita VoO'], [[4, 2]], 320, 0, false, 'not_reviewed'),
  s('Ansökan om färdtjänst', 'Söka färdtjänst och riksfärdtjänst.', 'vofchef', ['Procapita VoO', 'Open ePlatform'], [[3, 2], [0, 3]], 850, 35, true, 'deficient'),
  s('Ansökan om hemtjänst', 'Söka bistånd i form av hemtjänst eller trygghetslarm.', 'vofchef', ['Procapita VoO'], [[4, 2]], 600, 0, false, 'not_reviewed'),
  s('Information om äldreboenden', 'Presentation av kommunens särskilda boenden med lediga platser.', 'vofchef', ['Sitevision'], [[4, 1]], 5000, 100, false, 'compliant'),
  // Kultur och fritid, kommunledning.
  s('Bokning av idrottshall', 'Boka lokaler och anläggningar för föreningar och privatpersoner.', 'kffchef', ['Open ePlatform'], [[3, 2], [1, 3]], 2400, 79, true, 'compliant'),
  s('Föreningsbidrag', 'Ansöka om aktivitets- och lokalbidrag.', 'kffchef', ['Open ePlatform'], [[2, 2], [0, 3]], 160, 70, true, 'deficient'),
  s('Synpunkter och klagomål', 'Lämna synpunkter, beröm och klagomål på kommunens verksamhet.', 'kommchef', ['Synpunkt Online'], [[4, 2], [3, 3]], 1100, 81, false, 'compliant'),
  s('Begäran om allmän handling', 'Begära ut allmänna handlingar.', 'registrator', ['Public 360°', 'Open ePlatform'], [[3, 2], [1, 3]], 700, 67, false, 'compliant'),
  s('Öppettider och kontaktuppgifter', 'Kontaktcenter, öppettider och adresser till kommunens verksamheter.', 'kommchef', ['Sitevision'], [[4, 1]], 60000, 100, false, 'compliant'),
  // Candidates, not yet built: most valued, so the ladder can say which pay best.
  candidate('Ansökan om bostadsanpassningsbidrag digitalt', 'Digital ansökan med intyg som bilagor och beslut i Mina sidor.', 'vofchef', ['Procapita VoO', 'Open ePlatform'], 320, [40, 610, 180_000, 25_000, 8_000]),
  candidate('Ansökan om hemtjänst digitalt', 'Digital ansökan om hemtjänst och trygghetslarm, kopplad till verksamhetssystemet.', 'vofchef', ['Procapita VoO', 'Open ePlatform'], 600, [35, 610, 260_000, 40_000, 0]),
  candidate('Ansökan om enskilt avlopp digitalt', 'Digital ansökan med ritning och markundersökning.', 'mhfchef', ['Ecos 2', 'Open ePlatform'], 150, [30, 640, 120_000, 15_000, 3_000]),
  candidate('Strandskyddsdispens digitalt', 'Digital ansökan med karta.', 'mhfchef', ['Ecos 2', 'Open ePlatform'], 60, [30, 640, 140_000, 20_000, 0]),
  candidate('Modersmålsundervisning digitalt', 'Anmälan i skolplattformen.', 'fl_skola', ['Vklass'], 180, [15, 520, 40_000, 5_000, 2_000]),
  candidate('Ansökan om god man', 'Ansöka om god man eller förvaltare hos överförmyndaren.', 'kanslichef', ['Open ePlatform'], 140),
];
