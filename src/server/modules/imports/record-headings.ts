import type { SheetKind } from '../../../shared/imports.js';
import { type Header, readHeader } from './row-check.js';
import { type Cell, foldKey } from './values.js';

/**
 * What kind a sheet other than the systems sheet is (issue 12, item 1): departments, people,
 * agreements and contracts, or integrations, from the sheet's name (the export's, a common one, a
 * .csv's file name) or else its headings in Swedish or English. RecordSheets (analyse-records.ts)
 * reads their rows.
 */

export type RecordKind = 'departments' | 'people' | 'agreements' | 'integrations';

const ID = ['id', 'roder-id', 'roder id'];
const HEADINGS: Record<RecordKind, Record<string, string[]>> = {
  departments: {
    id: ID,
    name: ['namn', 'name', 'förvaltning', 'department', 'avdelning', 'förvaltningens namn'],
    code: ['kod', 'code', 'förkortning', 'short name', 'abbreviation'],
  },
  people: {
    id: ID,
    name: ['namn', 'name', 'person', 'för- och efternamn', 'full name'],
    email: ['e-post', 'epost', 'e-postadress', 'email', 'e-mail', 'mail', 'mejl'],
    title: ['titel', 'title', 'befattning', 'job title', 'yrkesroll'],
    department: ['förvaltning', 'department', 'avdelning', 'enhet'],
  },
  agreements: {
    id: ID,
    name: ['namn', 'name', 'avtal', 'avtalsnamn', 'agreement', 'agreement name', 'kontrakt'],
    reference: ['avtalsnummer', 'agreement number', 'number', 'nummer', 'diarienummer', 'referens', 'reference', 'avtals-id', 'dnr'],
    kind: ['avtalstyp', 'typ', 'kind', 'type', 'agreement type'],
    supplier: ['leverantör', 'supplier', 'vendor', 'leverantor', 'motpart'],
    startDate: ['startdatum', 'start date', 'gäller från', 'avtalsstart', 'start'],
    endDate: ['slutdatum', 'end date', 'gäller till', 'avtalsslut', 'avtal tom', 'end'],
    noticeMonths: ['uppsägningstid (månader)', 'notice period (months)', 'uppsägningstid', 'notice period', 'notice months', 'uppsägning (mån)'],
    extensionOptions: ['förlängning', 'förlängningsoption', 'förlängningsoptioner', 'extension options', 'extension', 'option'],
    description: ['beskrivning', 'description', 'kommentar', 'notes', 'omfattning'],
    systems: ['system', 'systems', 'it-system', 'omfattar system', 'covered systems', 'applikationer'],
  },
  integrations: {
    id: ID,
    source: ['från system', 'källsystem', 'från', 'from system', 'source system', 'source', 'from', 'avsändare'],
    target: ['till system', 'målsystem', 'till', 'to system', 'target system', 'target', 'to', 'mottagare'],
    description: ['beskrivning', 'description', 'namn', 'name', 'integration', 'vad överförs'],
  },
};
const headingIndexes = Object.fromEntries(
  Object.entries(HEADINGS).map(([kind, columns]) => {
    const index = new Map<string, string>();
    for (const [column, words] of Object.entries(columns)) for (const w of words) index.set(foldKey(w), column);
    return [kind, index];
  }),
) as Record<RecordKind, Map<string, string>>;

/** Sheet names the export writes (sv, en) and the ones people give such sheets. */
const SHEET_NAMES: [SheetKind, string[]][] = [
  ['systems', ['systemregister', 'system', 'systems', 'application register', 'applications', 'applikationer', 'it-system']],
  ['departments', ['förvaltningar', 'departments', 'avdelningar', 'organisation', 'förvaltning']],
  ['people', ['personer', 'people', 'persons', 'personal', 'användare', 'kontaktpersoner']],
  ['agreements', ['avtal', 'agreements', 'avtal och kontrakt', 'agreements and contracts', 'kontrakt', 'contracts', 'avtalsregister']],
  ['integrations', ['integrationer', 'integrations', 'integration', 'dataflöden', 'data flows']],
];
const sheetNameIndex = new Map<string, SheetKind>();
for (const [kind, names] of SHEET_NAMES) for (const n of names) sheetNameIndex.set(foldKey(n), kind);

export type RecordHeader = Header<string>;

const readRecordHeader = (kind: RecordKind, cells: Cell[]): RecordHeader => readHeader(cells, (heading) => headingIndexes[kind].get(foldKey(heading)) ?? null);

const REQUIRED: Record<RecordKind, string[]> = { departments: ['name'], people: ['name'], agreements: ['name'], integrations: ['source', 'target'] };
const hasRequired = (kind: RecordKind, header: RecordHeader) => REQUIRED[kind].every((c) => header.columns.includes(c));

/**
 * What a sheet is, from its name (the export's, or a common one; a .csv's file name) and else
 * from its headings; `null` leaves it to the systems sheet's test.
 */
export function recordSheetKind(sheet: string, cells: Cell[]): { kind: RecordKind; header: RecordHeader } | 'systems' | 'unsupported' | null {
  const byName = sheetNameIndex.get(foldKey(sheet.replace(/\.(csv|xlsx)$/i, '')));
  if (byName === 'systems') return 'systems';
  if (byName && byName !== 'unsupported') {
    const header = readRecordHeader(byName, cells);
    return hasRequired(byName, header) ? { kind: byName, header } : 'unsupported';
  }
  // By the headings: columns no systems sheet has.
  const integrations = readRecordHeader('integrations', cells);
  if (hasRequired('integrations', integrations)) return { kind: 'integrations', header: integrations };
  const people = readRecordHeader('people', cells);
  if (hasRequired('people', people) && people.columns.includes('email')) return { kind: 'people', header: people };
  const agreements = readRecordHeader('agreements', cells);
  if (hasRequired('agreements', agreements) && ['reference', 'startDate', 'noticeMonths'].some((c) => agreements.columns.includes(c))) return { kind: 'agreements', header: agreements };
  return null;
}

