import { distance } from 'fastest-levenshtein';
import { foldKey, nameKey, similarKeys } from '../../../shared/name-keys.js';

// The name rules are shared with the register's probable duplicates (applications/duplicates.ts).
export { foldKey, nameKey, similarKeys };

/**
 * Reading the values of an untidy spreadsheet (issue 12, item 1). Pure: no I/O, so every rule is a
 * unit test over rows written in the many styles real lists have.
 */

/** A cell as the readers hand it over: text, a number, a boolean, a date, or nothing. */
export type Cell = string | number | boolean | Date | null;

/** Words people write for "nothing here". A real 0 in a number column is also read as empty. */
const PLACEHOLDERS = new Set(['0', '-', '–', '—', '--', '?', '.', 'n/a', 'na', 'n.a.', 'saknas', 'ej angivet', 'okänt', 'okänd', 'vet ej', 'none', 'null', 'nil', 'tbd', 'x']);

/** The text of a cell, trimmed, or null when it is empty or a placeholder. NUL and control characters are dropped. */
export function cellText(cell: Cell): string | null {
  if (cell === null || cell === undefined) return null;
  let text: string;
  if (cell instanceof Date) text = Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  else text = String(cell);
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
  if (text === '' || PLACEHOLDERS.has(text.toLowerCase())) return null;
  return text;
}

export interface Candidate {
  /** What a mapping names: an id, a supplier's name, or an enum value. */
  target: string;
  label: string;
  /** The keys (foldKey) the candidate is known by: its name, code, e-mail, words in both languages. */
  keys: string[];
}

/** A lookup of known values: exact by key, else the nearest within a typo's distance. */
export function candidateIndex(candidates: Candidate[]) {
  const exact = new Map<string, Candidate | null>();
  for (const c of candidates) {
    for (const key of c.keys) {
      if (!key) continue;
      const seen = exact.get(key);
      // A key two candidates share (two people of one name) is ambiguous: never picked exactly.
      exact.set(key, seen === undefined || seen === c ? c : null);
    }
  }
  return {
    exact(text: string): Candidate | null {
      return exact.get(foldKey(text)) ?? null;
    },
    /**
     * The nearest candidate: within about a quarter of the word's length in edits, or one whose key
     * starts with the text's (an abbreviation of at least 4 letters). Ties go to the first.
     */
    nearest(text: string): Candidate | null {
      const key = foldKey(text);
      if (key.length < 3) return null;
      let best: { c: Candidate; d: number } | null = null;
      const limit = Math.max(1, Math.floor(key.length / 4));
      for (const c of candidates) {
        for (const k of c.keys) {
          if (!k) continue;
          let d = Math.abs(k.length - key.length) > limit ? Infinity : distance(k, key);
          if (d > limit && key.length >= 4 && k.startsWith(key)) d = limit;
          if (d <= limit && (!best || d < best.d)) best = { c, d };
        }
      }
      return best?.c ?? null;
    },
  };
}

/** Enum words in Swedish and English, as the export writes them and as people write them. */
const enumWords = {
  kind: {
    system: ['system', 'verksamhetssystem', 'gemensamt system'],
    application: ['application', 'applikation', 'app', 'program', 'verktyg', 'tool'],
  },
  lifecycle: {
    planned: ['planned', 'planerad', 'planerat', 'planering', 'under införande', 'införande', 'upphandlas', 'kommande'],
    in_use: ['in_use', 'in use', 'i drift', 'drift', 'i bruk', 'aktiv', 'aktivt', 'active', 'production', 'produktion', 'används', 'live'],
    phasing_out: ['phasing_out', 'avvecklas', 'under avveckling', 'being phased out', 'phasing out', 'fasas ut'],
    phased_out: ['phased_out', 'avvecklad', 'avvecklat', 'phased out', 'retired', 'avslutad', 'ur drift', 'nedlagd'],
  },
  assessment: {
    tolerate: ['tolerate', 'behåll', 'behålla', 'tolerera'],
    invest: ['invest', 'investera', 'utveckla'],
    migrate: ['migrate', 'migrera', 'byt plattform'],
    eliminate: ['eliminate', 'avveckla', 'eliminera', 'fasa ut'],
  },
} as const;

