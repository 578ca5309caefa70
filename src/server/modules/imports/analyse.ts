import type { Language } from '../../../shared/common.js';
import type { ImportProblem, ImportReport, MappedColumn, MappingEntry, SystemColumn, UnknownValue } from '../../../shared/imports.js';
import { canMoveLifecycle } from '../applications/rules.js';
import { type PlannedRecord, type RecordReference, RecordSheets, recordSheetKind } from './analyse-records.js';
import { problemMessage, valueLabels } from './messages.js';
import {
  type Candidate,
  candidateIndex,
  type Cell,
  cellText,
  type EnumColumn,
  enumCandidates,
  findDuplicates,
  foldKey,
  parseBoolean,
  parseDate,
  parseKronor,
  parseLevel,
  splitList,
} from './values.js';

/**
 * From a sheet's rows to what the import will do with each (issue 12, item 1): recognise the
 * columns by their headings in Swedish or English, read every value, match each row to the
 * register (by id, else by name), and list every problem by sheet, row and column. Pure: the
 * worker thread runs it for the dry run and again, with the person's mapping, for the run.
 */

/** What is known in the municipality when the file is read. */
export interface Reference {
  departments: { id: string; name: string; code: string | null }[];
  people: { id: string; name: string; email: string | null }[];
  capabilities: { id: string; code: string; nameSv: string; nameEn: string }[];
  suppliers: string[];
  systems: { id: string; name: string; lifecycle: string }[];
  agreements: RecordReference['agreements'];
  integrations: RecordReference['integrations'];
}

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

/** One row the run will write, of any sheet. */
export type PlannedRow = PlannedSystem | PlannedRecord;

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

/** The column a heading names; null when Roder does not know it. */
function columnOfHeading(heading: string): SystemColumn | 'ignored' | null {
  return headingIndex.get(foldKey(heading)) ?? null;
}

interface SheetHeader {
  /** Per cell index, the column it holds (null: unknown, skipped). */
  columns: (SystemColumn | 'ignored' | null)[];
  labels: string[];
}

function readHeader(cells: Cell[]): SheetHeader {
  const labels = cells.map((c) => cellText(c) ?? '');
  const seen = new Set<string>();
  const columns = labels.map((label) => {
    const column = label ? columnOfHeading(label) : null;
    // The first of two columns with one meaning is read; a second is passed over.
    if (column && column !== 'ignored' && seen.has(column)) return null;
    if (column) seen.add(column);
    return column;
  });
  return { columns, labels };
}

/** Whether a sheet is a systems sheet: it has a name column and at least one other column of the systems sheet. */
const isSystemsSheet = (header: SheetHeader) => header.columns.includes('name') && header.columns.filter((c) => c && c !== 'ignored' && c !== 'name').length > 0;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_PROBLEMS = 2000;

const REFERENCE_COLUMNS = new Set<MappedColumn>(['departments', 'owner', 'manager', 'capabilities']);

/**
 * Reads rows one at a time (the file is never held whole) and reports at the end. With a mapping
 * (the run), unknown values are read as mapped; without one (the dry run), as proposed.
 */
export class SystemsAnalysis {
  private readonly problems: ImportProblem[] = [];
  private problemCount = 0;
  private errorCount = 0;
  private readonly unknowns = new Map<string, UnknownValue>();
  private readonly planned: PlannedSystem[] = [];
  private readonly records: RecordSheets;
  private readonly sheets: ImportReport['sheets'] = [];
  private readonly indexes: Record<MappedColumn, ReturnType<typeof candidateIndex>>;
  private readonly options: Record<MappedColumn, Candidate[]>;
  private readonly systemsById: Map<string, { id: string; name: string; lifecycle: string }>;
  private readonly systemsByKey = new Map<string, { id: string; name: string; lifecycle: string } | null>();
  private readonly mapping = new Map<string, MappingEntry>();
  private readonly nameLabels = new Map<string, string>();
  private current: { sheet: string; header: SheetHeader; rows: number; skipped: number; creates: number; updates: number } | null = null;
  private readonly named: { row: number; name: string; id: string | null; sheet: string; planned: PlannedSystem | null }[] = [];

