import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { unzipEntries, ZipTooLargeError, zipEntries, ZipUnreadableError } from '../../platform/zip.js';
import type { Cell } from './values.js';

/**
 * Streams an uploaded .xlsx or .csv row by row (issue 12, item 1), so a 100 000-row workbook is
 * never held as one object: exceljs's streaming WorkbookReader and csv-parse. Runs in the import's
 * worker thread. An .xlsx is a zip, and its sizes are never trusted: before exceljs reads it, every
 * entry is inflated under a budget (platform/zip.ts), and the entries must lie one after another
 * the way a streaming reader walks them, so nothing is inflated that was not counted.
 */

/** The unpacked XML of every part together; a 100 000-row register is about 60 MB. */
const MAX_INFLATED_BYTES = 400 * 1024 * 1024;
/** More data rows than any municipality's register, over all sheets. */
const MAX_ROWS = 200_000;
/** Columns past this are not read. */
const MAX_COLUMNS = 100;

export class ImportReadError extends Error {
  constructor(readonly reason: 'too_large' | 'unreadable') {
    super(reason);
  }
}

export interface RowSink {
  /** A sheet's header row; false when the sheet is not read further. */
  sheet(name: string, header: Cell[]): boolean;
  row(number: number, cells: Cell[]): void;
}

/** How many bytes deflated data inflates to, counted as it streams (nothing is kept); past `limit` it stops. */
function inflatedSize(data: Buffer, limit: number, tick: () => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      tick();
      if (size > limit) {
        inflate.destroy();
        reject(new ZipTooLargeError());
      }
    });
    inflate.on('error', () => reject(new ZipUnreadableError('bad deflate data')));
    inflate.on('end', () => resolve(size));
    inflate.end(data);
  });
}

/**
 * Checks a zip as a streaming reader will see it: the entries' local headers and data lie end to
 * end from the first byte up to the central directory (a data descriptor of 12 or 16 bytes may
 * follow each), and all of them inflate within the budget, counted as they stream.
 */
async function checkZip(bytes: Buffer, tick: () => void) {
  const entries = zipEntries(bytes);
  const spans = entries
    .map((e) => {
      const at = e.localHeaderOffset;
      if (e.encrypted || at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) throw new ZipUnreadableError('bad local header');
      const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
      return { entry: e, at, start, end: start + e.compressedSize };
    })
    .sort((a, b) => a.at - b.at);
  let expected = 0;
  for (const span of spans) {
    const gap = span.at - expected;
    if (gap !== 0 && gap !== 12 && gap !== 16) throw new ZipUnreadableError('entries overlap or leave gaps');
    expected = span.end;
  }
  let left = MAX_INFLATED_BYTES;
  for (const { entry, start, end } of spans) {
    if (end > bytes.length) throw new ZipUnreadableError('entry out of bounds');
    if (entry.method === 0) left -= entry.compressedSize;
    else if (entry.method === 8) left -= await inflatedSize(bytes.subarray(start, end), left, tick);
    else throw new ZipUnreadableError(`compression method ${entry.method}`);
    if (left < 0) throw new ZipTooLargeError();
  }
}

/** What exceljs hands over for a cell, as plain values: a formula's cached result (or its text), rich text joined. */
function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { formula?: string; sharedFormula?: string; result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.formula !== undefined || v.sharedFormula !== undefined) {
      const result = v.result;
      if (typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' || result instanceof Date) return result;
      return `=${v.formula ?? v.sharedFormula ?? ''}`;
    }
    if (typeof v.text === 'string') return v.text;
    if (v.text && typeof v.text === 'object') return plainCell(v.text);
  }
  return null;
}

async function readXlsx(bytes: Buffer, sink: RowSink, tick: () => void) {
  try {
    await checkZip(bytes, tick);
  } catch (error) {
    throw new ImportReadError(error instanceof ZipTooLargeError ? 'too_large' : 'unreadable');
  }
  const { default: ExcelJS } = await import('exceljs');
  // Handed to exceljs in slices, each a progress tick: parts read before the first row (the shared strings) count too.
  function* slices() {
    for (let at = 0; at < bytes.length; at += 256 * 1024) {
      tick();
      yield bytes.subarray(at, at + 256 * 1024);
    }
  }
  // The shared strings are read before the stream starts (presetParts), so they are not read from it again.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(slices()), { worksheets: 'emit', sharedStrings: 'ignore', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' });
  let rows = 0;
  try {
    await presetParts(reader, bytes);
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<{ number: number; values: unknown[] }> & { name: string };
      let reading: boolean | null = null;
      for await (const row of ws) {
        const cells = (Array.isArray(row.values) ? row.values.slice(1, MAX_COLUMNS + 1) : []).map(plainCell);
        if (reading === null) {
          // The first non-empty row is the header.
          if (cells.every((c) => c === null || c === '')) continue;
          reading = sink.sheet(ws.name, cells);
          continue;
        }
        if (!reading) continue;
        if (++rows > MAX_ROWS) throw new ImportReadError('too_large');
        sink.row(row.number, cells);
        tick();
      }
    }
  } catch (error) {
    if (error instanceof ImportReadError) throw error;
    throw new ImportReadError('unreadable');
  }
}

