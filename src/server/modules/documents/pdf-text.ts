import { inflateSync } from 'node:zlib';

/**
 * A PDF's text for the import (issue 13), read in the import's worker with PDF.js (pdfjs-dist's
 * legacy build, the one made for Node). PDF.js gives each run of text with its position and font
 * size, so the text keeps what a reader sees: lines larger than the body text become Markdown
 * headings (the largest `#`), small lines at the top or bottom edge of a page are page furniture
 * and left out, runs far apart on one line are table cells (three spaces apart), and each page
 * ends with a form feed so import-blocks.ts can find running headers and footers.
 */

export class PdfTooLargeError extends Error {}
class PdfUnreadableError extends Error {}

/** A steering document has tens of pages; a file claiming more is refused before anything is read. */
const MAX_PAGES = 300;
/** At most this much text is taken from a PDF (as for a .docx). */
const MAX_TEXT = 3 * 1024 * 1024;

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface PdfLine {
  text: string;
  size: number;
  y: number;
  page: number;
  pageHeight: number;
}

function toLines(runs: Run[], page: number, pageHeight: number): PdfLine[] {
  const lines: { y: number; runs: Run[] }[] = [];
  for (const run of runs) {
    if (!run.str.trim()) continue;
    const line = lines.find((l) => Math.abs(l.y - run.y) < Math.max(2, run.size * 0.4));
    if (line) line.runs.push(run);
    else lines.push({ y: run.y, runs: [run] });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map(({ y, runs: inLine }) => {
    inLine.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let size = 0;
    for (const run of inLine) {
      const gap = run.x - end;
      if (text) text += gap > run.size * 2 ? '   ' : gap > run.size * 0.15 && !text.endsWith(' ') && !run.str.startsWith(' ') ? ' ' : '';
      text += run.str;
      end = run.x + run.width;
      size = Math.max(size, run.size);
    }
    return { text: text.trim(), size, y, page, pageHeight };
  });
}

/** The font size most of the text is set in. */
function bodySize(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(Math.round(l.size * 2) / 2, (weight.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  let best = 0;
  let size = 10;
  for (const [s, w] of weight) if (w > best) [best, size] = [w, s];
  return size;
}

/**
 * A PDF's compressed streams other than images (which reading the text never decodes) may
 * together inflate to at most this: content streams and fonts of a real document are far smaller.
 */
const MAX_INFLATED = 16 * 1024 * 1024;

/** Arrays and dictionaries nest a few levels in a real PDF; a parser recursing 200 000 deep is an attack. */
const MAX_NESTING = 100;

/**
 * Checks a PDF's bytes before PDF.js reads anything, in one pass: every Flate stream is inflated
 * with a cap on what it may produce (a PDF bomb, a few hundred kB inflating to gigabytes, is
 * refused by the bytes it really inflates, as the .docx reader does with zip entries), a page tree
 * may not claim more than MAX_PAGES pages, and arrays and dictionaries may not nest deeper than
 * MAX_NESTING. So a hostile file is refused in milliseconds, without loading PDF.js.
 */
export function checkPdf(bytes: Uint8Array): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget = MAX_INFLATED;
  let depth = 0;
  let at = 0;
  const scanObjects = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = buffer[i];
      if (c === 0x5b || (c === 0x3c && buffer[i + 1] === 0x3c)) {
        if (++depth > MAX_NESTING) throw new PdfUnreadableError();
        if (c === 0x3c) i++;
      } else if (c === 0x5d || (c === 0x3e && buffer[i + 1] === 0x3e)) {
        depth = Math.max(0, depth - 1);
        if (c === 0x3e) i++;
      }
    }
    const counts = buffer.subarray(from, to).toString('latin1').matchAll(/\/Count\s+(\d{1,12})/g);
    for (const m of counts) if (Number(m[1]) > MAX_PAGES) throw new PdfTooLargeError();
  };
  for (;;) {
    const start = buffer.indexOf('stream', at, 'latin1');
    if (start === -1) return scanObjects(at, buffer.length);
    // "endstream" also contains "stream": only a keyword followed by a line end opens a stream.
    let dataStart = start + 6;
    if (buffer[dataStart] === 0x0d) dataStart++;
    if (buffer[dataStart] !== 0x0a || buffer.subarray(Math.max(0, start - 3), start).toString('latin1') === 'end') {
      scanObjects(at, start + 6);
      at = start + 6;
      continue;
    }
    scanObjects(at, start);
    dataStart++;
    const end = buffer.indexOf('endstream', dataStart, 'latin1');
    if (end === -1) return;
    const dictionary = buffer.subarray(Math.max(0, start - 400), start).toString('latin1');
    const own = dictionary.slice(dictionary.lastIndexOf('<<'));
    if (/FlateDecode/.test(own) && !/\/Subtype\s*\/Image/.test(own)) {
      try {
        budget -= inflateSync(buffer.subarray(dataStart, end), { maxOutputLength: Math.max(1, budget), finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a truncated stream */ }).length;
      } catch (error) {
        if (error instanceof RangeError) throw new PdfTooLargeError();
        // A damaged stream is PDF.js's to judge.
      }
      if (budget <= 0) throw new PdfTooLargeError();
    }
    at = end + 9;
  }
}