  constructor(
    private readonly reference: Reference,
    private readonly language: Language,
    mapping: MappingEntry[] | null,
  ) {
    for (const m of mapping ?? []) this.mapping.set(`${m.column}\u0000${foldKey(m.value)}`, m);
    const labels = valueLabels(language);
    const people: Candidate[] = reference.people.map((p) => ({ target: p.id, label: p.email ? `${p.name} (${p.email})` : p.name, keys: [foldKey(p.name), p.email ? foldKey(p.email) : ''] }));
    this.options = {
      departments: reference.departments.map((d) => ({ target: d.id, label: d.name, keys: [foldKey(d.name), d.code ? foldKey(d.code) : ''] })),
      owner: people,
      manager: people,
      capabilities: reference.capabilities.map((c) => ({ target: c.id, label: `${c.code} ${language === 'en' ? c.nameEn : c.nameSv}`, keys: [foldKey(c.nameSv), foldKey(c.nameEn), foldKey(c.code)] })),
      vendor: reference.suppliers.map((s) => ({ target: s, label: s, keys: [foldKey(s)] })),
      kind: enumCandidates('kind', labels),
      lifecycle: enumCandidates('lifecycle', labels),
      assessment: enumCandidates('assessment', labels),
    };
    this.indexes = Object.fromEntries(Object.entries(this.options).map(([k, v]) => [k, candidateIndex(v)])) as typeof this.indexes;
    this.systemsById = new Map(reference.systems.map((s) => [s.id.toLowerCase(), s]));
    for (const s of reference.systems) {
      const key = foldKey(s.name);
      this.systemsByKey.set(key, this.systemsByKey.has(key) ? null : s);
    }
    this.records = new RecordSheets(
      reference,
      this.sheets,
      (sheet, row, column, code, severity, params) => this.note(sheet, row, column, code, severity, params),
      (raw, label) => this.resolve('departments', raw, label),
    );
  }

