/**
 * The first step of the import (issue 13): a document's text, as the extractors hand it over
 * (plain text, or Markdown-like text from a .docx, .odt or .pdf, pages split by form feeds),
 * becomes a list of blocks — headings with a level, paragraphs, list items and tables — with the
 * page furniture (repeated headers and footers, page numbers) and the table of contents left out.
 * Every rule is about the shape of the text, never a document's wording, and every line is looked
 * at a bounded number of times with patterns that cannot backtrack, so hostile input stays linear.
 */

export type Block =
  /** `guessed`: a plain-text heading, whose level the text cannot show (every one is level 2). */
  | { kind: 'heading'; level: number; number: string; text: string; guessed?: boolean }
  | { kind: 'paragraph'; text: string; lines: string[] }
  | { kind: 'item'; text: string; marker: string }
  | { kind: 'table'; rows: string[][] };

/** Lines longer than this are never headings, list items or table rows. */
const MAX_LINE = 1000;
const MAX_HEADING = 120;

/** A bullet, "1)", "a)", or a principle's or goal's short label: "P1 Öppenhet – …", "M2. …". */
const BULLET = /^(?:[•\-*+▪–·◦●○]|\(?\d{1,2}[).]|\(?[a-zA-Z][).]|[PM]\d{1,2}[.:]?)\s+(\S.*)$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\S.*)$/;
const PAGE_NUMBER = /(?:^|\s)(?:sid(?:an|a)?|page|s\.)\s*\d{1,4}(?:\s*(?:av|of|\/)\s*\d{1,4}|\s*\(\s*\d{1,4}\s*\))?\s*$|^\s*[-–]?\s*\d{1,4}\s*(?:\(\s*\d{1,4}\s*\))?\s*[-–]?\s*$/i;
/** A line that is only a page number: "Sidan 3 av 5", "3 (12)", "- 3 -". */
const PAGE_ALONE = /^\s*(?:(?:sid(?:an|a)?|page|s\.)\s*\d{1,4}(?:\s*(?:av|of|\/)\s*\d{1,4}|\s*\(\s*\d{1,4}\s*\))?|[-–]?\s*\d{1,4}\s*(?:\(\s*\d{1,4}\s*\))?\s*[-–]?)\s*$/i;
const TOC_HEADING = /^(?:innehåll(?:sförteckning)?|contents|table of contents|index)$/i;
/** "2.1 Syfte ........ 4", "Inledning … 3": a line of a table of contents. */
const TOC_ENTRY = /(?:\.{4,}|…+|_{4,}|\.(?: \.){3,})\s*\d{1,4}\s*$/;
/** A numbered provision of a regulation-style text: "3 § Behörighet ges …", "§ 3 Behörighet ges …". */
const PROVISION = /^(\d{1,3}\s?§|§\s?\d{1,3})\s+(\S.*)$/;
/** A definition written on one line: "Term – explanation", "Term: explanation". */
const DEFINITION_LINE = /^[A-ZÅÄÖ][\p{L}\d/-]*(?: [\p{L}\d/-]+){0,3}(?: [–—-] |: )\S/u;

const isBlank = (line: string) => line.trim() === '';

/** A short line that reads like a heading: a capital or a digit first, no closing punctuation. */
function isHeadingLike(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > MAX_HEADING) return false;
  if (/[.,;:!?]$/.test(t)) return false;
  if (!/^[A-ZÅÄÖÉÜ0-9]/.test(t)) return false;
  if (/^[\d\s\-/.:]*$/.test(t)) return false;
  return /\p{L}/u.test(t);
}

/** The same line with its numbers blanked: "Sidan 3 av 5" and "Sidan 4 av 5" are one furniture line. */
const furnitureKey = (line: string) => line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/**
 * Which lines are page furniture: page numbers anywhere, and lines that recur at the top or the
 * bottom of the pages (a running header or footer); in text without page breaks, a line with a
 * page number that recurs.
 */
