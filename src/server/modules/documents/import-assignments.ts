/**
 * Assignments (uppdrag) proposed from a steering document's sentences (issue 13, item 7): a
 * sentence that gives someone a task to do during the document's period — "En it-säkerhetspolicy
 * ska under perioden skapas", "Kommunstyrelsen får i uppdrag att ta fram …", "IT-chefen uppdras att
 * …", "Socialnämnden ska senast 30 juni 2027 redovisa …", "The CIO is tasked with …" — becomes a
 * proposed assignment: what to do (the sentence without its party), the party named, a deadline
 * when the text gives one, and the sentence it came from.
 *
 * The rule is general: an assignment phrase ("får i uppdrag att", "uppdras att", "ges i uppdrag",
 * "is tasked with", "is commissioned to") or a modal ("ska", "skall", "shall", "will", "must")
 * followed, within the clause, by a deliverable verb — one that makes a thing exist once (skapas,
 * tas fram, utarbetas, upprättas, redovisa, genomföra, införa, utreda, revidera, develop, produce,
 * deliver …). Passive ("ska … tas fram") and active ("IT-chefen ska … ta fram") both count.
 *
 * Assignment or KPI (import-kpi.ts)? They must not compete for one sentence, so the line is drawn
 * here, on what the sentence asks for:
 * - a KPI is a measurable STATE to reach: a quantity (a share, an amount, days, a count of things)
 *   held at a level by a date ("75 % ska hanteras digitalt", "minska … med 25 %", "20 e-tjänster");
 * - an assignment is a DELIVERABLE to produce once: a deliverable verb and no quantity ("en
 *   handlingsplan ska tas fram", "redovisa en plan för alla system senast 2027").
 * So a sentence with a number that is not a date, a year or a section number is left to the KPIs,
 * and a sentence this module claims is not offered as a KPI (import.ts asks this first). A
 * principle ("Alla system ska ha en ägare"), a definition and a responsibility ("IT-chefen ansvarar
 * för …", an ongoing duty, not a task with an end) have no deliverable verb and are neither.
 * Pure and linear: bounded patterns over one sentence.
 */

import type { Block } from './import-blocks.js';

export interface ProposedAssignment {
  /** What is to be done: the sentence without its party and assignment phrase. */
  title: string;
  /** Who is to do it, as the text names it; null when the sentence names nobody (passive). */
  party: string | null;
  /** The deadline, YYYY-MM-DD; null when the text gives none (the person enters it). */
  dueOn: string | null;
  /** The sentence it was read from. */
  source: string;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Verbs that make a thing exist once: active (infinitive) and passive (-s) forms, Swedish and English. */
const DELIVERABLE =
  /(?<![\p{L}])(?:skapa[s]?|ta[s]? fram|tagits fram|utarbeta[s]?|upprätta[s]?|utforma[s]?|redovisa[s]?|genomföra[s]?|genomför[s]?|införa[s]?|inför[s]?|utreda[s]?|utred[s]?|revidera[s]?|kartlägga[s]?|kartlägg[s]?|inventera[s]?|analysera[s]?|utvärdera[s]?|sammanställa[s]?|sammanställ[s]?|fastställa[s]?|fastställ[s]?|ta[s]? ställning|arbeta[s]? fram|bygga[s]? upp|byggas|implementera[s]?|upphandla[s]?|avveckla[s]?|lämna[s]? (?:förslag|en rapport|en redovisning)|återrapportera[s]?|rapportera[s]?|presentera[s]?|ersätta[s]?|ersätt[s]?|etablera[s]?|develop(?:ed)?|produce[d]?|prepare[d]?|draw(?:n)? up|draft(?:ed)?|deliver(?:ed)?|create[d]?|carry out|carried out|implement(?:ed)?|introduce[d]?|review(?:ed)?|report(?:ed)? (?:on|to|back)|present(?:ed)?|map(?:ped)?|procure[d]?|replace[d]?|establish(?:ed)?|investigate[d]?|set up|put in place)(?![\p{L}])/iu;
/** The English gerund after "tasked with": developing, producing … */
const DELIVERABLE_ING = /(?<![\p{L}])(?:developing|producing|preparing|drawing up|drafting|delivering|creating|carrying out|implementing|introducing|reviewing|reporting|presenting|mapping|procuring|replacing|establishing|investigating|setting up|putting in place)(?![\p{L}])/iu;
/** An explicit assignment: "får i uppdrag att", "uppdras att", "ges i uppdrag att", "is tasked with". */
const COMMISSION =
  /(?<![\p{L}])(?:får i uppdrag att|ges i uppdrag att|ges uppdraget att|får uppdraget att|har i uppdrag att|uppdras att|uppdras|is tasked with|are tasked with|is commissioned to|are commissioned to|is instructed to|are instructed to|is asked to|are asked to)(?![\p{L}])/iu;
const MODAL = /(?<![\p{L}])(?:ska|skall|shall|will|must)(?![\p{L}])/iu;
/** A number that is a quantity: a share, an amount, days or a count (a KPI's business, see above). */
const DATE_LIKE =
  /\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}(?:\s*:e)?\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|december)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b|\b(?:19|20)\d{2}\b|(?:§|kap\.?|kapitel|avsnitt|punkt|bilaga|section|chapter|appendix)\s*\d+(?:\.\d+)*|\d+\s*(?:§|kap\.)|\b\d+(?:\.\d+)+\b/giu;
