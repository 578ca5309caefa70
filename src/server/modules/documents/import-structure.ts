import type { ItemKind } from '../../../shared/documents.js';
import type { Block } from './import-blocks.js';
import type { ProposedAssignment } from './import-assignments.js';
import type { ProposedKpi } from './import-kpi.js';

/**
 * The second step of the import (issue 13): blocks → the document's items. A heading's words say
 * what its section holds (principles, goals, focus areas, definitions, a vision, or something to
 * leave out such as related documents or responsibilities), the way a reader skims a policy; the
 * section's sub-headings, list items, table rows and sentences with a target then become items of
 * that kind, areas holding their goals. Each item says why it was proposed (`reason`).
 */

export interface ProposedItem {
  kind: ItemKind;
  number: string;
  title: string;
  text: string;
  /** Why it was proposed: which heading, list, table or pattern. */
  reason: string;
  children: ProposedItem[];
  /** KPIs proposed from the goal's numbers (import-kpi.ts); only on goals. */
  kpis?: ProposedKpi[];
  /** Assignments its title and text give (import-assignments.ts); on any kind of item. */
  assignments?: ProposedAssignment[];
}

type Role = 'principle' | 'goal' | 'area' | 'definition' | 'vision' | 'ignore' | 'neutral';

/** Heading words → what the section holds. Swedish and English, as municipalities mix them. */
const ROLE_WORDS: [RegExp, Role][] = [
  [/^(?:innehåll|relaterade|relevanta|styrande dokument|referenser|källor|bilag|related|references|appendix|ansvar|roller|organisation|responsib|uppföljning|follow-up|revidering|dokumentinformation|aktivitet|åtgärd|bakgrund|background|inledning|inledande|allmänna bestämmelser|tillämpningsområde|omfattning|scope|introduction|syfte|purpose|om (?:policyn|strategin|planen|riktlinjen))/i, 'ignore'],
  [/definition|begrepp|ordlista|ordförklaring|termer\b|glossary|\bterms\b/i, 'definition'],
  [/fokusområd|(?:^|\s)områden(?:a)?\b|focus areas?|insatsområd|strategiska områd|målområd|prioriterade områd|utvecklingsområd|strategic areas/i, 'area'],
  [/^(?:vår |our |kommunens )?(?:vision(?:en)?|målbild(?:en)?)\b/i, 'vision'],
  [/princip|principles|ställningstagand|förhållningssätt|riktlinjer\b|grundregler|\bregler\b|\bkrav\b|requirements|guidelines|policy statements/i, 'principle'],
  // "Mål", and compounds that end in it: "Effektmål", "Delmål", "Verksamhetsmål".
  [/(?:^|\s|-|[a-zåäö])mål(?:en|et|sättning\w*|bild\w*|värden)?\b|\bgoals?\b|objectives|targets/i, 'goal'],
];
/** "Fokusområde 2: Likvärdig tillgång", "Focus area A – Data": a heading that is an area itself. */
const AREA_LABEL = /^(?:fokusområde|målområde|insatsområde|strategiskt område|område|focus area|strategic area)\s*(?:nr\.?\s*)?(?:\d{1,2}|[A-Z])?\s*[:.–—-]\s*(\S.{1,200})$/i;
/** "Mål 1: Fler ärenden hanteras digitalt", "Princip 2 – Öppenhet": a heading that is a goal or principle itself. */
const ITEM_LABEL = /^(mål|delmål|effektmål|goal|objective|princip|principle)\s*(?:nr\.?\s*)?(\d{1,2}|[A-Z])\s*[:.–—-]\s*(\S.{1,200})$/i;
/** "Princip 3 – …", "Mål nr 2: …", in running text. */
const LABELLED = /(?:^|[\s(])(princip|principle|mål|goal)\s*(?:nr\.?\s*)?(\d{1,2})\s*[:.–—-]\s+([^.!?]{5,400}[.!?]?)/giu;
/** "Term: explanation", "**Term** – explanation": a definition in a list or a line. */
const DEFINITION = /^\*{0,2}([\p{Lu}][\p{L}\d/-]*(?: [\p{L}\d/-]+){0,3})\*{0,2}(?::\*{0,2}\s|\*{0,2}\s[–—-]\s)\s*(\S.{2,})$/u;
/** A sentence that sets a target: a year or a share, with a modal or a deadline. */
const TARGET_NUMBER = /\b(?:19|20)\d{2}\b|\d\s?(?:%|procent|percent)/i;
const TARGET_VERB = /\b(?:ska|skall|shall|will|should|must|senast|by)\b/i;
const NORMATIVE = /\b(?:ska|skall|bör|får inte|shall|must|should)\b/i;
/** "edemokrati - Måluppföljning: - a - b": an area, a goal label, and an inline list. */
const INLINE_AREA_GOALS = /([\p{L}-]{3,40})\s+[-–]\s+[\p{L}]{0,20}mål[\p{L}]{0,20}\s*:\s*/giu;

const LABEL_WORDS = /^(?:mål|goal|princip|principle|not|obs|exempel|example|ansvar|dnr|diarienummer)$/i;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const strip = (s: string) => clip(s.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim().replace(/[.;:]$/, ''), 500);

/** "Bilaga 1 Begrepp", "Appendix A: Definitions": an appendix holds what its name says, or nothing to import. */
const APPENDIX = /^(?:bilaga|bilagor|appendix|annex)\s*(?:nr\.?\s*)?(?:\d{1,2}|[A-Z])?\s*[:.–—-]?\s+(\S.*)$/i;

export function roleOf(heading: string): Role {
  const appendix = APPENDIX.exec(heading);
  if (appendix) {
    const named = roleOf(appendix[1]!);
    return named === 'neutral' ? 'ignore' : named;
  }
  for (const [pattern, role] of ROLE_WORDS) if (pattern.test(heading)) return role;
  return 'neutral';
}

/** Splits running text into sentences; abbreviations such as "bl.a." rarely end one in these texts. */
export function sentences(text: string): string[] {
  return text
    .slice(0, 100_000)
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A flattened PDF loses the full stop where a sentence ran into a heading or the next paragraph
 * ("… ekonomisk förmåga Infrastrukturella lösningar …"): a lower-case word followed by a
 * capitalised word ends the sentence.
 */
function flattenedSentence(text: string): string {
  const m = /[a-zåäö] (?=[A-ZÅÄÖ][a-zåäö]{3,})/.exec(text);
  return m ? text.slice(0, m.index + 1) : text;
}

function isTarget(sentence: string): boolean {
  return sentence.length <= 400 && TARGET_NUMBER.test(sentence) && TARGET_VERB.test(sentence);
}

/** A term standing alone: one to four words, a capital or digit first, no sentence punctuation. */
function isTerm(text: string): boolean {
  return text.length <= 60 && /^[\p{Lu}\d][\p{L}\d/-]*(?: [\p{L}\d/-]+){0,3}$/u.test(text.replace(/\*\*|__/g, '').trim());
}

function definitionOf(text: string): { term: string; explanation: string } | null {
  if (text.length > 2000) return null;
  const m = DEFINITION.exec(text);
  if (!m || LABEL_WORDS.test(m[1]!)) return null;
  return { term: m[1]!, explanation: m[2]! };
}

interface Frame {
  level: number;
  numbered: boolean;
  role: Role;
  /** What the heading's own words say, before anything inherited from its parent. */
  own: Role;
  heading: string;
  /** The item this heading became (an area, a principle), which its content fills. */
  item: ProposedItem | null;
  visionDone?: boolean;
  /** Whether text or a list has come directly under the heading (not under a sub-heading). */
  content?: boolean;
}

export function proposeItems(blocks: Block[], documentKind: 'goal' | 'principle'): ProposedItem[] {
  const items: ProposedItem[] = [];
  const stack: Frame[] = [];
  const make = (kind: ItemKind, title: string, reason: string, number = '', text = ''): ProposedItem => ({ kind, number, title: strip(title), text: clip(text.trim(), 10_000), reason, children: [] });
  const top = () => stack[stack.length - 1];
  /** The nearest section that says what it holds. */
  const context = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.role !== 'neutral' || stack[i]!.item) return stack[i]!;
    return undefined;
  };
  const area = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.item?.kind === 'focus_area') return stack[i]!.item!;
    return null;
  };
  let count = 0;
  const add = (item: ProposedItem) => {
    // A proposal holds at most a few hundred items (the API's bound); past that a hostile text only costs.
    if (++count > 1000) return;
    const parent = item.kind === 'goal' ? area() : null;
    (parent ? parent.children : items).push(item);
  };
  let leadIn: { role: Role; text: string } | null = null;
  /** "Tjänsterna ska kunna användas av alla. Det innebär att:": the list that follows states what shall hold. */
  let normativeLead = false;
  const normative = normativeLists(blocks);

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === 'heading') {
      leadIn = null;
      normativeLead = false;
      const numbered = block.number !== '';
      const own = roleOf(block.text);
      const section = (t: Frame) => (t.own === 'area' || t.own === 'principle' || t.own === 'definition' || t.own === 'goal') && !t.item;
      // Plain text cannot show depth: every unnumbered heading there is level 2. A numbered heading
      // under a section heading ("Kommunens fokusområden" then "1. Ökad service"), an unnumbered
      // one under an area, principle or definition section, and an unnumbered sub-heading inside a
      // numbered item ("24-timmarsservice" under "1. Ökad service") are taken as children.
      while (stack.length) {
        const t = top()!;
        const sameLevel = t.level === block.level && block.guessed === true;
        const child =
          sameLevel &&
          ((numbered && !t.numbered && section(t)) ||
            (!numbered && own === 'neutral' && section(t) && t.own !== 'goal' && !t.content) ||
            (!numbered && own === 'neutral' && t.numbered && t.item !== null));
        if (t.level >= block.level && !child) stack.pop();
        else break;
      }
      const parent = context();
      const label = AREA_LABEL.exec(block.text);
      const itemLabel = label ? null : ITEM_LABEL.exec(block.text);
      let frame: Frame = { level: block.level, numbered, role: own, own, heading: block.text, item: null };
      // Under a section of principles, areas or definitions a sub-heading is an item whatever its
      // words ("2.3 Åtgärder står i proportion till risken"), unless it names another kind of section.
      const structural = own === 'goal' || own === 'area' || own === 'definition' || own === 'vision';
      if (label) {
        frame = { ...frame, role: 'area', item: make('focus_area', label[1]!, `heading "${block.text}" names an area`, block.number) };
        items.push(frame.item!);
      } else if (itemLabel) {
        // Its text (a target sentence, an activity table) belongs to the item, not to new items.
        const kind: ItemKind = /^p/i.test(itemLabel[1]!) ? 'principle' : 'goal';
        frame = { ...frame, role: 'ignore', item: make(kind, itemLabel[3]!, `heading "${block.text}" names a ${kind}`, kind === 'principle' ? `P${itemLabel[2]}` : itemLabel[2]!) };
        add(frame.item!);
      } else if (parent && !parent.item && (own === 'neutral' || (!structural && parent.role !== 'goal' && parent.role !== 'ignore' && parent.role !== 'neutral'))) {
        const reason = `sub-heading of "${parent.heading}"`;
        if (parent.role === 'area') frame.item = make('focus_area', block.text, reason, block.number);
        else if (parent.role === 'principle') frame.item = make('principle', block.text, reason, block.number);
        else if (parent.role === 'definition') frame.item = make('definition', block.text, reason, block.number);
        else if (parent.role === 'goal') frame.item = make('goal', block.text, reason, block.number);
        if (frame.item) add(frame.item);
        if (frame.item) frame.role = frame.item.kind === 'focus_area' ? 'area' : 'ignore';
      } else if (own === 'neutral' && parent?.item) {
        frame.role = parent.item.kind === 'focus_area' ? 'area' : 'ignore';
      }
      stack.push(frame);
      continue;
    }
    const ctx = context();
    const last = top();
    if (last) last.content = true;
    const role: Role = ctx?.role ?? 'neutral';
    const inArea = ctx?.item?.kind === 'focus_area';
    const where = ctx ? `"${ctx.heading}"` : 'the document';
    if (block.kind === 'paragraph') {
      const text = block.text;
      for (const m of text.length <= 100_000 ? text.matchAll(LABELLED) : []) {
        const kind: ItemKind = /^p/i.test(m[1]!) ? 'principle' : 'goal';
        add(make(kind, flattenedSentence(m[3]!), `labelled "${m[1]} ${m[2]}" in the text`, kind === 'principle' ? `P${m[2]}` : m[2]!));
      }
      // Under a heading that became an item, the text is the item's (below); elsewhere ignored text is skipped.
      const own = ctx?.item && ctx.item.kind !== 'focus_area' ? ctx.item : null;
      if (role === 'ignore' && !own) continue;
      if (own && role === 'ignore') {
        own.text = clip(own.text ? `${own.text}\n\n${text}` : text, 10_000);
        continue;
      }
      // The inline goal lists of a flattened PDF: "area - Måluppföljning: - goal - goal".
      const inline = [...text.slice(0, 100_000).matchAll(INLINE_AREA_GOALS)];
      inline.forEach((m, i) => {
        const end = inline[i + 1]?.index ?? text.length;
        const goals = text
          .slice(m.index + m[0].length, end)
          .split(/(?:^|\s)[-–]\s(?=\p{L})/u)
          .map((g) => sentences(g)[0] ?? '')
          .filter((g) => g.length > 10 && isTarget(g));
        if (!goals.length) return;
        const areaItem = make('focus_area', m[1]!, `"${m[0].trim()}" names an area with its goals`);
        areaItem.children = goals.map((g) => make('goal', g, `listed after "${m[0].trim()}"`));
        items.push(areaItem);
      });
      if (inline.length) continue;
      if (role === 'vision' && !ctx!.visionDone) {
        ctx!.visionDone = true;
        add(make('vision', sentences(text)[0] ?? text, `first sentence under ${where}`));
        continue;
      }
      const definition = definitionOf(text);
      if (definition && role === 'definition') {
        add(make('definition', definition.term, `"term – explanation" under ${where}`, '', definition.explanation));
        continue;
      }
      // A term on a line of its own (Word's bold term paragraph) and its explanation in the next paragraph.
      const next = blocks[b + 1];
      if (role === 'definition' && isTerm(text) && next?.kind === 'paragraph' && !isTerm(next.text)) {
        add(make('definition', text, `term and the paragraph after it under ${where}`, '', next.text));
        b++;
        continue;
      }
      if (role === 'goal' || inArea) {
        for (const s of sentences(text)) if (isTarget(s)) add(make('goal', s, `sentence with a target under ${where}`));
      }
      // A principle's or goal's section is its text, every paragraph of it (a person can split it in the review).
      if (ctx?.item && ctx.item.kind !== 'focus_area') ctx.item.text = clip(ctx.item.text ? `${ctx.item.text}\n\n${text}` : text, 10_000);
      // A lead-in ends in a colon ("Policyn omfattar följande områden:") and says what the list holds.
      const lead = text.length <= 300 && text.endsWith(':') ? roleOf(text) : 'neutral';
      leadIn = lead === 'neutral' || lead === 'ignore' ? null : { role: lead, text };
      normativeLead = text.length <= 600 && text.endsWith(':') && (NORMATIVE.test(text) || /\binnebär(?: det)? att:$/i.test(text));
      continue;
    }
    if (block.kind === 'item') {
      const text = block.text;
      const listRole = leadIn?.role ?? role;
      if (listRole === 'ignore') {
        if (ctx?.item && ctx.item.kind !== 'focus_area') ctx.item.text = clip(`${ctx.item.text}\n- ${text}`.trim(), 10_000);
        continue;
      }
      const definition = definitionOf(text);
      // "1. **Digitalt först** – Nya tjänster …" in a list of goals or principles: the lead-in is the item, the rest its text.
      const itemRole = listRole === 'goal' || listRole === 'principle' || (listRole === 'area' && !inArea) || inArea;
      if (definition && itemRole && listRole !== 'definition') {
        const kind: ItemKind = listRole === 'area' && !inArea ? 'focus_area' : listRole === 'principle' && !inArea ? 'principle' : 'goal';
        add(make(kind, definition.term, `lead-in of a list item under ${where}`, '', definition.explanation));
        continue;
      }
      if (definition) {
        add(make('definition', definition.term, `list item "term – explanation" under ${where}`, '', definition.explanation));
        continue;
      }
      const reason = leadIn ? `list after "${clip(leadIn.text, 80)}"` : `list under ${where}`;
      if (listRole === 'area' && !inArea) add(make('focus_area', text, reason));
      else if (listRole === 'goal' || inArea) add(make('goal', text, reason));
      else if (listRole === 'principle') add(make('principle', text, reason));
      else if (listRole === 'definition') add(make('definition', text, reason));
      else if (listRole === 'neutral' && !ctx?.item && (normative[b] || normativeLead)) add(make(documentKind, text, `a list of "ska" statements under ${where}`));
      continue;
    }
    if (block.kind === 'table') {
      const header = block.rows[0] ?? [];
      const tableRole: Role = role === 'ignore' ? 'ignore' : /^(?:mål|goal|målsättning|indikator|nyckeltal)/i.test(header[0] ?? '') ? 'goal' : role;
      if (tableRole !== 'goal' && tableRole !== 'definition' && tableRole !== 'principle') continue;
      for (const row of block.rows.slice(1)) {
        if (!row[0]?.trim()) continue;
        const kind: ItemKind = tableRole === 'definition' ? 'definition' : tableRole;
        add(make(kind, row[0], `table row under ${where}`, '', row.slice(1).join(' · ')));
      }
    }
  }
  return items;
}

/** For each list item, whether its list is mostly "ska" statements (a policy's statements, a plan's goals); one pass. */
function normativeLists(blocks: Block[]): boolean[] {
  const out = new Array<boolean>(blocks.length).fill(false);
  let start = 0;
  while (start < blocks.length) {
    if (blocks[start]!.kind !== 'item') {
      start++;
      continue;
    }
    let end = start;
    let count = 0;
    let provisions = 0;
    while (end < blocks.length && blocks[end]!.kind === 'item') {
      const item = blocks[end] as { text: string; marker: string };
      if (NORMATIVE.test(item.text.slice(0, 2000))) count++;
      // "3 § …": a provision is a rule by its form, whatever its verb.
      if (item.marker.includes('§')) provisions++;
      end++;
    }
    const yes = provisions === end - start || (end - start >= 2 && count * 3 >= (end - start) * 2);
    for (let i = start; i < end; i++) out[i] = yes;
    start = end;
  }
  return out;
}