/** Loads PDF.js (seconds on a busy machine), so the import's time limit counts the file's reading only. */
export async function loadPdfReader(): Promise<void> {
  await import('pdfjs-dist/legacy/build/pdf.mjs');
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  checkPdf(bytes);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true, verbosity: 0 }).promise;
  } catch {
    throw new PdfUnreadableError();
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new PdfTooLargeError();
    const lines: PdfLine[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [, , , height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , e, f] = item.transform as number[];
        runs.push({ str: item.str, x: e!, y: f!, width: item.width, size: Math.hypot(a!, b!) });
        chars += item.str.length;
      }
      if (chars > MAX_TEXT) throw new PdfTooLargeError();
      lines.push(...toLines(runs, p, height));
      page.cleanup();
    }
    const body = bodySize(lines);
    // Heading sizes, largest first: the largest is #, the next ##, and so on.
    const headingSizes = [...new Set(lines.filter((l) => l.size > body * 1.12).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a).slice(0, 5);
    const out: string[] = [];
    let page = 1;
    for (const line of lines) {
      if (line.page !== page) {
        out.push('\f');
        page = line.page;
      }
      const edge = line.y > line.pageHeight * 0.92 || line.y < line.pageHeight * 0.08;
      if (edge && line.size < body * 0.95) continue;
      const level = headingSizes.indexOf(Math.round(line.size * 2) / 2);
      if (level >= 0 && line.text.length <= 150) out.push('', `${'#'.repeat(level + 1)} ${line.text}`, '');
      else out.push(line.text.replace(/^[•●▪◦]\s*/, '- '));
    }
    return joinParagraphs(out);
  } finally {
    await doc.destroy();
  }
}

/**
 * PDF lines carry no paragraph marks: a gap is guessed where a line ends a sentence and the next
 * starts a list item or a heading; lines that wrap a paragraph stay together for import-blocks.ts.
 */
function joinParagraphs(lines: string[]): string {
  const out: string[] = [];
  let inItem = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // A list item's wrapped line is indented, as import-blocks.ts reads a continuation.
    if (inItem && /^[a-zåäö(]/.test(line)) line = `  ${line}`;
    else inItem = /^- /.test(line);
    out.push(line);
    const next = lines[i + 1];
    if (next === undefined || line === '' || line === '\f' || next === '' || next === '\f') continue;
    if (/^- /.test(next) && !/^- /.test(line)) out.push('');
    else if (/[.:!?]$/.test(line) && !/^- /.test(next) && !line.includes('   ')) out.push('');
    else if (!/^- /.test(next) && /^- /.test(line) && /^[A-ZÅÄÖ]/.test(next)) out.push('');
  }
  return out.join('\n');
}
