import type { ItemInput, ItemKind } from '../../../shared/documents.js';
import { isDiarienummer } from '../../../shared/document-rules.js';

/**
 * Turns the text of a steering document (plain text or Markdown) into a proposed draft: a title,
 * a guessed type, the body as Markdown with headings, and its headings and bullet lists proposed
 * as principles and goals for a person to confirm. Pure: no I/O, so every seed is a unit test.
 *
 * Plain text has no markup, so headings are guessed the way a reader does: a short line that
 * starts with a capital or a section number, ends without punctuation, and stands alone between
 * blank lines. Wrapped paragraph lines (lower-case starts, trailing full stops) are never headings.
 */

export interface ImportProposal {
  title: string;
  typeKey: 'policy' | 'strategi' | 'riktlinje' | 'handlingsplan' | null;
  diarienummer: string | null;
  body: string;
  items: ItemInput[];
  headings: number;
}

type Block =
  | { kind: 'heading'; level: number; number: string; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'paragraph'; text: string };

const BULLET = /^\s*(?:[•\-*+▪–·]|\(?\d{1,2}[).]|[a-z]\))\s+(.+)$/;
const SECTION = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/;
/** Lines longer than this are never headings; keeps every pattern below linear on hostile input. */
const MAX_HEADING_LINE = 300;

/** `## Title ##` → level 2, "Title"; trailing hashes and spaces are stripped without a backtracking regex. */
function markdownHeading(line: string): { level: number; text: string } | null {
  if (line.length > MAX_HEADING_LINE) return null;
  const match = /^(#{1,6})[ \t]+(\S.*)$/.exec(line);
  if (!match) return null;
  let text = match[2]!;
  let end = text.length;
  while (end > 0 && (text[end - 1] === '#' || text[end - 1] === ' ')) end--;
  text = text.slice(0, end);
  return text ? { level: match[1]!.length, text } : null;
}

function isHeadingLike(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 90) return false;
  if (/[.,;:!?]$/.test(t)) return false;
  if (!/^[A-ZÅÄÖÉ0-9]/.test(t)) return false;
  if (/^\d[\d\s\-/.]*$/.test(t)) return false; // a date or a number alone
  return /[a-zåäö]/i.test(t);
}

function parseBlocks(text: string, markdown: boolean): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ').replace(/\s+/g, ' ').trim() });
    paragraph = [];
  };
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line.trim()) return flush();
    // "## Rubrik" is a heading in pasted plain text too.
    const md = markdownHeading(line.trim());
    if (md) {
      flush();
      const section = SECTION.exec(md.text);
      return blocks.push({ kind: 'heading', level: md.level, number: section?.[1] ?? '', text: (section?.[2] ?? md.text).trim() });
    }
    const bullet = line.length <= 5000 ? BULLET.exec(line) : null;
    const section = line.length <= MAX_HEADING_LINE ? SECTION.exec(line.trim()) : null;
    const alone = !lines[i - 1]?.trim() && !lines[i + 1]?.trim();
    if (section && isHeadingLike(line) && (alone || !markdown) && !(bullet && /^\s*[•\-*+▪–·]/.test(line))) {
      if (alone || paragraph.length === 0) {
        flush();
        // Numbered sections sit under the unnumbered headings (level 2) they usually follow.
        return blocks.push({ kind: 'heading', level: Math.min(6, section[1]!.split('.').length + 2), number: section[1]!, text: section[2]!.trim() });
      }
    }
    if (bullet) {
      flush();
      return blocks.push({ kind: 'bullet', text: bullet[1]!.trim() });
    }
    if (!markdown && alone && isHeadingLike(line)) {
      flush();
      return blocks.push({ kind: 'heading', level: 2, number: '', text: line.trim() });
    }
    paragraph.push(line.trim());
  });
  flush();
  return blocks;
}

const TYPE_WORDS: [RegExp, NonNullable<ImportProposal['typeKey']>][] = [
  [/handlingsplan|it-plan\b/i, 'handlingsplan'],
  [/riktlinje/i, 'riktlinje'],
  [/strategi/i, 'strategi'],
  [/policy/i, 'policy'],
];

function guessType(title: string, text: string): ImportProposal['typeKey'] {
  for (const [pattern, key] of TYPE_WORDS) if (pattern.test(title)) return key;
  const self = /\b(?:denna|detta|den här)\s+(?:it-|e-)?(policy|strategi|riktlinje|handlingsplan)/i.exec(text);
  if (self) return TYPE_WORDS.find(([p]) => p.test(self[1]!))![1];
  return null;
}

