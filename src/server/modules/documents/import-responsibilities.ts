import type { Block } from './import-blocks.js';

/**
 * A document's responsibility table proposed from its text (issue 13, item 7): who is responsible
 * for what. Two general shapes, in Swedish and English:
 * - a table whose header names a party column (Roll, Funktion, Aktör, Vem, Ansvarig, Role, Who …)
 *   and a responsibility column (Ansvar, Uppgift, Gör vad, Responsibility, Task …); a table without
 *   both (KPIs, a version history, definitions, metadata) is not a responsibility table;
 * - in a section about responsibility ("Ansvar", "Ansvarsfördelning", "Roller och ansvar", "Roles
 *   and responsibilities"), a sentence or list item that starts with a party followed by what it
 *   answers for: "Kommunstyrelsen ansvarar för …", "IT-chefen ska …", "Nämnderna: …". A party is a
 *   known municipal body or role, or a noun phrase ending in a word for one (…chef, …nämnden,
 *   …ägare, …ombud, manager, board …); with "ansvarar för"/"is responsible for" any short subject is;
 *   a table there without such a header is one when most of its rows start with a party.
 * Pure and linear: every block is looked at once, with patterns that cannot backtrack far.
 */

export interface ProposedResponsibility {
  /** Who is responsible, as the text names it. */
  party: string;
  /** What for, as the text says it. */
  responsibility: string;
  /** The table row or sentence it was read from. */
  source: string;
}

const MAX_ROWS = 100;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const clean = (s: string) => s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

/** A header cell that names who: a role, a body, a function, the one responsible. */
const PARTY_HEADER = /^(?:roll(?:er)?|funktion(?:er)?|aktör(?:er)?|vem|ansvarig(?:a)?(?:\s+(?:part|funktion|roll|organ))?|part(?:er)?|organ|instans|befattning|role|roles|who|party|parties|body|function|responsible|owner|actor)$/i;
/** A header cell that names what: the responsibility, the task, the duty. */
const WHAT_HEADER = /^(?:ansvar(?:et|sområden?|suppgift(?:er)?)?|ansvarar för|uppgift(?:er)?|åtagande(?:n)?|gör vad|vad|befogenheter|ansvar och uppgifter|responsibilit(?:y|ies)|tasks?|duties|duty|what|does what|is responsible for|accountab(?:le for|ility))$/i;

/** The heading of a section about who answers for what. */
const SECTION_HEADING = /^(?:(?:roller|organisation|ansvar)\s+(?:och|&)\s+)?(?:ansvar|ansvarsfördelning|ansvarsområden|roller|organisation och ansvar)(?:\s+(?:och|&)\s+(?:roller|ansvar|befogenheter|organisation))?$|^(?:roles\s+(?:and|&)\s+)?responsibilit(?:y|ies)(?:\s+(?:and|&)\s+roles)?$|^roles$/i;

/** Municipal bodies and roles known by name (the definite and plural forms included). */
const KNOWN_PARTY =
  /^(?:kommunfullmäktige|fullmäktige|kommunstyrelsen?|ks|kf|regionstyrelsen|nämnd(?:en|er|erna)?|(?:samtliga|alla|varje) (?:nämnder|nämnd|chefer|chef|medarbetare|anställda|förvaltningar?)|kommundirektör(?:en)?|stadsdirektör(?:en)?|cio|ciso|dpo|dataskyddsombud(?:et)?|arkivarie(?:n)?|rektor(?:n|er|erna)?|medarbetare(?:n|na)?|anställda|chefer(?:na)?|bolag(?:en)?|the (?:municipal )?(?:executive )?(?:board|council|committees?)|committees|(?:all )?(?:managers|employees|staff))$/i;
/** The last word of a noun phrase that names a role or a body. */
const ROLE_WORD =
  /(?:chef|chefen|chefer|cheferna|ägare|ägaren|ägarna|ansvarig|ansvarige|samordnare|samordnaren|ombud|ombudet|förvaltare|förvaltaren|nämnd|nämnden|nämnderna|styrelse|styrelsen|förvaltning|förvaltningen|förvaltningarna|enhet|enheten|avdelning|avdelningen|direktör|direktören|strateg|strategen|controller|controllern|samordning|funktion|funktionen|gruppen|rådet|officer|manager|managers|owner|owners|board|committee|committees|council|department|unit|director|coordinator|team)$/i;

