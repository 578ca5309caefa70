/**
 * The demo municipality, Roders kommun: departments, people and its system register. Plain data
 * (seed.ts turns it into records through the modules' commands). The register is written to look
 * like a real Swedish municipality's, including what a real one gets wrong: overlapping systems,
 * systems without an owner, unclassified personal data, contracts past their notice date and
 * disruption tests that were never done. Dates are relative to the seeding day.
 */
import type { DemoDepartment, DemoPerson, DemoSystem } from './content-types.js';
import { systemsVardOchOmsorg } from './systems/vard-och-omsorg.js';
import { systemsIndividOchFamiljeomsorg } from './systems/individ-och-familjeomsorg.js';
import { systemsUtbildning } from './systems/utbildning.js';
import { systemsSamhallsbyggnadOchMiljo } from './systems/samhallsbyggnad-och-miljo.js';
import { systemsGeodata } from './systems/geodata.js';
import { systemsEkonomi } from './systems/ekonomi.js';
import { systemsPersonal } from './systems/personal.js';
import { systemsArendeOchDokumenthantering } from './systems/arende-och-dokumenthantering.js';
import { systemsKommunikationOchETjanster } from './systems/kommunikation-och-e-tjanster.js';
import { systemsGemensamItOchKontorsstod } from './systems/gemensam-it-och-kontorsstod.js';
import { systemsKulturOchFritid } from './systems/kultur-och-fritid.js';
import { systemsTeknikOchFastighet } from './systems/teknik-och-fastighet.js';
import { systemsLedningKvalitetOchKrisberedskap } from './systems/ledning-kvalitet-och-krisberedskap.js';

export const demoMunicipalityName = 'Roders kommun';
export const demoPartners = ['Ekeby kommun', 'Västra Sjöstad kommun'];
export const demoCollaborationName = 'Sjöbygdens IT-samverkan';

export const demoDepartments: DemoDepartment[] = [
  { code: 'KLF', name: 'Kommunledningsförvaltningen' },
  { code: 'SOC', name: 'Socialförvaltningen' },
  { code: 'VOF', name: 'Vård- och omsorgsförvaltningen' },
  { code: 'BUF', name: 'Barn- och utbildningsförvaltningen' },
  { code: 'SBF', name: 'Samhällsbyggnadsförvaltningen' },
  { code: 'MHF', name: 'Miljö- och hälsoskyddsförvaltningen' },
  { code: 'KFF', name: 'Kultur- och fritidsförvaltningen' },
  { code: 'TEK', name: 'Tekniska förvaltningen' },
];

