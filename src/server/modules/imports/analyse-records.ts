import { agreementProblems } from '../../../shared/agreement-rules.js';
import type { ImportReport } from '../../../shared/imports.js';
import type { RecordHeader, RecordKind } from './record-headings.js';
import { type Fail, isBlank, noteUnknownColumns, rowCheck, UUID } from './row-check.js';
import { type Cell, cellText, foldKey, parseDate, splitList } from './values.js';

/**
 * The export's other sheets read back (issue 12, item 1): departments, people, agreements and
 * contracts, and integrations between systems. Each row is matched to the register (by id, else
 * by its natural key: departments by name, people by e-mail, agreements by number then name,
 * integrations by the pair of systems) and every problem is named by sheet, row and column. Pure,
 * like analyse.ts, whose SystemsAnalysis hands these sheets over.
 */

/** A system an integration names: one of the register (id), or one the same file creates (name). */
export type SystemRef = { id: string } | { name: string };

interface DepartmentValues {
  name: string;
  code: string | null;
}
interface PersonValues {
  name: string;
  email: string | null;
  title: string | null;
  departmentId: string | null;
  /** A department the mapping says to create, by name. */
  newDepartment: string | null;
}
interface AgreementValues {
  name: string;
  reference: string;
  kind: 'framework' | 'contract';
  supplier: string | null;
  startDate: string | null;
  endDate: string | null;
  noticeMonths: number | null;
  extensionOptions: string;
  description: string;
  /** The systems the agreement covers, to link (null: the sheet has no systems column). */
  systems: SystemRef[] | null;
}
interface IntegrationValues {
  source: SystemRef;
  target: SystemRef;
  description: string;
}

interface Base<K extends RecordKind, V> {
  kind: K;
  sheet: string;
  row: number;
  /** The record the row updates; null: a new one. */
  matchId: string | null;
  /** The columns the sheet has: an update changes only these. */
  columns: string[];
  values: V;
  /** A department or person the mapping makes (for a new department, owner or manager): written and undone, not counted. */
  viaMapping?: true;
}
export type PlannedRecord =
  | Base<'departments', DepartmentValues>
  | Base<'people', PersonValues>
  | Base<'agreements', AgreementValues>
  | Base<'integrations', IntegrationValues>;