/** A verb of responsibility after the party: "ansvarar för", "har (det övergripande) ansvaret för", "is responsible for". */
const RESPONSIBLE_VERB = /^(?:ansvarar|svarar|har\s+(?:det\s+)?(?:[\p{L}-]+\s+)?ansvar(?:et)?|är\s+ansvarig[a]?|bär\s+(?:det\s+)?(?:[\p{L}-]+\s+)?ansvar(?:et)?|is\s+responsible|are\s+responsible|has\s+(?:the\s+)?(?:[\p{L}-]+\s+)?responsibility|have\s+(?:the\s+)?(?:[\p{L}-]+\s+)?responsibility)\s+(?:för|for)\s+\S/iu;
/** A modal or an action verb after a party that the text names as a role. */
const ROLE_VERB = /^(?:ska|skall|bör|måste|shall|will|must|should|leder|samordnar|beslutar|fastställer|följer upp|driver|förvaltar|godkänner|leads|coordinates|decides|approves|owns|manages|maintains)\s+\S/i;
const MODAL = /^(?:ska|skall|bör|måste|shall|will|must|should)\s+/i;

function isParty(phrase: string, strongVerb: boolean): boolean {
  const p = phrase.trim();
  if (p.length < 2 || p.length > 80 || /[.,;:!?]/.test(p)) return false;
  const words = p.split(/\s+/);
  if (words.length > 6) return false;
  if (KNOWN_PARTY.test(p) || KNOWN_PARTY.test(p.replace(/^the\s+/i, ''))) return true;
  const last = words.at(-1)!.replace(/^[\p{L}]+-(?=[\p{L}])/u, '');
  if (ROLE_WORD.test(last) || /(?:chef|chefen|nämnden|ägaren|samordnaren|ombudet|förvaltaren|styrelsen|direktören|enheten|avdelningen)$/i.test(words.at(-1)!)) return true;
  // "Varje medarbetare ansvarar för …": with a verb of responsibility a short subject is a party,
  // unless it is a pronoun or a thing ("Det", "Detta", "Policyn").
  return strongVerb && words.length <= 4 && !/^(?:det|detta|den|denna|vi|man|du|it|this|we|you|they|policyn|riktlinjen|strategin|planen|dokumentet)$/i.test(words[0]!);
}

/** "Kommunstyrelsen ansvarar för X" → party and what it answers for; null when the sentence is not one. */
function responsibilityInSentence(sentence: string): ProposedResponsibility | null {
  const s = clean(sentence.replace(/^\s*(?:[-•*]\s+|\d{1,2}[.)]\s+)/, ''));
  if (s.length < 8 || s.length > 2000) return null;
  // "Nämnderna: ansvarar för …", "IT-chef – samordnar …": a party, then a colon or a dash.
  const labelled = /^([^:–—]{2,80}?)\s*(?::|\s[–—-])\s+(\S.*)$/u.exec(s);
  if (labelled && isParty(labelled[1]!, false)) return row(labelled[1]!, labelled[2]!, s);
  const words = s.split(' ');
  for (let n = 1; n <= Math.min(6, words.length - 2); n++) {
    const party = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    const strong = RESPONSIBLE_VERB.test(rest);
    if ((strong || ROLE_VERB.test(rest)) && isParty(party, strong)) return row(party, rest.replace(MODAL, ''), s);
  }
  return null;
}

function row(party: string, responsibility: string, source: string): ProposedResponsibility | null {
  const what = clean(responsibility).replace(/[.;]+$/, '');
  if (what.length < 3) return null;
  return { party: clip(cap(clean(party)), 200), responsibility: clip(cap(what), 2000), source: clip(source, 500) };
}

/** The columns of a responsibility table, or null when its header does not name both. */
function columns(header: string[]): { party: number; what: number } | null {
  const cells = header.map((c) => clean(c).replace(/[:.]$/, ''));
  const party = cells.findIndex((c) => PARTY_HEADER.test(c));
  const what = cells.findIndex((c, i) => i !== party && WHAT_HEADER.test(c));
  return party >= 0 && what >= 0 ? { party, what } : null;
}

/** A proposed row with the index of the table row it came from (1 = the first row under the header). */
type Taken = ProposedResponsibility & { row?: number };

