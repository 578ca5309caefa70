import { isDiarienummer } from '../../../shared/document-rules.js';
import type { Block } from './import-blocks.js';
import { sentences } from './import-structure.js';

/**
 * The third step of the import (issue 13): the document's title, type, diarienummer, decision
 * date, deciding body and owner, each with the sentence it came from so the person can check it.
 * Read from labelled lines ("Dokumentansvarig: it-chef"), key–value tables and decision sentences
 * ("Antagen av kommunfullmäktige 14 november 2017"), never from a list of related documents.
 */

export type TypeKey = 'policy' | 'strategi' | 'riktlinje' | 'handlingsplan';

export interface Found<T> {
  value: T;
  /** The sentence or table row it was read from. */
  source: string;
}

export interface ProposedMetadata {
  title: Found<string>;
  typeKey: Found<TypeKey> | null;
  diarienummer: Found<string> | null;
  decidedOn: Found<string> | null;
  decidingBody: Found<string> | null;
  owner: Found<string> | null;
  /** The last day the document is valid: a "gäller till" date, a validity period's end, or the end of the period in its title. */
  validUntil: Found<string> | null;
}

const RELATED = /^(?:relaterade|relevanta|styrande dokument|referenser|källor|related|references|bilag|appendix|see also|se även)/i;
const CASE_NUMBER = /(?:[A-ZÅÄÖ]{1,10}(?:[- ][A-ZÅÄÖ]{1,10})?[ /]?)?(?:19|20)\d{2}[/:.-]\d{1,6}(?:[-.:]\d{1,4}){0,2}\b/g;
const CASE_LABEL = /(?<![\p{L}])(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr|reference|ref\.)\s*[:.]?\s*$/iu;
const DECISION = /\b(?:antagen|antogs|antas|antagits|antaget|beslutad|beslutades|beslutats|beslutat|fastställd|fastställdes|fastställts|adopted|approved|decided)\b(?:\s+(?:av|i|by|in)\s+)?/i;
/** "Ansvarig för planen", "Policy owner": who answers for the document, by its own name for it. */
const DOC_WORDS = String.raw`(?:dokumentet|planen|handlingsplanen|strategin|policyn|riktlinjen|revidering)`;
const OWNER_LABEL = new RegExp(String.raw`^(?:dokumentansvarig|dokumentägare|ansvarig för ${DOC_WORDS}|ansvarig tjänsteperson|ansvarig|policyägare|strategiägare|planägare|riktlinjeägare|ägare|kontaktperson|(?:document|policy|strategy|plan) owner|owner|ansvarig enhet)$`, 'i');
/** "… Ansvarig för dokumentet: digitaliseringschef" inside a longer line. */
const OWNER_INLINE = new RegExp(String.raw`(?<![\p{L}])(?:dokumentansvarig|dokumentägare|ansvarig för ${DOC_WORDS}|ansvarig tjänsteperson|policyägare|strategiägare|planägare|riktlinjeägare|(?:document|policy|strategy|plan) owner)\s*:\s*([^.;,]{2,80})`, 'iu');
/** "Gäller till och med 2025-12-31", "Giltighet: 2024-01-01 – 2027-12-31", "Valid until: …". */
const VALID_LABEL = /(?<![\p{L}])(?:gäller\s+(?:till\s+och\s+med|t\.\s?o\.\s?m\.|till|fram\s+till)|giltig\s+(?:till\s+och\s+med|till|t\.\s?o\.\s?m\.)|giltighet(?:stid)?|giltighetsperiod|valid\s+(?:until|to|through)|validity)\b\s*:?\s*/iu;
const BODY_LABEL = /^(?:beslutad av|beslutat av|fastställd av|antagen av|beslutsinstans|beslutande organ|decided by|approved by|adopted by)$/i;
const DATE_LABEL = /^(?:beslutsdatum|datum för beslut|fastställd|antagen|beslutad|datum|date of decision|decided|adopted)$/i;
const CASE_KEY = /^(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr|reference)$/i;

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1, februari: 2, february: 2, feb: 2, mars: 3, march: 3, mar: 3, april: 4, apr: 4, maj: 5, may: 5,
  juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, augusti: 8, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const pad = (n: number) => String(n).padStart(2, '0');