const QUANTITY = /\d/;
/** "Ansvarar för", "is responsible for": an ongoing duty, the responsibility table's business. */
const RESPONSIBILITY = /(?<![\p{L}])(?:ansvarar för|svarar för|har ansvar(?:et)? för|är ansvarig[a]? för|is responsible for|are responsible for)(?![\p{L}])/iu;
/** "Planen ska revideras årligen": a recurring duty, not a task with an end. */
const RECURRING = /(?<![\p{L}])(?:årligen|varje år|varje månad|löpande|kontinuerligt|fortlöpande|regelbundet|vid behov|annually|every year|each year|continuously|regularly|on an ongoing basis|as needed)(?![\p{L}])/iu;
/** A subject that is the document or a pronoun, not a party: "Strategin ska …", "Vi ska …". */
const NOT_PARTY = /^(?:det|detta|den|denna|dessa|de|vi|man|du|this|these|we|you|they|kommunen|the municipality|policyn|riktlinjen|strategin|planen|handlingsplanen|dokumentet|arbetet|en|ett|the|a|an)$/i;

/** The last word of a party: a role or a body (…chefen, …nämnden, …förvaltningen, CIO, board …). */
const PARTY_WORD =
  /(?:chef|chefen|chefer|cheferna|ägare|ägaren|ägarna|ansvarig|ansvarige|samordnare|samordnaren|ombud|ombudet|förvaltare|förvaltaren|nämnd|nämnden|nämnder|nämnderna|styrelse|styrelsen|förvaltning|förvaltningen|förvaltningarna|enhet|enheten|avdelning|avdelningen|direktör|direktören|strateg|strategen|controller|controllern|funktionen|gruppen|rådet|fullmäktige|kansliet|rektor|rektorn|rektorerna|arkivarie|arkivarien|bolag|bolaget|bolagen|officer|manager|managers|owner|owners|board|committee|committees|council|department|unit|director|coordinator|team|office|CIO|CISO|CDO|DPO)$/iu;
/** Bodies known by name alone. */
const KNOWN_BODY = /^(?:ks|kf|kommunledningen|kommunledningskontoret|stadsledningskontoret|it-avdelningen)$/i;

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, februari: 2, february: 2, mars: 3, march: 3, april: 4, maj: 5, may: 5, juni: 6, june: 6,
  juli: 7, july: 7, augusti: 8, august: 8, september: 9, oktober: 10, october: 10, november: 11, december: 12,
};
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const MONTH_NAMES = Object.keys(MONTHS).join('|');