const xmlText = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * exceljs's streaming reader needs three parts before it can read a worksheet as it streams past:
 * xl/workbook.xml and its relations (the sheets' names; a sheet before them fails) and
 * xl/sharedStrings.xml (the cells' text). exceljs's own writer puts all three after the worksheets,
 * the export's workbook among them; the reader then copies each worksheet to a temporary file and
 * reads it after the zip's end, which lost a sheet's rows under load. So the three are read first
 * (the zip's budget is already checked) and handed to it, and every worksheet is read straight from
 * the stream, never from disk. The shared strings are parsed by exceljs's own parser.
 */
async function presetParts(reader: object, bytes: Buffer) {
  const parts = unzipEntries(bytes, (n) => n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels' || n === 'xl/sharedStrings.xml', MAX_INFLATED_BYTES);
  const workbook = parts.get('xl/workbook.xml')?.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8');
  if (!workbook || !rels) throw new ImportReadError('unreadable');
  const attr = (tag: string, name: string) => {
    const v = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    return v === undefined ? undefined : xmlText(v);
  };
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) => ({ name: attr(m[0], 'name'), id: Number(attr(m[0], 'sheetId')), rId: attr(m[0], 'r:id'), state: attr(m[0], 'state') ?? 'visible' }));
  const workbookRels = [...rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)].map((m) => ({ Id: attr(m[0], 'Id'), Type: attr(m[0], 'Type'), Target: attr(m[0], 'Target') }));
  const date1904 = /<(?:\w+:)?workbookPr\s[^>]*date1904="(?:1|true)"/.test(workbook);
  Object.assign(reader, { model: { sheets }, workbookRels, properties: { model: { date1904 } } });
  const strings = parts.get('xl/sharedStrings.xml');
  parts.clear();
  const cached = reader as { options: { sharedStrings: string }; sharedStrings?: unknown[]; _parseSharedStrings(entry: Readable): AsyncIterable<unknown> };
  cached.options.sharedStrings = 'cache';
  if (strings) for await (const _ of cached._parseSharedStrings(Readable.from([strings]))) void _;
  // A workbook without the part writes its text in the cells: an empty table lets the sheets stream all the same.
  cached.sharedStrings ??= [];
  cached.options.sharedStrings = 'ignore';
}

/** The separator of a CSV: the one of ";" and "," that the header line has more of, outside quotes. */
function separatorOf(text: string): ';' | ',' {
  const line = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')).replace(/"[^"]*"/g, '');
  return (line.match(/;/g)?.length ?? 0) >= (line.match(/,/g)?.length ?? 0) && line.includes(';') ? ';' : ',';
}

async function readCsv(bytes: Buffer, sheetName: string, sink: RowSink, tick: () => void) {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportReadError('unreadable');
  }
  const { parse } = await import('csv-parse');
  const parser = Readable.from([text]).pipe(
    parse({ delimiter: separatorOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: true, max_record_size: 1_000_000, trim: true }),
  );
  let number = 0;
  let reading: boolean | null = null;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number++;
      const cells = record.slice(0, MAX_COLUMNS).map((c) => (c === '' ? null : c));
      if (reading === null) {
        reading = sink.sheet(sheetName, cells);
        if (!reading) return;
        continue;
      }
      if (number - 1 > MAX_ROWS) throw new ImportReadError('too_large');
      sink.row(number, cells);
      tick();
    }
  } catch (error) {
    if (error instanceof ImportReadError) throw error;
    throw new ImportReadError('unreadable');
  }
}

/** Reads a file into the sink; `tick` after each data row and while the zip is checked (progress). */
export function readSpreadsheet(filename: string, bytes: Buffer, sink: RowSink, tick: () => void): Promise<void> {
  return /\.csv$/i.test(filename) ? readCsv(bytes, filename, sink, tick) : readXlsx(bytes, sink, tick);
}
