import type { Language } from '../../../shared/common.js';
import type { MappedColumn, SystemColumn } from '../../../shared/imports.js';
import { canMoveLifecycle } from '../applications/rules.js';
import { valueLabels } from './messages.js';
import { type Header, readHeader, rowCheck, UUID } from './row-check.js';
import { type Cell, cellText, type EnumColumn, foldKey, parseBoolean, parseDate, parseKronor, parseLevel, splitList } from './values.js';

/**
 * A systems sheet (issue 12, item 1): its columns recognised by their headings in Swedish or
 * English, and each row read into what the run writes, matched to the register by id, else by
 * name. Pure; SystemsAnalysis (analyse.ts) hands it the rows and keeps the mapping.
 */

type Lifecycle = 'planned' | 'in_use' | 'phasing_out' | 'phased_out';

interface SystemValues {
  name: string;
  vendor: string | null;
  versions: string[];
  kind: 'system' | 'application' | null;
  lifecycle: Lifecycle | null;
  assessment: 'tolerate' | 'invest' | 'migrate' | 'eliminate' | null;
  yearlyCost: number | null;
  ownerId: string | null;
  managerId: string | null;
  /** People the mapping says to create as owner or manager, by name. */
  newOwner: string | null;
  newManager: string | null;
  departmentIds: string[];
  /** Departments the mapping says to create, by name. */
  newDepartments: string[];
  capabilityIds: string[];
  personalData: boolean;
  classification: { k: number | null; r: number | null; t: number | null };
  contractEnd: string | null;
  description: string;
}

/** One row of a systems sheet the run will write: a new system, or an update of `matchId` in the columns the sheet has. */
export interface PlannedSystem {
  kind: 'systems';
  sheet: string;
  row: number;
  matchId: string | null;
  columns: SystemColumn[];
  values: SystemValues;
}

const HEADINGS: Record<SystemColumn | 'ignored', string[]> = {
  id: ['id', 'roder-id', 'roder id', 'systemid', 'system id'],
  name: ['namn', 'name', 'system', 'systemnamn', 'system name', 'benämning', 'applikation'],
  vendor: ['leverantör', 'supplier', 'vendor', 'leverantor', 'tillverkare'],
  versions: ['versioner', 'versions', 'version'],
  kind: ['typ', 'kind', 'type', 'systemtyp'],
  lifecycle: ['livscykel', 'lifecycle', 'status', 'livscykelstatus', 'fas'],
  assessment: ['bedömning', 'assessment', 'time', 'time-bedömning', 'time assessment'],
  yearlyCost: ['årlig kostnad (kr)', 'yearly cost (sek)', 'årlig kostnad', 'kostnad', 'cost', 'yearly cost', 'kostnad per år', 'årskostnad', 'kostnad/år'],
  owner: ['systemägare', 'system owner', 'ägare', 'owner'],
  manager: ['förvaltningsledare', 'system manager', 'manager', 'systemförvaltare', 'objektledare'],
  departments: ['förvaltningar', 'departments', 'förvaltning', 'department', 'verksamhet', 'verksamheter'],
  capabilities: ['verksamhetsförmågor', 'business capabilities', 'förmågor', 'capabilities', 'förmåga', 'capability'],
  personalData: ['personuppgifter', 'personal data', 'gdpr', 'behandlar personuppgifter'],
  k: ['k', 'c', 'konfidentialitet', 'confidentiality'],
  r: ['r', 'i', 'riktighet', 'integritet', 'integrity'],
  t: ['t', 'a', 'tillgänglighet', 'availability'],
  contractEnd: ['avtalets slutdatum', 'contract end', 'avtalsslut', 'avtal tom', 'avtal t.o.m.', 'slutdatum', 'avtalet löper ut'],
  description: ['beskrivning', 'description', 'kommentar', 'notes', 'anteckningar'],
  // Computed by the export; read back they would overwrite nothing, so they are passed over.
  ignored: ['sista uppsägningsdag', 'last notice date', 'avvikelser', 'deviations'],
};

const headingIndex = new Map<string, SystemColumn | 'ignored'>();
for (const [column, words] of Object.entries(HEADINGS)) for (const w of words) headingIndex.set(foldKey(w), column as SystemColumn | 'ignored');

export type SystemsHeader = Header<SystemColumn | 'ignored'>;

/** A systems sheet's header row; computed columns (`ignored`) may come more than once. */
export const readSystemsHeader = (cells: Cell[]): SystemsHeader => readHeader(cells, (heading) => headingIndex.get(foldKey(heading)) ?? null, 'ignored');

/** Whether a sheet is a systems sheet: it has a name column and at least one other column of the systems sheet. */
export const isSystemsSheet = (header: SystemsHeader) => header.columns.includes('name') && header.columns.filter((c) => c && c !== 'ignored' && c !== 'name').length > 0;

type Resolved = { target: string } | { create: string } | undefined;