export type EnumColumn = keyof typeof enumWords;

/** The enum's candidates for proposals: each value known by its words in both languages. */
export function enumCandidates(column: EnumColumn, labels: Record<string, string>): Candidate[] {
  return Object.entries(enumWords[column]).map(([value, words]) => ({ target: value, label: labels[value] ?? value, keys: (words as readonly string[]).map(foldKey) }));
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: 'invalid_number' | 'invalid_date' | 'invalid_boolean' | 'invalid_level' | 'too_long' };

/** Whole kronor from 1200000, "1 200 000 kr", "1,2 mnkr", "250 tkr", "12 500:-". */
export function parseKronor(cell: Cell): Parsed<number | null> {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 && cell <= 100_000_000_000 ? { ok: true, value: cell === 0 ? null : Math.round(cell) } : { ok: false, code: 'invalid_number' };
  const text = cellText(cell);
  if (text === null) return { ok: true, value: null };
  const match = /^([0-9][0-9\s\u00a0\u202f.,']*)\s*(mnkr|miljoner|mkr|msek|tkr|tsek|kkr|kr|sek|:-)?\.?$/i.exec(text.toLowerCase());
  if (!match) return { ok: false, code: 'invalid_number' };
  let digits = match[1]!.replace(/[\s\u00a0\u202f']/g, '');
  // "1.200.000" and "1,200,000" group thousands; a single "," or "." with one or two decimals is a decimal mark.
  if (/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(digits)) digits = digits.replace(/[.,]/g, '');
  else digits = digits.replace(',', '.');
  const number = Number(digits);
  if (!Number.isFinite(number)) return { ok: false, code: 'invalid_number' };
  const unit = match[2] ?? '';
  const factor = /^(mnkr|miljoner|mkr|msek)$/.test(unit) ? 1_000_000 : /^(tkr|tsek|kkr)$/.test(unit) ? 1000 : 1;
  const value = Math.round(number * factor);
  if (value > 100_000_000_000) return { ok: false, code: 'invalid_number' };
  return { ok: true, value: value === 0 ? null : value };
}

const isRealDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2199 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** An ISO date from a date cell, 2027-03-31, 20270331, 31/3/2027 or 31.3.2027 (day first, as in Sweden). */
export function parseDate(cell: Cell): Parsed<string | null> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, code: 'invalid_date' };
    const iso = cell.toISOString().slice(0, 10);
    return isRealDate(Number(iso.slice(0, 4)), 1, 1) ? { ok: true, value: iso } : { ok: false, code: 'invalid_date' };
  }
  // A date cell that lost its date format on the way (a sheet edited and saved again) is its serial number: days since 1899-12-30.
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1 && cell <= 109_574) {
    const iso = new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10);
    return isRealDate(Number(iso.slice(0, 4)), 1, 1) ? { ok: true, value: iso } : { ok: false, code: 'invalid_date' };
  }
  const text = cellText(cell);
  if (text === null) return { ok: true, value: null };
  let parts: [number, number, number] | null = null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(text))) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text))) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  if (!parts || !isRealDate(...parts)) return { ok: false, code: 'invalid_date' };
  const [y, mo, d] = parts;
  return { ok: true, value: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
const FALSE = new Set(['nej', 'n', 'no', 'false', 'falskt']);

/** Yes or no in either language; empty, "0" and placeholders are no. */
export function parseBoolean(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  if (cell === 'x' || cell === 'X') return { ok: true, value: true };
  const text = cellText(cell);
  if (text === null) return { ok: true, value: false };
  const word = text.toLowerCase();
  if (TRUE.has(word)) return { ok: true, value: true };
  if (FALSE.has(word)) return { ok: true, value: false };
  return { ok: false, code: 'invalid_boolean' };
}

/** One level of K/R/T, 1–4; empty and "0" are unclassified. "K2" and "2 - Medel" read as 2. */
export function parseLevel(cell: Cell): Parsed<number | null> {
  const text = cellText(cell);
  if (text === null) return { ok: true, value: null };
  const m = /^[krtcia]?\s*([1-4])(?:\s*[-–:.]?\s*\D*)?$/i.exec(text);
  return m ? { ok: true, value: Number(m[1]) } : { ok: false, code: 'invalid_level' };
}

/** A list cell: "A, B; C" or one item per line; placeholders dropped, repeated items once. */
export function splitList(cell: Cell, separators = /[,;\n]/): string[] {
  const text = cell === null ? null : cell instanceof Date ? null : String(cell);
  if (text === null) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(separators)) {
    const item = cellText(part);
    if (item === null || seen.has(foldKey(item))) continue;
    seen.add(foldKey(item));
    out.push(item);
  }
  return out;
}

