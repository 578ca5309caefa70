import { type Cell, cellText } from './values.js';

/**
 * What every kind of sheet does the same way (issue 12, item 1): read the header row into the
 * columns it names, and check one data row's cells, naming each problem by the column's heading
 * as the file writes it. The systems sheet (systems-sheet.ts) and the other sheets
 * (analyse-records.ts) read their own columns through it.
 */

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Params = Record<string, string | number>;
export type Fail = (label: string, code: string, params?: Params) => void;

export interface Header<C extends string> {
  /** Per cell index, the column it holds (null: unknown, skipped). */
  columns: (C | null)[];
  labels: string[];
}

/**
 * The header row read by `columnOf` (a heading's column, or null when Roder does not know it):
 * the first of two columns with one meaning is read, a second passed over (except `repeatable`).
 */
export function readHeader<C extends string>(cells: Cell[], columnOf: (heading: string) => C | null, repeatable?: C): Header<C> {
  const labels = cells.map((c) => cellText(c) ?? '');
  const seen = new Set<string>();
  const columns = labels.map((label) => {
    const column = label ? columnOf(label) : null;
    if (column && column !== repeatable && seen.has(column)) return null;
    if (column) seen.add(column);
    return column;
  });
  return { columns, labels };
}

/** A warning on the header row for each heading Roder does not know. */
export function noteUnknownColumns(header: Header<string>, note: (label: string) => void) {
  header.labels.forEach((label, i) => {
    if (label && header.columns[i] === null) note(label);
  });
}

/** A row with no value in any cell is passed over, uncounted. */
export const isBlank = (cells: Cell[]) => cells.every((cell) => cellText(cell) === null);

/** Checks one data row: its cells by column, and whether any check failed (the row changes nothing). */
export function rowCheck<C extends string>(header: Header<C>, cells: Cell[], onError: (label: string, code: string, params: Params) => void) {
  let failed = false;
  const at = (column: C) => {
    const i = header.columns.indexOf(column);
    return i < 0 ? undefined : { cell: cells[i] ?? null, label: header.labels[i]! };
  };
  const fail: Fail = (label, code, params = {}) => {
    failed = true;
    onError(label, code, params);
  };
  /** A text column's value (null: no column, or empty); longer than `max`, an error. */
  const text = (column: C, max: number) => {
    const v = at(column);
    if (!v) return null;
    const t = cellText(v.cell);
    if (t !== null && t.length > max) {
      fail(v.label, 'too_long', { max });
      return null;
    }
    return t;
  };
  /** A text column every row must fill: empty, an error (unless the row has already failed). */
  const required = (column: C, max: number) => {
    const t = text(column, max);
    if (t === null && !failed) fail(at(column)!.label, 'required');
    return t ?? '';
  };
  /** A column's value read by `parse`; `fallback` when the sheet lacks the column or the value does not parse (an error). */
  const parsed = <T>(column: C, parse: (cell: Cell) => { ok: true; value: T } | { ok: false; code: string }, fallback: T): T => {
    const v = at(column);
    if (!v) return fallback;
    const p = parse(v.cell);
    if (p.ok) return p.value;
    fail(v.label, p.code, { value: cellText(v.cell) ?? '' });
    return fallback;
  };
  return {
    at,
    fail,
    text,
    required,
    parsed,
    get failed() {
      return failed;
    },
  };
}