/** The first date in a text: 2017-11-14, 14 november 2017, October 12, 2020. */
function findDate(text: string): string | null {
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(text);
  const named = /\b(\d{1,2})(?:\s*:e|\s*th|\s*st|\s*nd|\s*rd)?\s+([a-zåäö]{3,9})\.?\s+((?:19|20)\d{2})\b/i.exec(text);
  const english = /\b([a-z]{3,9})\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/i.exec(text);
  const candidates: [number, string][] = [];
  if (iso) candidates.push([iso.index, `${iso[1]}-${iso[2]}-${iso[3]}`]);
  const month = named && MONTHS[named[2]!.toLowerCase()];
  if (named && month) candidates.push([named.index, `${named[3]}-${pad(month)}-${pad(Number(named[1]))}`]);
  const emonth = english && MONTHS[english[1]!.toLowerCase()];
  if (english && emonth) candidates.push([english.index, `${english[3]}-${pad(emonth)}-${pad(Number(english[2]))}`]);
  candidates.sort((a, b) => a[0] - b[0]);
  const date = candidates[0]?.[1];
  return date && !Number.isNaN(Date.parse(date)) ? date : null;
}

/** "kommunfullmäktige", "KF", "the municipal council (kommunfullmäktige)" → "Kommunfullmäktige". */
function decidingBody(phrase: string): string | null {
  // Only the words right after "av"/"by": not a case number ("KS 2022/0950") or a date further on.
  const p = phrase.split(/[,.;§(\d]|\s(?:den|on|dnr|diarienummer|i|at)\s/)[0]!.trim();
  if (/kommunfullmäktige|\bKF\b|municipal council|city council/i.test(p)) return 'Kommunfullmäktige';
  if (/kommunstyrelse|\bKS\b|executive (?:board|committee)/i.test(p)) return 'Kommunstyrelsen';
  const m = /^(?:the\s+)?((?:[\p{L}]+-\s+(?:och|och\s+)?)?[\p{L}-]+(?:\s+och\s+[\p{L}-]+)?)/u.exec(p);
  if (!m) return null;
  const body = m[1]!.replace(/\s+/g, ' ');
  if (!/(?:nämnd|direktion|rådet|styrelse|direktör|chef|gruppen|fullmäktige|board|council|committee)/i.test(body)) return null;
  return body.charAt(0).toUpperCase() + body.slice(1);
}

interface Line {
  text: string;
  /** Under a heading of related documents: no case number is read from it, the rest only last. */
  related?: boolean;
  /** A key–value pair from a two-column table or a "Key: value" line. */
  key?: string;
  value?: string;
}

/** The metadata lines of a document: paragraphs' sentences and key–value rows, outside related-document sections. */
function metadataLines(blocks: Block[]): Line[] {
  const lines: Line[] = [];
  const later: Line[] = [];
  let related = false;
  const kvOf = (text: string): Line => {
    const kv = /^([\p{L} ]{2,40}?)\s*:\s*(.+)$/u.exec(text);
    return kv ? { text, key: kv[1]!.trim(), value: kv[2]!.trim().replace(/\.$/, '') } : { text };
  };
  const plain = (s: string) => s.replace(/\*\*|__/g, '');
  for (let b = 0; b < blocks.length; b++) {
    const raw = blocks[b]!;
    if (raw.kind === 'heading') {
      related = RELATED.test(raw.text);
      continue;
    }
    if (raw.kind === 'item') continue;
    // "**Strategiägare:** Digitaliseringschef": emphasis is not part of a label or a value.
    const block = raw.kind === 'paragraph' ? { ...raw, text: plain(raw.text), lines: raw.lines.map(plain) } : raw;
    // "Dokumentansvarig:" ending a paragraph and the value on the next, as a PDF's wrapped line leaves it.
    const next = blocks[b + 1];
    if (block.kind === 'paragraph' && /:$/.test(block.text) && next?.kind === 'paragraph' && next.text.length <= 60) {
      block.text = `${block.text} ${plain(next.text)}`;
      b++;
    }
    // "Relevanta dokument" as the first line of a paragraph, the titles following on the next lines.
    // That paragraph is the list itself: nothing is read from it.
    if (block.kind === 'paragraph' && block.lines[0] && block.lines[0].length <= 40 && RELATED.test(block.lines[0])) {
      related = true;
      continue;
    }
    const into = related ? later : lines;
    if (block.kind === 'table') {
      for (const row of block.rows) if (row.length === 2) into.push({ text: row.join(' | '), key: row[0]!.replace(/:$/, '').trim(), value: row[1]!.trim(), related });
      continue;
    }
    // "Dokumentansvarig: it-chef", "Diarienummer: KS 2021/0412": a line, or a sentence, each.
    if (block.lines.length > 1) for (const line of block.lines) if (/^[\p{L} ]{2,40}:/u.test(line)) into.push({ ...kvOf(line), related });
    for (const sentence of sentences(block.text.slice(0, 5000))) into.push({ ...kvOf(sentence), related });
  }
  return [...lines, ...later];
}

function findCaseNumber(lines: Line[]): Found<string> | null {
  let fallback: Found<string> | null = null;
  for (const line of lines) {
    // Under related documents only this document's own decision line counts ("Antagen av … dnr …").
    if (line.related && !DECISION.test(line.text.slice(0, 2000))) continue;
    if (line.key && CASE_KEY.test(line.key)) {
      const m = line.value!.match(CASE_NUMBER)?.[0];
      if (m) return { value: m.trim(), source: line.text };
    }
    for (const m of line.text.slice(0, 2000).matchAll(CASE_NUMBER)) {
      const value = m[0].trim();
      const before = line.text.slice(0, m.index);
      if (CASE_LABEL.test(before)) return { value, source: line.text };
      if (!fallback && isDiarienummer(value) && DECISION.test(line.text)) fallback = { value, source: line.text };
    }
  }
  return fallback;
}

function findDecision(lines: Line[]): { decidedOn: Found<string> | null; decidingBody: Found<string> | null } {
  let decidedOn: Found<string> | null = null;
  let body: Found<string> | null = null;
  for (const line of lines) {
    if (line.key && BODY_LABEL.test(line.key) && !body) {
      const b = decidingBody(line.value!);
      if (b) body = { value: b, source: line.text };
      const date = findDate(line.value!);
      if (date && !decidedOn) decidedOn = { value: date, source: line.text };
      continue;
    }
    if (line.key && DATE_LABEL.test(line.key) && !decidedOn) {
      const date = findDate(line.value!);
      if (date) decidedOn = { value: date, source: line.text };
      continue;
    }
    const m = DECISION.exec(line.text.slice(0, 2000));
    if (!m) continue;
    const after = line.text.slice(m.index + m[0].length);
    const date = findDate(after) ?? findDate(line.text);
    const b = decidingBody(after);
    if (b && (!body || !decidedOn)) {
      if (!body) body = { value: b, source: line.text };
      if (date && !decidedOn) decidedOn = { value: date, source: line.text };
    } else if (date && !decidedOn && m[0].trim().length > 0 && !/gäller|valid/i.test(line.text.slice(0, m.index))) decidedOn = { value: date, source: line.text };
    if (body && decidedOn) break;
  }
  return { decidedOn, decidingBody: body };
}

function findValidUntil(lines: Line[], title: string, typeKey: TypeKey | null): Found<string> | null {
  for (const line of lines) {
    const m = VALID_LABEL.exec(line.key ? `${line.key}: ${line.value}` : line.text.slice(0, 2000));
    if (!m) continue;
    const after = (line.key ? `${line.key}: ${line.value}` : line.text).slice(m.index + m[0].length);
    // A period "2024-01-01 – 2027-12-31": its end.
    const dates = [...after.slice(0, 80).matchAll(/\b(?:19|20)\d{2}-\d{2}-\d{2}\b/g)].map((d) => d[0]);
    const date = dates.length >= 2 && /[–—-]|till|to/.test(after.slice(0, 40)) ? dates[1]! : dates[0] ?? findDate(after.slice(0, 80));
    if (date) return { value: date, source: line.text };
    const year = /^(?:(?:år|year|utgången av|the end of)\s+)?((?:19|20)\d{2})\b(?!-\d)/i.exec(after);
    if (year) return { value: `${year[1]}-12-31`, source: line.text };
  }
  // "IT-strategi 2024–2027": a period in the title ends with its last year; a plan's single year is its period.
  const period = /\b(?:19|20)\d{2}\s*[–—-]\s*((?:19|20)\d{2})\b/.exec(title);
  if (period) return { value: `${period[1]}-12-31`, source: title };
  const single = /\b((?:19|20)\d{2})\b(?![-/–—]\d)/.exec(title);
  if (single && typeKey === 'handlingsplan') return { value: `${single[1]}-12-31`, source: title };
  return null;
}

function findOwner(lines: Line[]): Found<string> | null {
  for (const line of lines) {
    // An owner is a role or a unit, a few words: longer is text that happens to follow a label.
    const plausible = (v: string) => v.length <= 60 && v.split(/\s+/).length <= 6 && !/\d{4}/.test(v);
    const keyed = line.key && OWNER_LABEL.test(line.key) && line.value ? line.value.split(/[.;,]\s/)[0]!.replace(/[.;]$/, '').trim() : null;
    if (keyed && plausible(keyed)) return { value: keyed, source: line.text };
    const labelled = OWNER_INLINE.exec(line.text);
    if (labelled && plausible(labelled[1]!.trim())) return { value: labelled[1]!.trim(), source: line.text };
    const owned = /(?<![\p{L}])(?:ägs av|förvaltas av|is owned by)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?=[.,;]|$)/u.exec(line.text);
    if (owned) return { value: owned[1]!, source: line.text };
  }
  return null;
}