  private note(sheet: string, row: number, column: string, code: string, severity: 'error' | 'warning', params: Record<string, string | number> = {}) {
    this.problemCount++;
    if (severity === 'error') this.errorCount++;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ sheet, row, column, code, severity, message: problemMessage(this.language, code, { column, ...params }) });
  }

  /** A sheet begins: its header row decides what it is. */
  beginSheet(sheet: string, headerCells: Cell[]) {
    this.endSheet();
    this.records.endSheet();
    const kind = recordSheetKind(sheet, headerCells);
    if (kind !== null && typeof kind === 'object') {
      this.records.beginSheet(kind.kind, sheet, kind.header);
      return true;
    }
    const header = readHeader(headerCells);
    if (kind === 'unsupported' || !isSystemsSheet(header)) {
      this.sheets.push({ sheet, kind: 'unsupported', rows: 0, creates: 0, updates: 0, skipped: 0 });
      this.note(sheet, 1, '', 'sheet_not_supported', 'warning');
      return false;
    }
    header.labels.forEach((label, i) => {
      if (label && header.columns[i] === null) this.note(sheet, 1, label, 'unknown_column', 'warning');
    });
    this.current = { sheet, header, rows: 0, skipped: 0, creates: 0, updates: 0 };
    this.nameLabels.set(sheet, header.labels[header.columns.indexOf('name')]!);
    return true;
  }

  private endSheet() {
    if (!this.current) return;
    const c = this.current;
    this.sheets.push({ sheet: c.sheet, kind: 'systems', rows: c.rows, creates: c.creates, updates: c.updates, skipped: c.skipped });
    this.current = null;
  }

  /**
   * A value of a mapped column: known (exactly, by name, code or e-mail), or as the mapping says,
   * else the proposal; `undefined` means read as empty, `{ create }` a new record.
   */
  private resolve(column: MappedColumn, raw: string, label: string): { target: string } | { create: string } | undefined {
    const known = this.indexes[column].exact(raw);
    if (known) return { target: known.target };
    const key = `${column}\u0000${foldKey(raw)}`;
    let unknown = this.unknowns.get(key);
    if (!unknown) {
      const proposal = this.indexes[column].nearest(raw);
      const canCreate = column === 'departments' || column === 'vendor' || column === 'owner' || column === 'manager';
      unknown = {
        column,
        columnLabel: label,
        value: raw,
        rows: 0,
        proposal: proposal ? { target: proposal.target, label: proposal.label } : null,
        canCreate,
        options: column === 'kind' || column === 'lifecycle' || column === 'assessment' ? this.options[column].map((o) => ({ target: o.target, label: o.label })) : [],
      };
      this.unknowns.set(key, unknown);
    }
    unknown.rows++;
    const mapped = this.mapping.get(key);
    if (mapped) {
      if (mapped.action === 'empty') return undefined;
      if (mapped.action === 'create' && unknown.canCreate) return { create: raw };
      if (mapped.action === 'use' && mapped.target && this.isKnownTarget(column, mapped.target)) return { target: mapped.target };
    }
    if (unknown.proposal) return { target: unknown.proposal.target };
    return unknown.canCreate ? { create: raw } : undefined;
  }

  private isKnownTarget(column: MappedColumn, target: string) {
    return this.options[column].some((o) => o.target === target);
  }

  /** One data row (the spreadsheet's row number, header = 1). */
  addRow(row: number, cells: Cell[]) {
    if (this.records.active) return this.records.addRow(row, cells);
    const c = this.current;
    if (!c) return;
    if (cells.every((cell) => cellText(cell) === null)) return;
    c.rows++;
    const { sheet, header } = c;
    const at = (column: SystemColumn) => {
      const i = header.columns.indexOf(column);
      return i < 0 ? undefined : { cell: cells[i] ?? null, label: header.labels[i]! };
    };
    let failed = false;
    const fail = (label: string, code: string, params: Record<string, string | number> = {}) => {
      failed = true;
      this.note(sheet, row, label, code, 'error', params);
    };
    const columns = header.columns.filter((x): x is SystemColumn => x !== null && x !== 'ignored');
    const values: SystemValues = {
      name: '', vendor: null, versions: [], kind: null, lifecycle: null, assessment: null, yearlyCost: null, ownerId: null, managerId: null, newOwner: null, newManager: null,
      departmentIds: [], newDepartments: [], capabilityIds: [], personalData: false, classification: { k: null, r: null, t: null }, contractEnd: null, description: '',
    };
    const text = (column: SystemColumn, max: number) => {
      const v = at(column);
      if (!v) return null;
      const t = cellText(v.cell);
      if (t !== null && t.length > max) {
        fail(v.label, 'too_long', { max });
        return null;
      }
      return t;
    };

    const nameCell = at('name')!;
    const name = text('name', 200);
    if (name === null && !failed) fail(nameCell.label, 'required');
    values.name = name ?? '';
    values.description = text('description', 5000) ?? '';
    values.versions = (() => {
      const v = at('versions');
      return v ? splitList(v.cell).filter((x) => x.length <= 60).slice(0, 20) : [];
    })();

    const vendorText = text('vendor', 200);
    if (vendorText !== null) {
      const r = this.resolve('vendor', vendorText, at('vendor')!.label);
      values.vendor = r ? ('target' in r ? r.target : r.create) : null;
    }
    for (const column of ['kind', 'lifecycle', 'assessment'] as const satisfies EnumColumn[]) {
      const v = at(column);
      const t = v ? cellText(v.cell) : null;
      if (!v || t === null) continue;
      const r = this.resolve(column, t, v.label);
      if (r && 'target' in r) (values as unknown as Record<string, unknown>)[column] = r.target;
      else if (column !== 'assessment') this.note(sheet, row, v.label, 'unknown_value_default', 'warning', { value: t });
    }
    for (const column of ['owner', 'manager'] as const) {
      const v = at(column);
      const t = v ? cellText(v.cell) : null;
      if (!v || t === null) continue;
      const r = this.resolve(column, t, v.label);
      if (r && 'target' in r) values[column === 'owner' ? 'ownerId' : 'managerId'] = r.target;
      else if (r) values[column === 'owner' ? 'newOwner' : 'newManager'] = r.create.slice(0, 200);
    }
    for (const column of ['departments', 'capabilities'] as const) {
      const v = at(column);
      if (!v) continue;
      for (const item of splitList(v.cell).slice(0, 100)) {
        const r = this.resolve(column, item, v.label);
        if (!r) continue;
        if ('create' in r) values.newDepartments.push(r.create);
        else (column === 'departments' ? values.departmentIds : values.capabilityIds).push(r.target);
      }
    }
    const parsed = <T>(column: SystemColumn, parse: (cell: Cell) => { ok: true; value: T } | { ok: false; code: string }, fallback: T): T => {
      const v = at(column);
      if (!v) return fallback;
      const p = parse(v.cell);
      if (p.ok) return p.value;
      fail(v.label, p.code, { value: cellText(v.cell) ?? '' });
      return fallback;
    };
    values.yearlyCost = parsed('yearlyCost', parseKronor, null);
    values.personalData = parsed('personalData', parseBoolean, false);
    values.classification = { k: parsed('k', parseLevel, null), r: parsed('r', parseLevel, null), t: parsed('t', parseLevel, null) };
    values.contractEnd = parsed('contractEnd', parseDate, null);

    // Matching: by the id column when it has a value, else by the name.
    let matchId: string | null = null;
    const idCell = at('id');
    const idText = idCell ? cellText(idCell.cell) : null;
    if (idCell && idText !== null) {
      const found = UUID.test(idText) ? this.systemsById.get(idText.toLowerCase()) : undefined;
      // Another municipality's id is as unknown as a made-up one: the row changes nothing.
      if (!found) fail(idCell.label, 'unknown_id', { value: idText.slice(0, 40) });
      else matchId = found.id;
    } else if (values.name) {
      const found = this.systemsByKey.get(foldKey(values.name));
      if (found === null) fail(nameCell.label, 'ambiguous_name', { value: values.name });
      else if (found) matchId = found.id;
    }
    const existing = matchId ? this.systemsById.get(matchId.toLowerCase()) : undefined;
    if (existing && values.lifecycle && !canMoveLifecycle(existing.lifecycle as Lifecycle, values.lifecycle)) {
      const v = at('lifecycle')!;
      const labels = valueLabels(this.language);
      fail(v.label, 'illegal_lifecycle', { from: labels[existing.lifecycle] ?? existing.lifecycle, to: labels[values.lifecycle] ?? values.lifecycle });
    }
    if (!existing && values.lifecycle === 'phased_out') fail(at('lifecycle')!.label, 'new_phased_out');

    const plan: PlannedSystem | null = failed ? null : { kind: 'systems', sheet, row, matchId, columns, values };
    if (plan) this.planned.push(plan);
    else c.skipped++;
    if (values.name) this.named.push({ row, name: values.name, id: matchId, sheet, planned: plan });
  }

  /** Rows read so far in the current sheet. */
  get rowsInSheet() {
    return this.current?.rows ?? this.records.rowsInSheet;
  }

  /** The report (and, for the run, the rows to write), once every sheet has been read. */
  finish(): { report: ImportReport; planned: PlannedRow[] } {
    this.endSheet();
    this.records.endSheet();
    const bySheet = new Map<string, typeof this.named>();
    for (const n of this.named) {
      const list = bySheet.get(n.sheet) ?? [];
      list.push(n);
      bySheet.set(n.sheet, list);
    }
    const dropped = new Set<PlannedSystem>();
    const counts = new Map(this.sheets.map((s) => [s.sheet, s]));
    for (const [sheet, rows] of bySheet) {
      const byRow = new Map(rows.map((r) => [r.row, r]));
      for (const d of findDuplicates(rows, this.reference.systems)) {
        const entry = byRow.get(d.row)!;
        const label = this.nameLabels.get(sheet) ?? '';
        if (d.kind === 'same_name') {
          // The same system twice: the first row is read, a later one would overwrite it unseen.
          this.note(sheet, d.row, label, 'duplicate_in_file', 'error', { other: d.otherRow ?? 0, name: d.otherName });
          if (entry.planned) {
            dropped.add(entry.planned);
            entry.planned = null;
            counts.get(sheet)!.skipped++;
          }
        } else if (d.kind === 'similar_name') this.note(sheet, d.row, label, 'probable_duplicate', 'warning', { other: d.otherRow ?? 0, name: d.otherName });
        else this.note(sheet, d.row, label, 'probable_duplicate_register', 'warning', { name: d.otherName });
      }
    }
    const systems = dropped.size ? this.planned.filter((p) => !dropped.has(p)) : this.planned;
    for (const p of systems) {
      const s = counts.get(p.sheet)!;
      if (p.matchId) s.updates++;
      else s.creates++;
    }
    // The other sheets last: an integration may name a system any systems sheet of the file creates.
    const records = this.records.finish(systems.map((p) => ({ name: p.values.name, matchId: p.matchId })));
    const planned = inWriteOrder(systems, records);
    this.problems.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
    const unknowns = [...this.unknowns.values()].filter((u) => REFERENCE_COLUMNS.has(u.column) || u.column !== 'vendor' || u.proposal !== null);
    return {
      report: { sheets: this.sheets, problems: this.problems, problemCount: this.problemCount, errorCount: this.errorCount, unknowns },
      planned,
    };
  }
}