export const demoPeople: DemoPerson[] = [
  // People with a login, at least one per role.
  { key: 'admin', name: 'Johan Lindqvist', emailLocal: 'admin', departmentCode: 'KLF', title: 'Systemadministratör', roleKey: 'admin' },
  { key: 'itchef', name: 'Maria Ekström', emailLocal: 'itchef', departmentCode: 'KLF', title: 'IT-chef', roleKey: 'it_chef' },
  { key: 'kommundirektor', name: 'Anders Holmberg', emailLocal: 'kommundirektor', departmentCode: 'KLF', title: 'Kommundirektör', roleKey: 'kommundirektor' },
  { key: 'socchef', name: 'Eva Sjöberg', emailLocal: 'socchef', departmentCode: 'SOC', title: 'Socialchef', roleKey: 'forvaltningschef' },
  { key: 'vofchef', name: 'Lena Björk', emailLocal: 'vofchef', departmentCode: 'VOF', title: 'Vård- och omsorgschef', roleKey: 'forvaltningschef' },
  { key: 'bufchef', name: 'Per Axelsson', emailLocal: 'bufchef', departmentCode: 'BUF', title: 'Barn- och utbildningschef', roleKey: 'forvaltningschef' },
  { key: 'sbfchef', name: 'Helena Forsberg', emailLocal: 'sbfchef', departmentCode: 'SBF', title: 'Samhällsbyggnadschef', roleKey: 'forvaltningschef' },
  { key: 'mhfchef', name: 'Olof Hedlund', emailLocal: 'mhfchef', departmentCode: 'MHF', title: 'Miljöchef', roleKey: 'forvaltningschef' },
  { key: 'kffchef', name: 'Sofia Lund', emailLocal: 'kffchef', departmentCode: 'KFF', title: 'Kultur- och fritidschef', roleKey: 'forvaltningschef' },
  { key: 'tekchef', name: 'Mats Engström', emailLocal: 'tekchef', departmentCode: 'TEK', title: 'Teknisk chef', roleKey: 'forvaltningschef' },
  { key: 'systemagare', name: 'Karin Nyström', emailLocal: 'systemagare', departmentCode: 'SOC', title: 'Verksamhetsutvecklare, systemägare IFO', roleKey: 'systemagare' },
  { key: 'hrchef', name: 'Annika Persson', emailLocal: 'hrchef', departmentCode: 'KLF', title: 'HR-chef', roleKey: 'systemagare' },
  { key: 'forvaltningsledare', name: 'Linda Gustafsson', emailLocal: 'forvaltningsledare', departmentCode: 'VOF', title: 'Förvaltningsledare verksamhetssystem vård och omsorg', roleKey: 'forvaltningsledare' },
  { key: 'fl_skola', name: 'Niklas Johansson', emailLocal: 'niklas.johansson', departmentCode: 'BUF', title: 'Förvaltningsledare skolsystem', roleKey: 'forvaltningsledare' },
  { key: 'fl_gis', name: 'Sara Lindgren', emailLocal: 'sara.lindgren', departmentCode: 'SBF', title: 'GIS-ingenjör', roleKey: 'forvaltningsledare' },
  { key: 'itstrateg', name: 'Jonas Wikström', emailLocal: 'itstrateg', departmentCode: 'KLF', title: 'IT-strateg', roleKey: 'it_rad' },
  { key: 'ekonomichef', name: 'Birgitta Holm', emailLocal: 'ekonomichef', departmentCode: 'KLF', title: 'Ekonomichef', roleKey: 'it_rad' },
  { key: 'digstrateg', name: 'Ahmed Hassan', emailLocal: 'digstrateg', departmentCode: 'KLF', title: 'Digitaliseringsstrateg', roleKey: 'it_rad' },
  { key: 'lasare', name: 'Erik Sandberg', emailLocal: 'lasare', departmentCode: 'KLF', title: 'Controller', roleKey: 'lasare' },

  // Owners and managers without a login.
  { key: 'kanslichef', name: 'Christina Wallin', emailLocal: 'christina.wallin', departmentCode: 'KLF', title: 'Kanslichef', roleKey: null },
  { key: 'arkivarie', name: 'Ingrid Mattsson', emailLocal: 'ingrid.mattsson', departmentCode: 'KLF', title: 'Kommunarkivarie', roleKey: null },
  { key: 'registrator', name: 'Camilla Öberg', emailLocal: 'camilla.oberg', departmentCode: 'KLF', title: 'Registrator', roleKey: null },
  { key: 'kommchef', name: 'Fredrik Dahl', emailLocal: 'fredrik.dahl', departmentCode: 'KLF', title: 'Kommunikationschef', roleKey: null },
  { key: 'driftchef', name: 'Robin Larsson', emailLocal: 'robin.larsson', departmentCode: 'KLF', title: 'Driftchef IT', roleKey: null },
  { key: 'upphandlingschef', name: 'Cecilia Strand', emailLocal: 'cecilia.strand', departmentCode: 'KLF', title: 'Upphandlingschef', roleKey: null },
  { key: 'lonechef', name: 'Stefan Hägg', emailLocal: 'stefan.hagg', departmentCode: 'KLF', title: 'Lönechef', roleKey: null },
  { key: 'ekosys', name: 'Lars Holmqvist', emailLocal: 'lars.holmqvist', departmentCode: 'KLF', title: 'Systemförvaltare ekonomi', roleKey: null },
  { key: 'fl_ifo', name: 'Patrik Olsson', emailLocal: 'patrik.olsson', departmentCode: 'SOC', title: 'Förvaltningsledare IFO-system', roleKey: null },
  { key: 'mas', name: 'Ulla Andersson', emailLocal: 'ulla.andersson', departmentCode: 'VOF', title: 'Medicinskt ansvarig sjuksköterska (MAS)', roleKey: null },
  { key: 'iktsamordnare', name: 'Hanna Karlsson', emailLocal: 'hanna.karlsson', departmentCode: 'BUF', title: 'IKT-samordnare', roleKey: null },
  { key: 'forskolechef', name: 'Jenny Åberg', emailLocal: 'jenny.aberg', departmentCode: 'BUF', title: 'Verksamhetschef förskola', roleKey: null },
  { key: 'bygglovchef', name: 'Maja Eriksson', emailLocal: 'maja.eriksson', departmentCode: 'SBF', title: 'Bygglovschef', roleKey: null },
  { key: 'miljoinspektor', name: 'Gustav Lundberg', emailLocal: 'gustav.lundberg', departmentCode: 'MHF', title: 'Miljöinspektör', roleKey: null },
  { key: 'bibchef', name: 'Malin Berglund', emailLocal: 'malin.berglund', departmentCode: 'KFF', title: 'Bibliotekschef', roleKey: null },
  { key: 'fastchef', name: 'Tomas Nilsson', emailLocal: 'tomas.nilsson', departmentCode: 'TEK', title: 'Fastighetschef', roleKey: null },
  { key: 'kostchef', name: 'Elin Sundqvist', emailLocal: 'elin.sundqvist', departmentCode: 'TEK', title: 'Kostchef', roleKey: null },
];

/** The register, area by area (each file under systems/). */
export const demoSystems: DemoSystem[] = [
  ...systemsVardOchOmsorg,
  ...systemsIndividOchFamiljeomsorg,
  ...systemsUtbildning,
  ...systemsSamhallsbyggnadOchMiljo,
  ...systemsGeodata,
  ...systemsEkonomi,
  ...systemsPersonal,
  ...systemsArendeOchDokumenthantering,
  ...systemsKommunikationOchETjanster,
  ...systemsGemensamItOchKontorsstod,
  ...systemsKulturOchFritid,
  ...systemsTeknikOchFastighet,
  ...systemsLedningKvalitetOchKrisberedskap,
];