export interface RecordReference {
  departments: { id: string; name: string }[];
  /** `hasLogin`: the person signs in to Roder (a membership of the municipality). */
  people: { id: string; name: string; email: string | null; hasLogin?: boolean }[];
  agreements: { id: string; name: string; reference: string }[];
  integrations: { id: string; sourceId: string; targetId: string }[];
  systems: { id: string; name: string }[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FRAMEWORK = new Set(['ramavtal', 'framework', 'frameworkagreement', 'ram']);
const CONTRACT = new Set(['avtal', 'contract', 'kontrakt', 'agreement', 'avropsavtal', 'leveransavtal']);

type Note = (sheet: string, row: number, column: string, code: string, severity: 'error' | 'warning', params?: Record<string, string | number>) => void;
type ResolveDepartment = (raw: string, label: string) => { target: string } | { create: string } | undefined;

/** Unique keys: a key that two records share maps to null (ambiguous). */
function uniqueBy<T>(items: T[], key: (t: T) => string | null) {
  const map = new Map<string, T | null>();
  for (const item of items) {
    const k = key(item);
    if (k) map.set(k, map.has(k) ? null : item);
  }
  return map;
}

interface PendingIntegration {
  sheet: string;
  row: number;
  matchId: string | null;
  columns: string[];
  source: { text: string; label: string };
  target: { text: string; label: string };
  description: string;
}

export class RecordSheets {
  private current: { kind: RecordKind; sheet: string; header: RecordHeader; counts: ImportReport['sheets'][number]; seen: Map<string, number> } | null = null;
  private readonly planned: PlannedRecord[] = [];
  private readonly pending: PendingIntegration[] = [];
  /** Agreements whose systems column names systems: named only once every sheet is read. */
  private readonly agreementSystems = new Map<Base<'agreements', AgreementValues>, { texts: string[]; label: string }>();
  private readonly counts = new Map<string, ImportReport['sheets'][number]>();
  private readonly departmentsById: Map<string, { id: string }>;
  private readonly departmentsByName;
  private readonly peopleById: Map<string, RecordReference['people'][number]>;
  private readonly peopleByEmail;
  private readonly peopleByName;
  private readonly agreementsById: Map<string, { id: string }>;
  private readonly agreementsByReference;
  private readonly agreementsByName;
  private readonly integrationsById: Map<string, { id: string; sourceId: string; targetId: string }>;
  private readonly integrationsByPair: Map<string, string>;

  constructor(
    private readonly reference: RecordReference,
    private readonly sheets: ImportReport['sheets'],
    private readonly note: Note,
    private readonly resolveDepartment: ResolveDepartment,
  ) {
    this.departmentsById = new Map(reference.departments.map((d) => [d.id.toLowerCase(), d]));
    this.departmentsByName = uniqueBy(reference.departments, (d) => foldKey(d.name));
    this.peopleById = new Map(reference.people.map((p) => [p.id.toLowerCase(), p]));
    this.peopleByEmail = uniqueBy(reference.people, (p) => p.email?.toLowerCase() ?? null);
    this.peopleByName = uniqueBy(reference.people, (p) => foldKey(p.name));
    this.agreementsById = new Map(reference.agreements.map((a) => [a.id.toLowerCase(), a]));
    this.agreementsByReference = uniqueBy(reference.agreements, (a) => (a.reference ? foldKey(a.reference) : null));
    this.agreementsByName = uniqueBy(reference.agreements, (a) => foldKey(a.name));
    this.integrationsById = new Map(reference.integrations.map((i) => [i.id.toLowerCase(), i]));
    this.integrationsByPair = new Map(reference.integrations.map((i) => [`${i.sourceId}|${i.targetId}`, i.id]));
  }

  beginSheet(kind: RecordKind, sheet: string, header: RecordHeader) {
    this.endSheet();
    noteUnknownColumns(header, (label) => this.note(sheet, 1, label, 'unknown_column', 'warning'));
    const counts = { sheet, kind, rows: 0, creates: 0, updates: 0, skipped: 0 };
    this.sheets.push(counts);
    this.counts.set(sheet, counts);
    this.current = { kind, sheet, header, counts, seen: new Map() };
  }

  endSheet() {
    this.current = null;
  }

  get rowsInSheet() {
    return this.current?.counts.rows ?? 0;
  }

  get active() {
    return this.current !== null;
  }

  addRow(row: number, cells: Cell[]) {
    const c = this.current;
    if (!c) return;
    if (isBlank(cells)) return;
    c.counts.rows++;
    const { sheet, header } = c;
    const check = rowCheck(header, cells, (label, code, params) => this.note(sheet, row, label, code, 'error', params));
    const { at, fail, text, required } = check;
    const columns = header.columns.filter((x): x is string => x !== null);
    // The id column, when it has a value, names the record; an unknown id changes nothing.
    const byId = (index: Map<string, { id: string }>) => {
      const v = at('id');
      const t = v ? cellText(v.cell) : null;
      if (!v || t === null) return undefined;
      const found = UUID.test(t) ? index.get(t.toLowerCase()) : undefined;
      if (!found) fail(v.label, 'unknown_id', { value: t.slice(0, 40) });
      return found?.id ?? null;
    };
    // The same record twice in one sheet: the first row is read, a later one would overwrite it unseen.
    const once = (key: string, label: string, name: string) => {
      const other = c.seen.get(key);
      if (other !== undefined) fail(label, 'duplicate_row_in_file', { other, name });
      else c.seen.set(key, row);
    };
    const push = (planned: PlannedRecord) => {
      if (check.failed) c.counts.skipped++;
      else this.planned.push(planned);
    };

    if (c.kind === 'departments') {
      const name = required('name', 200);
      const code = text('code', 20);
      let matchId = byId(this.departmentsById);
      if (matchId === undefined && name) matchId = this.matchByName(this.departmentsByName, name, at('name')!.label, fail);
      if (name) once(matchId ?? foldKey(name), at('name')!.label, name);
      push({ kind: 'departments', sheet, row, matchId: matchId ?? null, columns, values: { name, code } });
    } else if (c.kind === 'people') {
      const name = required('name', 200);
      const email = text('email', 320)?.toLowerCase() ?? null;
      if (email !== null && !EMAIL.test(email)) fail(at('email')!.label, 'invalid_email', { value: email.slice(0, 80) });
      const title = text('title', 200);
      const values: PersonValues = { name, email, title, departmentId: null, newDepartment: null };
      const department = text('department', 200);
      if (department !== null) {
        const r = this.resolveDepartment(department, at('department')!.label);
        if (r && 'target' in r) values.departmentId = r.target;
        else if (r) values.newDepartment = r.create;
      }
      let matchId = byId(this.peopleById);
      if (matchId === undefined && email && EMAIL.test(email)) {
        const found = this.peopleByEmail.get(email);
        if (found) matchId = found.id;
      }
      // Without an e-mail, a name that one person of the register has is that person.
      if (matchId === undefined && !email && name) matchId = this.matchByName(this.peopleByName, name, at('name')!.label, fail);
      if (name) once(matchId ?? (email ? `@${email}` : foldKey(name)), at(email ? 'email' : 'name')!.label, email ?? name);
      // A login's e-mail is changed in the people admin: a spreadsheet must not be a route to taking over an account.
      const person = matchId ? this.peopleById.get(matchId.toLowerCase()) : undefined;
      const emailOfLogin = !!person?.hasLogin && at('email') !== undefined && email !== (person.email?.toLowerCase() ?? null);
      if (emailOfLogin) this.note(sheet, row, at('email')!.label, 'email_of_login', 'warning');
      push({ kind: 'people', sheet, row, matchId: matchId ?? null, columns: emailOfLogin ? columns.filter((x) => x !== 'email') : columns, values });
    } else if (c.kind === 'agreements') {
      const name = required('name', 200);
      const reference = text('reference', 100) ?? '';
      const supplier = text('supplier', 200);
      const kindText = text('kind', 100);
      let kind: AgreementValues['kind'] = 'contract';
      if (kindText !== null) {
        const k = foldKey(kindText);
        if (FRAMEWORK.has(k)) kind = 'framework';
        else if (!CONTRACT.has(k)) this.note(sheet, row, at('kind')!.label, 'unknown_value_default', 'warning', { value: kindText });
      }
      const startDate = check.parsed('startDate', parseDate, null);
      const endDate = check.parsed('endDate', parseDate, null);
      const rule = agreementProblems({ startDate, endDate, noticeMonths: null })[0];
      if (rule) fail(at('endDate')!.label, 'end_before_start');
      let noticeMonths: number | null = null;
      const notice = at('noticeMonths');
      const noticeText = notice ? cellText(notice.cell) : null;
      if (notice && noticeText !== null) {
        const m = /^(\d{1,3})(?:\s*(?:mån|månader|months?|mon)\.?)?$/i.exec(noticeText);
        if (m && Number(m[1]) <= 120) noticeMonths = Number(m[1]);
        else fail(notice.label, 'invalid_months', { value: noticeText.slice(0, 40) });
      }
      if (noticeMonths !== null && agreementProblems({ startDate, endDate, noticeMonths }).length > 0 && !check.failed) fail(notice!.label, 'notice_before_start');
      const values: AgreementValues = {
        name, reference, kind, supplier, startDate, endDate, noticeMonths,
        extensionOptions: text('extensionOptions', 1000) ?? '', description: text('description', 5000) ?? '', systems: at('systems') ? [] : null,
      };
      let matchId = byId(this.agreementsById);
      if (matchId === undefined && reference) {
        const found = this.agreementsByReference.get(foldKey(reference));
        if (found) matchId = found.id;
      }
      if (matchId === undefined && name) matchId = this.matchByName(this.agreementsByName, name, at('name')!.label, fail);
      if (name) once(matchId ?? (reference ? `#${foldKey(reference)}` : foldKey(name)), at(reference ? 'reference' : 'name')!.label, reference || name);
      const planned: Base<'agreements', AgreementValues> = { kind: 'agreements', sheet, row, matchId: matchId ?? null, columns, values };
      // Names separated by semicolons (a system's name may hold a comma), as the export writes them.
      const systems = at('systems');
      if (systems && !check.failed) this.agreementSystems.set(planned, { texts: splitList(systems.cell, /[;\n]/).slice(0, 500), label: systems.label });
      push(planned);
    } else {
      const source = text('source', 200);
      const target = text('target', 200);
      if (source === null && !check.failed) fail(at('source')!.label, 'required');
      if (target === null && !check.failed) fail(at('target')!.label, 'required');
      const description = text('description', 500) ?? '';
      // An integration's id is kept only until its system is saved again, so an unknown one falls back to the pair.
      const idCell = at('id');
      const idText = idCell ? cellText(idCell.cell) : null;
      const matchId = idText && UUID.test(idText) ? (this.integrationsById.get(idText.toLowerCase())?.id ?? null) : null;
      if (check.failed) c.counts.skipped++;
      else this.pending.push({ sheet, row, matchId, columns, source: { text: source!, label: at('source')!.label }, target: { text: target!, label: at('target')!.label }, description });
    }
  }

  private matchByName(index: Map<string, { id: string } | null>, name: string, label: string, fail: Fail) {
    const found = index.get(foldKey(name));
    if (found === null) {
      fail(label, 'ambiguous_record_name', { value: name });
      return null;
    }
    return found?.id;
  }

  /**
   * The rows to write, once every sheet is read: integrations name their systems only now, since a
   * system the file creates may come in a later sheet. `fileSystems`: the systems sheet's rows.
   */
  finish(fileSystems: { name: string; matchId: string | null }[]): PlannedRecord[] {
    this.endSheet();
    const byId = new Map(this.reference.systems.map((s) => [s.id.toLowerCase(), s.id]));
    const byName = uniqueBy(this.reference.systems, (s) => foldKey(s.name));
    const inFile = new Map<string, SystemRef>();
    for (const s of fileSystems) inFile.set(foldKey(s.name), s.matchId ? { id: s.matchId } : { name: s.name });
    const system = (p: { sheet: string; row: number }, ref: { text: string; label: string }): SystemRef | null => {
      if (UUID.test(ref.text) && byId.has(ref.text.toLowerCase())) return { id: byId.get(ref.text.toLowerCase())! };
      // A name the file gives a system (new, or renamed) wins over the register's.
      const key = foldKey(ref.text);
      const named = inFile.get(key);
      if (named) return named;
      const found = byName.get(key);
      if (found) return { id: found.id };
      this.note(p.sheet, p.row, ref.label, found === null ? 'ambiguous_system' : 'unknown_system', 'error', { value: ref.text.slice(0, 200) });
      return null;
    };
    const keyOf = (r: SystemRef) => ('id' in r ? r.id : `new:${foldKey(r.name)}`);
    // An agreement's systems: a name neither the register nor the file has leaves the agreement unwritten.
    for (const [planned, { texts, label }] of this.agreementSystems) {
      const refs = texts.map((text) => system(planned, { text, label }));
      if (refs.some((r) => r === null)) {
        this.planned.splice(this.planned.indexOf(planned), 1);
        this.counts.get(planned.sheet)!.skipped++;
        continue;
      }
      planned.values.systems = [...new Map((refs as SystemRef[]).map((r) => [keyOf(r), r])).values()];
    }
    const seen = new Map<string, number>();
    for (const p of this.pending) {
      const source = system(p, p.source);
      const target = system(p, p.target);
      const counts = this.counts.get(p.sheet)!;
      if (!source || !target) {
        counts.skipped++;
        continue;
      }
      if (keyOf(source) === keyOf(target)) {
        this.note(p.sheet, p.row, p.target.label, 'self_integration', 'error');
        counts.skipped++;
        continue;
      }
      const pair = `${keyOf(source)}|${keyOf(target)}`;
      const other = seen.get(pair);
      if (other !== undefined) {
        this.note(p.sheet, p.row, p.target.label, 'duplicate_row_in_file', 'error', { other, name: `${p.source.text} → ${p.target.text}` });
        counts.skipped++;
        continue;
      }
      seen.set(pair, p.row);
      const byIdMatch = p.matchId ? this.integrationsById.get(p.matchId.toLowerCase()) : undefined;
      const samePair = byIdMatch && 'id' in source && 'id' in target && byIdMatch.sourceId === source.id && byIdMatch.targetId === target.id;
      const matchId = samePair ? byIdMatch.id : 'id' in source && 'id' in target ? (this.integrationsByPair.get(`${source.id}|${target.id}`) ?? null) : null;
      this.planned.push({ kind: 'integrations', sheet: p.sheet, row: p.row, matchId, columns: p.columns, values: { source, target, description: p.description } });
    }
    for (const p of this.planned) {
      const counts = this.counts.get(p.sheet)!;
      if (p.matchId) counts.updates++;
      else counts.creates++;
    }
    return this.planned;
  }
}