const TYPE_WORDS: [RegExp, TypeKey][] = [
  // "Handlingsplan", "IT-plan", "Digitaliseringsplan": a compound that ends in "plan".
  [/handlingsplan|plan\b|action plan/i, 'handlingsplan'],
  [/riktlinje|guideline/i, 'riktlinje'],
  [/strategi|strategy/i, 'strategi'],
  [/policy/i, 'policy'],
];

function findType(title: string, text: string, lines: Line[]): Found<TypeKey> | null {
  for (const [pattern, key] of TYPE_WORDS) if (pattern.test(title)) return { value: key, source: title };
  // "Dokumenttyp: Plan", "Document type: Policy".
  for (const line of lines) {
    if (!line.key || !/^(?:dokumenttyp|typ av dokument|document type)$/i.test(line.key)) continue;
    const hit = TYPE_WORDS.find(([p]) => p.test(line.value!));
    if (hit) return { value: hit[1], source: line.text };
  }
  const self = /\b(?:denna|detta|den här|this)\s+(?:it-|e-)?(policy|strategi|riktlinje|handlingsplan|strategy)\S*/i.exec(text.slice(0, 50_000));
  if (!self) return null;
  const key = TYPE_WORDS.find(([p]) => p.test(self[1]!))![1];
  return { value: key, source: self[0] };
}