/** What reading a systems row needs from the analysis: the register's systems, the mapping, and where problems go. */
export interface SystemRowContext {
  language: Language;
  systemsById: Map<string, { id: string; name: string; lifecycle: string }>;
  systemsByKey: Map<string, { id: string; name: string; lifecycle: string } | null>;
  resolve(column: MappedColumn, raw: string, label: string): Resolved;
  note(sheet: string, row: number, column: string, code: string, severity: 'error' | 'warning', params?: Record<string, string | number>): void;
}

/** One data row of a systems sheet: the row to write (null: it has an error and changes nothing), its name and its match. */
export function readSystemRow(ctx: SystemRowContext, sheet: string, header: SystemsHeader, row: number, cells: Cell[]) {
  const check = rowCheck(header, cells, (label, code, params) => ctx.note(sheet, row, label, code, 'error', params));
  const { at, fail, text, parsed } = check;
  const columns = header.columns.filter((x): x is SystemColumn => x !== null && x !== 'ignored');
  const values: SystemValues = {
    name: '', vendor: null, versions: [], kind: null, lifecycle: null, assessment: null, yearlyCost: null, ownerId: null, managerId: null, newOwner: null, newManager: null,
    departmentIds: [], newDepartments: [], capabilityIds: [], personalData: false, classification: { k: null, r: null, t: null }, contractEnd: null, description: '',
  };

  const nameCell = at('name')!;
  values.name = check.required('name', 200);
  values.description = text('description', 5000) ?? '';
  const versions = at('versions');
  values.versions = versions ? splitList(versions.cell).filter((x) => x.length <= 60).slice(0, 20) : [];

  const vendorText = text('vendor', 200);
  if (vendorText !== null) {
    const r = ctx.resolve('vendor', vendorText, at('vendor')!.label);
    values.vendor = r ? ('target' in r ? r.target : r.create) : null;
  }
  for (const column of ['kind', 'lifecycle', 'assessment'] as const satisfies EnumColumn[]) {
    const v = at(column);
    const t = v ? cellText(v.cell) : null;
    if (!v || t === null) continue;
    const r = ctx.resolve(column, t, v.label);
    if (r && 'target' in r) (values as unknown as Record<string, unknown>)[column] = r.target;
    else if (column !== 'assessment') ctx.note(sheet, row, v.label, 'unknown_value_default', 'warning', { value: t });
  }
  for (const column of ['owner', 'manager'] as const) {
    const v = at(column);
    const t = v ? cellText(v.cell) : null;
    if (!v || t === null) continue;
    const r = ctx.resolve(column, t, v.label);
    if (r && 'target' in r) values[column === 'owner' ? 'ownerId' : 'managerId'] = r.target;
    else if (r) values[column === 'owner' ? 'newOwner' : 'newManager'] = r.create.slice(0, 200);
  }
  for (const column of ['departments', 'capabilities'] as const) {
    const v = at(column);
    if (!v) continue;
    for (const item of splitList(v.cell).slice(0, 100)) {
      const r = ctx.resolve(column, item, v.label);
      if (!r) continue;
      if ('create' in r) values.newDepartments.push(r.create);
      else (column === 'departments' ? values.departmentIds : values.capabilityIds).push(r.target);
    }
  }
  values.yearlyCost = parsed('yearlyCost', parseKronor, null);
  values.personalData = parsed('personalData', parseBoolean, false);
  values.classification = { k: parsed('k', parseLevel, null), r: parsed('r', parseLevel, null), t: parsed('t', parseLevel, null) };
  values.contractEnd = parsed('contractEnd', parseDate, null);

  // Matching: by the id column when it has a value, else by the name.
  let matchId: string | null = null;
  const idCell = at('id');
  const idText = idCell ? cellText(idCell.cell) : null;
  if (idCell && idText !== null) {
    const found = UUID.test(idText) ? ctx.systemsById.get(idText.toLowerCase()) : undefined;
    // Another municipality's id is as unknown as a made-up one: the row changes nothing.
    if (!found) fail(idCell.label, 'unknown_id', { value: idText.slice(0, 40) });
    else matchId = found.id;
  } else if (values.name) {
    const found = ctx.systemsByKey.get(foldKey(values.name));
    if (found === null) fail(nameCell.label, 'ambiguous_name', { value: values.name });
    else if (found) matchId = found.id;
  }
  const existing = matchId ? ctx.systemsById.get(matchId.toLowerCase()) : undefined;
  if (existing && values.lifecycle && !canMoveLifecycle(existing.lifecycle as Lifecycle, values.lifecycle)) {
    const labels = valueLabels(ctx.language);
    fail(at('lifecycle')!.label, 'illegal_lifecycle', { from: labels[existing.lifecycle] ?? existing.lifecycle, to: labels[values.lifecycle] ?? values.lifecycle });
  }
  if (!existing && values.lifecycle === 'phased_out') fail(at('lifecycle')!.label, 'new_phased_out');

  const plan: PlannedSystem | null = check.failed ? null : { kind: 'systems', sheet, row, matchId, columns, values };
  return { plan, name: values.name, matchId };
}