export interface NamedRow {
  row: number;
  name: string;
  /** The id column's value, when the row names the record it updates. */
  id: string | null;
}

export interface DuplicateFinding {
  row: number;
  kind: 'same_name' | 'similar_name' | 'similar_to_register';
  /** The other row of the file, or the register's system. */
  otherRow: number | null;
  otherName: string;
  otherId: string | null;
}

/**
 * The file's duplicates: rows with the same name as an earlier row (case, spaces and punctuation
 * aside: the same system twice), rows whose names differ only in spelling, a company form or a
 * definite ending, or by a typo, and rows similar to a register system they do not update. Compared within
 * blocks of keys that share their first three letters, so 100 000 rows stay linear in practice.
 */
export function findDuplicates(rows: NamedRow[], register: { id: string; name: string }[]): DuplicateFinding[] {
  const findings: DuplicateFinding[] = [];
  const firstByKey = new Map<string, NamedRow>();
  const blocks = new Map<string, { key: string; exact: string; row: NamedRow }[]>();
  const blockOf = (key: string) => key.slice(0, 3);
  for (const row of rows) {
    const exact = foldKey(row.name);
    const key = nameKey(row.name);
    if (!key) continue;
    const first = firstByKey.get(exact);
    if (first && !(first.id && row.id && first.id !== row.id)) {
      findings.push({ row: row.row, kind: 'same_name', otherRow: first.row, otherName: first.name, otherId: null });
      continue;
    }
    if (!first) firstByKey.set(exact, row);
    const block = blocks.get(blockOf(key)) ?? [];
    const similar = block.length <= 2000 ? block.find((b) => b.exact !== exact && similarKeys(b.key, key)) : undefined;
    if (similar) findings.push({ row: row.row, kind: 'similar_name', otherRow: similar.row.row, otherName: similar.row.name, otherId: null });
    block.push({ key, exact, row });
    blocks.set(blockOf(key), block);
  }
  const registerBlocks = new Map<string, { key: string; exact: string; id: string; name: string }[]>();
  for (const r of register) {
    const key = nameKey(r.name);
    const block = registerBlocks.get(blockOf(key)) ?? [];
    block.push({ key, exact: foldKey(r.name), id: r.id, name: r.name });
    registerBlocks.set(blockOf(key), block);
  }
  for (const row of rows) {
    const key = nameKey(row.name);
    const block = registerBlocks.get(blockOf(key));
    if (!key || !block || block.length > 2000) continue;
    // The same key is the record the row updates (matched by name); only a near miss is a finding.
    const exact = foldKey(row.name);
    const similar = block.find((b) => b.exact !== exact && b.id !== row.id && similarKeys(b.key, key));
    if (similar) findings.push({ row: row.row, kind: 'similar_to_register', otherRow: null, otherName: similar.name, otherId: similar.id });
  }
  return findings.sort((a, b) => a.row - b.row);
}