const isLetterhead = (l: string) =>
  /^[\d\s\-/.]+$/.test(l) || /^\[.*\]$/.test(l) || /^(?:dnr|diarienr|diarienummer)\b/i.test(l) || (l === l.toUpperCase() && !TYPE_WORDS.some(([p]) => p.test(l)));

/**
 * The title: the first top-level heading (Markdown's #, Word's title or heading 1, a PDF's largest
 * type); without one, among the first lines that are not letterhead, one that names a document type.
 */
function findTitle(blocks: Block[], filename: string): Found<string> {
  const early = blocks.slice(0, 30);
  const top = early.find((b) => b.kind === 'heading' && b.level === 1);
  if (top && top.kind === 'heading') return { value: top.text, source: top.text };
  // Lines, not paragraphs: a title line is often followed by the department's name without a blank line.
  const candidates = early.flatMap((b) =>
    b.kind === 'heading' ? [b.number ? `${b.number} ${b.text}` : b.text] : b.kind === 'paragraph' ? b.lines.filter((l) => l.length <= 120 && !/[.;,:]$/.test(l)).slice(0, 3) : [],
  );
  const usable = candidates.filter((l) => !isLetterhead(l) && !/^\d/.test(l));
  const title = (usable[0] ?? filename.replace(/\.[^.]+$/, '')).replace(/\s+(?:sid(?:an|a)?|page)\s+\d+(?:\s*(?:av|of)\s*\d+)?$/i, '');
  return { value: title.slice(0, 300).trim() || 'Importerat dokument', source: title };
}

export function proposeMetadata(blocks: Block[], text: string, filename: string): ProposedMetadata {
  const title = findTitle(blocks, filename);
  // Decision lines, case numbers and owners sit at the start or the end of a document; the middle
  // of a long one quotes other documents' decisions.
  const lines = metadataLines(blocks.length > 60 ? [...blocks.slice(0, 40), ...blocks.slice(-15)] : blocks);
  const typeKey = findType(title.value, text, lines);
  return {
    title,
    typeKey,
    validUntil: findValidUntil(lines, title.value, typeKey?.value ?? null),
    diarienummer: findCaseNumber(lines),
    ...findDecision(lines),
    owner: findOwner(lines),
  };
}