/**
 * The deadline the sentence gives: "senast 30 juni 2027" → 2027-06-30, "by June 30, 2027",
 * "senast 2026-03-31", "under 2027"/"före utgången av 2027"/"by the end of 2027" → the year's last
 * day, "under perioden"/"during the period" → the end of the document's period when known.
 */
export function deadlineOf(sentence: string, periodEnd: string | null): string | null {
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(sentence);
  if (iso && !Number.isNaN(Date.parse(iso[0]))) return iso[0];
  const dmy = new RegExp(String.raw`\b(\d{1,2})(?:\s*:e)?\s+(${MONTH_NAMES})\s+((?:19|20)\d{2})\b`, 'i').exec(sentence);
  const mdy = new RegExp(String.raw`\b(${MONTH_NAMES})\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b`, 'i').exec(sentence);
  const my = new RegExp(String.raw`\b(?:(?:i|in|by|end of|slutet av|utgången av)\s+)(${MONTH_NAMES})\s+((?:19|20)\d{2})\b`, 'i').exec(sentence);
  const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(Math.min(Math.max(d, 1), lastDay(y, m)))}`;
  if (dmy) return day(Number(dmy[3]), MONTHS[dmy[2]!.toLowerCase()]!, Number(dmy[1]));
  if (mdy) return day(Number(mdy[3]), MONTHS[mdy[1]!.toLowerCase()]!, Number(mdy[2]));
  if (my) {
    const y = Number(my[2]);
    const m = MONTHS[my[1]!.toLowerCase()]!;
    return day(y, m, lastDay(y, m));
  }
  const year = /(?<![\p{L}])(?:under|senast|före utgången av|vid utgången av|till utgången av|innan utgången av|före|innan|till|i slutet av|during|by(?: the end of)?|before(?: the end of)?|in|within)\s+(?:år\s+|året\s+|the year\s+)?((?:19|20)\d{2})(?!\d|-\d)/iu.exec(sentence);
  if (year) return `${year[1]}-12-31`;
  if (/(?<![\p{L}])(?:under (?:strategi|plan|policy)?perioden|inom (?:strategi|plan)?perioden|under planens giltighetstid|under strategins giltighetstid|during the (?:strategy |plan )?period|within the (?:strategy |plan )?period)(?![\p{L}])/iu.test(sentence)) return periodEnd;
  return null;
}

/**
 * The party a sentence opens with, before its modal or assignment phrase: a noun phrase of at most
 * five words that is not a pronoun, the document, or an indefinite thing ("en handlingsplan").
 */
function partyBefore(head: string): string | null {
  const p = head
    .replace(/^\s*(?:[-•*]\s+|\d{1,2}[.)]\s+)/, '')
    .replace(/^(?:(?:under|senast|före|till|i|by|in|during)\s+(?:(?:19|20)\d{2}|perioden|the period)|därför|därefter|also|även)\s*,?\s*/i, '')
    .replace(/[*_]/g, '')
    .replace(/^the\s+/i, '')
    .trim();
  if (p.length < 2 || p.length > 80 || /[,;:]/.test(p)) return null;
  const words = p.split(/\s+/);
  if (words.length > 5 || NOT_PARTY.test(words[0]!)) return null;
  return PARTY_WORD.test(words.at(-1)!) || KNOWN_BODY.test(p) ? p : null;
}

/** The assignment a sentence gives, or null when it gives none. */
export function proposeAssignment(input: string, periodEnd: string | null = null): ProposedAssignment | null {
  const sentence = input.replace(/\s+/g, ' ').trim();
  if (sentence.length < 15 || sentence.length > 600) return null;
  if (RESPONSIBILITY.test(sentence) || RECURRING.test(sentence)) return null;
  // A number left after dates, years and section numbers is a quantity: the sentence is a KPI's.
  if (QUANTITY.test(sentence.replace(DATE_LIKE, ' '))) return null;
  const commission = COMMISSION.exec(sentence);
  let cut: RegExpExecArray;
  if (commission) {
    cut = commission;
    const rest = sentence.slice(commission.index + commission[0].length);
    if (!DELIVERABLE.test(rest) && !DELIVERABLE_ING.test(rest)) return null;
  } else {
    const modal = MODAL.exec(sentence);
    if (!modal) return null;
    // The deliverable verb within the clause the modal opens: "… ska under perioden skapas".
    const clause = sentence.slice(modal.index + modal[0].length).split(/[;:]|,\s(?:och|samt|men|and|but)\s|\s(?:så att|för att|in order to|so that)\s/i)[0]!;
    const verb = DELIVERABLE.exec(clause);
    if (!verb) return null;
    // "Alla system ska vara dokumenterade och utvärderas": a state with a deliverable tacked on is a principle.
    if (/^\s*(?:vara|ha|finnas|kunna|få|have|remain|ensure|säkerställa)(?![\p{L}])/iu.test(clause) && verb.index > 0) return null;
    cut = modal;
  }
  const party = partyBefore(sentence.slice(0, cut.index));
  const rest = sentence.slice(cut.index + cut[0].length).trim().replace(/[.;]+$/, '');
  const title = party ? cap(rest.replace(/^(?:also|även|därför)\s+/i, '')) : cap(sentence.replace(/^\s*(?:[-•*]\s+|\d{1,2}[.)]\s+)/, '').replace(/[.;]+$/, ''));
  if (title.length < 5) return null;
  return { title: clip(title, 500), party: party ? clip(cap(party), 200) : null, dueOn: deadlineOf(sentence, periodEnd), source: clip(sentence, 500) };
}

/**
 * The end of the document's period, when its title or text names one: "Digitaliseringsstrategi
 * 2024–2027" → 2027-12-31, a range on the lines that open the document ("Västerfjällets kommun
 * 2022–2025"), "gäller till och med 2026-12-31", "för perioden 2025–2028".
 */
export function periodEndOf(title: string, text: string): string | null {
  const until = /(?<![\p{L}])(?:gäller (?:till och med|t\.o\.m\.|tom|till)|giltig (?:till och med|till)|valid (?:until|to|through))\s+((?:19|20)\d{2}-\d{2}-\d{2}|(?:19|20)\d{2})(?!\d)/iu.exec(text.slice(0, 20_000));
  if (until) return until[1]!.length === 4 ? `${until[1]}-12-31` : until[1]!;
  const range = /(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)/;
  const inTitle = range.exec(title) ?? range.exec(text.trimStart().split(/\n\s*\n/)[0]!.slice(0, 300));
  const inText = inTitle ? null : /(?<![\p{L}])(?:perioden|period|gäller|avser åren|för åren)\s+((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)/iu.exec(text.slice(0, 20_000));
  const found = inTitle ?? inText;
  if (!found || Number(found[2]) < Number(found[1])) return null;
  return `${found[2]}-12-31`;
}

const key = (s: string) => s.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().replace(/[.;:]$/, '').toLowerCase();

/** The blocks under each item's heading: after it, until a heading of the same or a higher level. */
function blocksUnder<T extends { title: string; children: T[] }>(blocks: Block[], items: T[]): { under: Map<T, Block[]>; isItem: (text: string) => boolean } {
  const byTitle = new Map<string, T>();
  const walk = (list: T[]) => list.forEach((i) => (byTitle.has(key(i.title)) || byTitle.set(key(i.title), i), walk(i.children)));
  walk(items);
  const under = new Map<T, Block[]>();
  let current: { item: T; level: number } | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      // The heading may carry the label or number the item's title was read without: "Mål 1: X", "2.3 X".
      const item = byTitle.get(key(block.text)) ?? byTitle.get(key(block.text.replace(/^(?:\p{L}+\s+)?\d+(?:\.\d+)*\s*(?:[:.)–—-]\s*|\s+)/u, '')));
      if (item) current = { item, level: block.level };
      else if (current && block.level <= current.level) current = null;
    } else if (current) under.set(current.item, [...(under.get(current.item) ?? []), block]);
  }
  return { under, isItem: (text) => byTitle.has(key(text)) };
}

/**
 * The sentences that stand under each item in the text: the paragraphs and list items after the
 * heading the item was made from, until a heading of the same or a higher level. (An item's own
 * text does not always hold them: the structure step keeps a section's text only for some kinds.)
 * A list item that became an item itself is left to that item's title.
 */
export function sentencesUnder<T extends { title: string; children: T[] }>(blocks: Block[], items: T[], sentences: (text: string) => string[]): Map<T, string[]> {
  const { under, isItem } = blocksUnder(blocks, items);
  const out = new Map<T, string[]>();
  for (const [item, list] of under) {
    const found = list
      .filter((b) => b.kind === 'paragraph' || (b.kind === 'item' && !isItem(b.text)))
      .flatMap((b) => (b.kind === 'item' ? [b.text] : b.kind === 'paragraph' ? sentences(b.text) : []))
      .filter((s) => !isItem(s))
      .slice(0, 200);
    if (found.length) out.set(item, found);
  }
  return out;
}

/** A column of an action table: what to do, who does it, by when. */
const TASK_COLUMN = /^(?:aktivitet(?:er)?|åtgärd(?:er)?|insats(?:er)?|uppdrag|aktivitet\/åtgärd|activit(?:y|ies)|actions?|tasks?)(?![\p{L}])/iu;
const PARTY_COLUMN = /^(?:ansvarig(?:a)?|huvudansvarig|ansvar|utförare|responsible|owner|lead|who)(?![\p{L}])/iu;
const DUE_COLUMN = /^(?:klart?(?: senast)?|färdig|tidpunkt|tidplan|slutdatum|datum|när|senast|deadline|due(?: date)?|by when|when|completion)(?![\p{L}])/iu;

/** A date cell of an action table: "2025-03-31", "30 juni 2025", "juni 2025", "2025", "Q2 2025", "kv 2 2025". */
function dueOfCell(cell: string): string | null {
  const quarter = /^(?:q|kv(?:artal)?\.?)\s*([1-4])\s+((?:19|20)\d{2})$/i.exec(cell.trim());
  if (quarter) {
    const month = Number(quarter[1]) * 3;
    return `${quarter[2]}-${pad(month)}-${pad(lastDay(Number(quarter[2]), month))}`;
  }
  return deadlineOf(cell, null) ?? deadlineOf(`i ${cell}`, null) ?? deadlineOf(`under ${cell}`, null);
}

/**
 * The action tables under each item: a table whose header names what to do ("Aktivitet",
 * "Åtgärd", "Insats", "Activity") and who does it ("Ansvarig", "Responsible"), as a handlingsplan
 * lists each goal's activities. Each row is an assignment on the item: its task, its party, and
 * its deadline when a column gives one ("Klart", "Tidpunkt", "Deadline"). A responsibility table
 * (who answers for what, ongoing) names no task column and is import-responsibilities' own.
 */
export function actionTablesUnder<T extends { title: string; children: T[] }>(blocks: Block[], items: T[]): Map<T, ProposedAssignment[]> {
  const out = new Map<T, ProposedAssignment[]>();
  for (const [item, list] of blocksUnder(blocks, items).under) {
    const found: ProposedAssignment[] = [];
    for (const block of list) {
      if (block.kind !== 'table' || block.rows.length < 2) continue;
      const header = block.rows[0]!.map((c) => c.replace(/[*_]/g, '').trim());
      const task = header.findIndex((c) => TASK_COLUMN.test(c));
      const party = header.findIndex((c) => PARTY_COLUMN.test(c));
      const due = header.findIndex((c) => DUE_COLUMN.test(c));
      if (task < 0 || party < 0 || task === party) continue;
      for (const row of block.rows.slice(1)) {
        const cell = (i: number) => (i >= 0 ? (row[i] ?? '').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim() : '');
        const title = cell(task);
        if (title.length < 3 || found.length >= 30) continue;
        found.push({ title: title.slice(0, 300), party: cell(party) || null, dueOn: cell(due) ? dueOfCell(cell(due)) : null, source: row.map((c) => c.trim()).join(' | ').slice(0, 600) });
      }
    }
    if (found.length) out.set(item, found);
  }
  return out;
}