type Planned<K extends PlannedRecord['kind']> = Extract<PlannedRecord, { kind: K }>;

/**
 * The rows to write in the order their references need (departments, people, systems, agreements,
 * integrations), with the departments and people the mapping makes for new departments, owners and
 * managers among them (`viaMapping`, once each by name): the run hands them over and writes them a
 * chunk at a time in this order, so each chunk's references are written by then.
 */
function inWriteOrder(systems: PlannedSystem[], records: PlannedRecord[]): PlannedRow[] {
  const ofKind = <K extends PlannedRecord['kind']>(kind: K) => records.filter((p): p is Planned<K> => p.kind === kind);
  const people = ofKind('people');
  const departments: Planned<'departments'>[] = ofKind('departments');
  const named = new Set(departments.map((d) => foldKey(d.values.name)));
  const sheet = systems[0]?.sheet ?? people[0]?.sheet ?? '';
  for (const name of [...systems.flatMap((p) => p.values.newDepartments), ...people.flatMap((p) => (p.values.newDepartment ? [p.values.newDepartment] : []))]) {
    if (named.has(foldKey(name))) continue;
    named.add(foldKey(name));
    departments.push({ kind: 'departments', sheet, row: 0, matchId: null, columns: ['name'], values: { name: name.slice(0, 200), code: null }, viaMapping: true });
  }
  const known = new Set(people.map((p) => foldKey(p.values.name)));
  for (const s of systems) {
    for (const name of [s.values.newOwner, s.values.newManager]) {
      if (!name || known.has(foldKey(name))) continue;
      known.add(foldKey(name));
      people.push({ kind: 'people', sheet: s.sheet, row: s.row, matchId: null, columns: ['name'], values: { name, email: null, title: null, departmentId: null, newDepartment: null }, viaMapping: true });
    }
  }
  return [...departments, ...people, ...systems, ...ofKind('agreements'), ...ofKind('integrations')];
}
