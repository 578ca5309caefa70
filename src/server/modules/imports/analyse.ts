import type { Language } from '../../../shared/common.js';
import type { ImportProblem, ImportReport, MappedColumn, MappingEntry, UnknownValue } from '../../../shared/imports.js';
import { type PlannedRecord, type RecordReference, RecordSheets } from './analyse-records.js';
import { problemMessage, valueLabels } from './messages.js';
import { recordSheetKind } from './record-headings.js';
import { isBlank, noteUnknownColumns } from './row-check.js';
import { isSystemsSheet, type PlannedSystem, readSystemRow, readSystemsHeader, type SystemRowContext, type SystemsHeader } from './systems-sheet.js';
import { type Candidate, candidateIndex, type Cell, enumCandidates, findDuplicates, foldKey } from './values.js';

export type { PlannedSystem } from './systems-sheet.js';

/**
 * From a sheet's rows to what the import will do with each (issue 12, item 1): recognise the
 * columns by their headings in Swedish or English, read every value, match each row to the
 * register (by id, else by name), and list every problem by sheet, row and column. Pure: the
 * worker thread runs it for the dry run and again, with the person's mapping, for the run.
 */

/** What is known in the municipality when the file is read. */
export interface Reference {
  departments: { id: string; name: string; code: string | null }[];
  people: RecordReference['people'];
  capabilities: { id: string; code: string; nameSv: string; nameEn: string }[];
  suppliers: string[];
  systems: { id: string; name: string; lifecycle: string }[];
  agreements: RecordReference['agreements'];
  integrations: RecordReference['integrations'];
}

/** One row the run will write, of any sheet. */
export type PlannedRow = PlannedSystem | PlannedRecord;

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
  private readonly rowContext: SystemRowContext;
  private current: { sheet: string; header: SystemsHeader; rows: number; skipped: number; creates: number; updates: number } | null = null;
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
    this.rowContext = {
      language,
      systemsById: this.systemsById,
      systemsByKey: this.systemsByKey,
      resolve: (column, raw, label) => this.resolve(column, raw, label),
      note: (sheet, row, column, code, severity, params) => this.note(sheet, row, column, code, severity, params),
    };
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
    const header = readSystemsHeader(headerCells);
    if (kind === 'unsupported' || !isSystemsSheet(header)) {
      this.sheets.push({ sheet, kind: 'unsupported', rows: 0, creates: 0, updates: 0, skipped: 0 });
      this.note(sheet, 1, '', 'sheet_not_supported', 'warning');
      return false;
    }
    noteUnknownColumns(header, (label) => this.note(sheet, 1, label, 'unknown_column', 'warning'));
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
    if (!c || isBlank(cells)) return;
    c.rows++;
    const { plan, name, matchId } = readSystemRow(this.rowContext, c.sheet, c.header, row, cells);
    if (plan) this.planned.push(plan);
    else c.skipped++;
    if (name) this.named.push({ row, name, id: matchId, sheet: c.sheet, planned: plan });
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