function fromTable(rows: string[][]): Taken[] {
  const cols = rows[0] ? columns(rows[0]) : null;
  if (!cols) return [];
  return rows.slice(1).flatMap((cells, i) => {
    const found = row(cells[cols.party] ?? '', cells[cols.what] ?? '', cells.map(clean).join(' | '));
    return found && clean(cells[cols.party] ?? '').length >= 2 ? [{ ...found, row: i + 1 }] : [];
  });
}

/**
 * A table in a responsibility section whose header names no columns ("Kommunstyrelsen | Leder …"
 * from its first row): one when most rows start with a party; the rows that do are proposed.
 */
function fromPartyColumn(rows: string[][]): Taken[] {
  if (rows.filter((cells) => cells.length >= 2 && isParty(clean(cells[0]!), false)).length * 2 <= rows.length) return [];
  return rows.flatMap((cells, i) => {
    if (cells.length < 2 || !isParty(clean(cells[0]!), false)) return [];
    const found = row(cells[0]!, cells.slice(1).map(clean).filter(Boolean).join(' '), cells.map(clean).join(' | '));
    return found ? [{ ...found, row: i }] : [];
  });
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/u).filter((s) => s.trim());
}

/** Where the rows were read: for each block, the table rows or the sentences taken from it. */
export type TakenPlaces = Map<number, { rows: Set<number>; sentences: Set<string> }>;

export function proposeResponsibilities(blocks: Block[]): ProposedResponsibility[] {
  return proposeResponsibilitiesWithPlaces(blocks).rows;
}

/** The proposed rows, and where in the blocks each was read (for the body without them, import.ts). */
export function proposeResponsibilitiesWithPlaces(blocks: Block[]): { rows: ProposedResponsibility[]; places: TakenPlaces } {
  const found: { r: ProposedResponsibility; block: number; row?: number; sentence?: string }[] = [];
  /** The level of the responsibility section we are in, or null outside one. */
  let sectionLevel: number | null = null;
  blocks.forEach((block, b) => {
    if (found.length >= MAX_ROWS) return;
    if (block.kind === 'heading') {
      if (sectionLevel !== null && block.level <= sectionLevel) sectionLevel = null;
      if (SECTION_HEADING.test(clean(block.text))) sectionLevel = block.level;
    } else if (block.kind === 'table') {
      const rows = columns(block.rows[0] ?? []) ? fromTable(block.rows) : sectionLevel !== null ? fromPartyColumn(block.rows) : [];
      for (const { row: at, ...r } of rows) found.push({ r, block: b, row: at });
    } else if (sectionLevel !== null) {
      for (const sentence of block.kind === 'item' ? [block.text] : sentencesOf(block.text)) {
        const r = responsibilityInSentence(sentence);
        if (r) found.push({ r, block: b, sentence });
      }
    }
  });
  const seen = new Set<string>();
  const kept = found
    .filter(({ r }) => {
      const key = `${r.party.toLowerCase()}|${r.responsibility.toLowerCase()}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .slice(0, MAX_ROWS);
  const places: TakenPlaces = new Map();
  for (const { block, row: at, sentence } of found) {
    const place = places.get(block) ?? { rows: new Set<number>(), sentences: new Set<string>() };
    if (at !== undefined) place.rows.add(at);
    if (sentence !== undefined) place.sentences.add(sentence);
    places.set(block, place);
  }
  return { rows: kept.map(({ r }) => r), places };
}

/**
 * The blocks without what the responsibility table took (issue 13, item 7: the rows are not said
 * twice once the table is kept): taken table rows, list items and sentences leave; a table left
 * with only its header, or a paragraph left empty, leaves too; `note` stands where the first was.
 */
export function withoutTaken(blocks: Block[], places: TakenPlaces, note: string): Block[] {
  const out: Block[] = [];
  let noted = false;
  const mark = () => {
    if (!noted) out.push({ kind: 'paragraph', text: note, lines: [note] });
    noted = true;
  };
  blocks.forEach((block, b) => {
    const place = places.get(b);
    if (!place) return out.push(block);
    if (block.kind === 'table') {
      const rows = block.rows.filter((_, i) => !place.rows.has(i));
      mark();
      if (rows.length > 1 || (rows.length === 1 && place.rows.has(0))) out.push({ ...block, rows });
    } else if (block.kind === 'item') mark();
    else if (block.kind === 'paragraph') {
      const rest = sentencesOf(block.text).filter((s) => !place.sentences.has(s)).join(' ');
      mark();
      if (rest.trim()) out.push({ ...block, text: rest, lines: [rest] });
    } else out.push(block);
  });
  return out;
}