function guessTitle(text: string, filename: string): string {
  const lines = text.split('\n').map((l) => l.replace(/^#+\s*/, '').trim()).filter(Boolean).slice(0, 20);
  const isLetterhead = (l: string) =>
    l === l.toUpperCase() || /^[\d\s\-/.]+$/.test(l) || /^\[.*\]$/.test(l) || /^(dnr|diarienr|diarienummer)\b/i.test(l);
  const candidate = lines.find((l) => !isLetterhead(l) && l.length <= 120 && !/[.;,]$/.test(l));
  const title = (candidate ?? filename.replace(/\.[^.]+$/, '')).replace(/\s+Sida\s+\d+$/i, '').trim();
  return title.slice(0, 300) || 'Importerat dokument';
}

function findDiarienummer(text: string): string | null {
  const pattern = /\b[A-ZÅÄÖ]{1,10}(?:[- ][A-ZÅÄÖ]{1,10})?[ /]?(?:19|20)\d{2}[/:.-]\d{1,6}(?:[-.:]\d{1,4}){0,2}\b/g;
  for (const match of text.slice(0, 20_000).matchAll(pattern)) if (isDiarienummer(match[0])) return match[0];
  return null;
}

/** Which kind a heading's bullets or sub-headings are proposed as. */
function kindUnder(heading: string, fallback: ItemKind): ItemKind {
  if (/princip/i.test(heading)) return 'principle';
  if (/fokusområd/i.test(heading)) return 'focus_area';
  if (/\bmål|målbild|målsättning/i.test(heading)) return 'goal';
  return fallback;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

function proposeItems(blocks: Block[], fallback: ItemKind): ItemInput[] {
  const items: ItemInput[] = [];
  let heading: Extract<Block, { kind: 'heading' }> | null = null;
  let areaUnder: { level: number; kind: ItemKind } | null = null;
  let currentArea: ItemInput | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (areaUnder && block.level > areaUnder.level && (block.number || !currentArea)) {
        currentArea = { kind: areaUnder.kind, number: block.number, title: clip(block.text, 500), text: '', children: [] };
        items.push(currentArea);
      } else if (areaUnder && currentArea?.number && !block.number) {
        // An unnumbered sub-heading inside a numbered area ("24-timmarsservice" under "1. Ökad demokrati").
      } else {
        currentArea = null;
        areaUnder = /fokusområd|principer|mål\b|målbild/i.test(block.text) ? { level: block.level, kind: kindUnder(block.text, fallback) } : null;
      }
      heading = block;
      continue;
    }
    if (block.kind === 'bullet') {
      const kind = currentArea ? (currentArea.kind === 'focus_area' ? 'goal' : currentArea.kind) : kindUnder(heading?.text ?? '', fallback);
      const item: ItemInput = { kind, number: '', title: clip(block.text, 500), text: '', children: [] };
      if (currentArea && currentArea.kind === 'focus_area') currentArea.children.push(item);
      else items.push(item);
      continue;
    }
    // "edemokrati - Måluppföljning: - vid utgången av 2010 skall …", as Oskarshamn lists its goals.
    for (const m of block.text.matchAll(/([\p{L}-]{3,40})\s+-\s+Måluppföljning:\s*(.*?)(?=[\p{L}-]{3,40}\s+-\s+Måluppföljning:|$)/gu)) {
      const goals = m[2]!
        .split(/\s-\s/)
        .map((g) => g.replace(/^-\s*/, '').split(/\.\s/)[0]!.trim())
        .filter((g) => g.length > 10)
        .map((g): ItemInput => ({ kind: 'goal', number: '', title: clip(g, 500), text: '', children: [] }));
      if (goals.length) items.push({ kind: 'focus_area', number: '', title: clip(m[1]!, 500), text: '', children: goals });
    }
    // "Princip nr 3: …" in running text, as Lidköping writes its guiding principles.
    for (const m of block.text.matchAll(/Princip(?:\s+nr)?\s+(\d{1,2})\s*:\s*([^.]{5,400}\.)/gi)) {
      items.push({ kind: 'principle', number: `P${m[1]}`, title: clip(m[2]!.trim(), 500), text: '', children: [] });
    }
  }
  return (items.length > 0 ? items : sectionsAsItems(blocks, fallback)).slice(0, 200);
}

const INTRODUCTORY = /^(inledning|syfte|bakgrund|innehåll|sammanfattning|bilagor?)\b/i;

/** With no lists to go by, each section (its heading and its text) is proposed as an item. */
function sectionsAsItems(blocks: Block[], fallback: ItemKind): ItemInput[] {
  const items: ItemInput[] = [];
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading' || INTRODUCTORY.test(block.text) || block.text === block.text.toUpperCase()) return;
    const end = blocks.findIndex((b, j) => j > i && b.kind === 'heading');
    const section = blocks.slice(i + 1, end === -1 ? undefined : end).map((b) => (b.kind === 'bullet' ? `- ${b.text}` : b.text));
    if (section.length === 0) return;
    items.push({ kind: fallback, number: block.number, title: clip(block.text, 500), text: clip(section.join('\n\n'), 10_000), children: [] });
  });
  return items;
}

function toMarkdown(blocks: Block[], title: string): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (b.text === title) continue;
      out.push(`${'#'.repeat(Math.max(2, Math.min(6, b.level)))} ${b.number ? `${b.number} ` : ''}${b.text}`, '');
    } else if (b.kind === 'bullet') out.push(`- ${b.text}`);
    else out.push('', b.text, '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function proposeDraft(text: string, filename: string): ImportProposal {
  const markdown = /\.(md|markdown|docx)$/i.test(filename);
  const cleaned = text.replace(/\u0000/g, '');
  const blocks = parseBlocks(cleaned, markdown);
  const title = guessTitle(cleaned, filename);
  const typeKey = guessType(title, cleaned);
  const fallback: ItemKind = typeKey === 'strategi' || typeKey === 'handlingsplan' ? 'goal' : 'principle';
  return {
    title,
    typeKey,
    diarienummer: findDiarienummer(cleaned),
    body: toMarkdown(blocks, title).slice(0, 500_000),
    items: proposeItems(blocks, fallback).filter((i) => i.title !== title),
    headings: blocks.filter((b) => b.kind === 'heading').length,
  };
}