function furnitureLines(pages: string[][]): Set<string> {
  const edgeCounts = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const page of pages) {
    const filled = page.filter((l) => !isBlank(l) && l.length <= 200 && !/^#{1,6} /.test(l.trim()));
    const edges = new Set([...filled.slice(0, 2), ...filled.slice(-2)].map(furnitureKey));
    for (const key of edges) edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
    for (const line of filled) counts.set(furnitureKey(line), (counts.get(furnitureKey(line)) ?? 0) + 1);
  }
  const furniture = new Set<string>();
  if (pages.length >= 2) for (const [key, n] of edgeCounts) if (n >= Math.min(3, pages.length) && n >= 2) furniture.add(key);
  for (const [key, n] of counts) if (n >= 2 && key.includes('#') && PAGE_NUMBER.test(key.replace(/#/g, '1'))) furniture.add(key);
  return furniture;
}

function splitCells(line: string): string[] | null {
  const t = line.trim();
  if (t.startsWith('|') && t.endsWith('|') && t.length > 2) return t.slice(1, -1).split('|').map((c) => c.trim());
  if (t.includes('\t')) {
    const cells = t.split(/\t+/).map((c) => c.trim()).filter(Boolean);
    return cells.length >= 2 ? cells : null;
  }
  const cells = t.split(/ {3,}/).map((c) => c.trim()).filter(Boolean);
  return cells.length >= 2 ? cells : null;
}

const isSeparatorRow = (cells: string[]) => cells.every((c) => /^:?-{2,}:?$/.test(c));

export interface ParsedText {
  blocks: Block[];
  /** Lines left out as page furniture or a table of contents, for the count shown to the person. */
  dropped: number;
}

export function parseBlocks(text: string, markdown: boolean): ParsedText {
  const pages = text
    .replace(/\r\n?/g, '\n')
    .split('\f')
    .map((p) => p.split('\n'));
  const furniture = furnitureLines(pages);
  const lines = pages.flat();
  const blocks: Block[] = [];
  let dropped = 0;
  let paragraph: string[] = [];
  let inToc = false;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ').replace(/\s+/g, ' ').trim(), lines: paragraph.slice(0, 20) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    if (line.length <= 200 && ((furniture.size > 0 && furniture.has(furnitureKey(line))) || PAGE_ALONE.test(line))) {
      dropped++;
      continue;
    }
    const long = line.length > MAX_LINE;
    if (!long && TOC_ENTRY.test(line)) {
      dropped++;
      continue;
    }
    const md = long ? null : /^(#{1,6})\s+(\S.*?)\s*#*$/.exec(line);
    const headingText = md?.[2] ?? null;
    if (inToc) {
      // Entries without dot leaders: short numbered or heading-like lines ending in a page number.
      if (!md && line.length <= MAX_HEADING && /\s\d{1,4}$/.test(line)) {
        dropped++;
        continue;
      }
      inToc = false;
    }
    if (md || (!long && TOC_HEADING.test(line))) {
      const heading = headingText ?? line;
      if (TOC_HEADING.test(heading)) {
        flush();
        inToc = true;
        dropped++;
        continue;
      }
    }
    if (md) {
      flush();
      const numbered = NUMBERED.exec(headingText!);
      blocks.push({ kind: 'heading', level: md[1]!.length, number: numbered?.[1] ?? '', text: (numbered?.[2] ?? headingText!).trim() });
      continue;
    }
    if (long) {
      paragraph.push(line);
      continue;
    }
    const cells = splitCells(raw);
    const nextCells = i + 1 < lines.length ? splitCells(lines[i + 1]!) : null;
    const last = blocks[blocks.length - 1];
    if (cells && !paragraph.length && (nextCells || (last?.kind === 'table' && lines[i - 1]?.trim()))) {
      if (isSeparatorRow(cells)) continue;
      if (last?.kind === 'table' && lines[i - 1]?.trim()) last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells] });
      continue;
    }
    // "3 § …" written as a sentence is a provision, an item of its own (a short line standing alone is a heading).
    const provision = PROVISION.exec(line);
    if (provision && !(isHeadingLike(line) && isBlank(lines[i + 1] ?? ''))) {
      flush();
      blocks.push({ kind: 'item', text: provision[2]!.trim(), marker: provision[1]!.replace(/\s/g, ' ') });
      continue;
    }
    // A provision's wrapped lines continue it.
    if (last?.kind === 'item' && last.marker.includes('§') && !paragraph.length && !isBlank(lines[i - 1] ?? '')) {
      last.text = `${last.text} ${line}`;
      continue;
    }
    const alone = isBlank(lines[i - 1] ?? '') && isBlank(lines[i + 1] ?? '');
    const numbered = NUMBERED.exec(line);
    if (numbered && isHeadingLike(line) && (alone || (!markdown && !paragraph.length && !/^\d{1,2}[.)]\s/.test(line)))) {
      flush();
      blocks.push({ kind: 'heading', level: Math.min(6, numbered[1]!.split('.').length + 1), number: numbered[1]!, text: numbered[2]!.trim(), guessed: true });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      flush();
      blocks.push({ kind: 'item', text: bullet[1]!.trim(), marker: line.slice(0, line.length - bullet[1]!.length).trim() });
      continue;
    }
    if (!markdown && alone && isHeadingLike(line)) {
      flush();
      blocks.push({ kind: 'heading', level: 2, number: '', text: line, guessed: true });
      continue;
    }
    // A list item's wrapped line continues the item, not a new paragraph.
    if (last?.kind === 'item' && !paragraph.length && !isBlank(lines[i - 1] ?? '') && /^\s{2,}/.test(raw)) {
      last.text = `${last.text} ${line}`;
      continue;
    }
    // A definition on its own line starts a paragraph of its own, even without a blank line before.
    if (paragraph.length && /[.:]$/.test(paragraph[paragraph.length - 1]!) && DEFINITION_LINE.test(line)) flush();
    paragraph.push(line);
  }
  flush();
  return { blocks: headingRunsAsLists(blocks), dropped };
}

/**
 * A heading heads some text. Three or more plain-text "headings" in a row with nothing between
 * them are a list written one per line (a list of document titles, a web page's links), so they
 * become list items.
 */
function headingRunsAsLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    if (block.kind !== 'heading' || !block.guessed || block.number) {
      out.push(block);
      i++;
      continue;
    }
    let end = i;
    while (end < blocks.length) {
      const b = blocks[end]!;
      if (b.kind !== 'heading' || !b.guessed || b.number) break;
      end++;
    }
    if (end - i >= 3) for (let j = i; j < end; j++) out.push({ kind: 'item', text: (blocks[j] as { text: string }).text, marker: '' });
    else for (let j = i; j < end; j++) out.push(blocks[j]!);
    i = end;
  }
  return out;
}

/** The blocks as Markdown, tables as Markdown tables. */
export function blocksToMarkdown(blocks: Block[], title: string): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (b.text === title) continue;
      out.push('', `${'#'.repeat(Math.max(2, Math.min(6, b.level)))} ${b.number ? `${b.number} ` : ''}${b.text}`, '');
    } else if (b.kind === 'item') out.push(`- ${b.text}`);
    else if (b.kind === 'table') {
      const width = b.rows.reduce((w, r) => Math.max(w, r.length), 0);
      const row = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
      out.push('', row(b.rows[0]!), `|${' --- |'.repeat(width)}`, ...b.rows.slice(1).map(row), '');
    } else out.push('', b.text, '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
