import { blocksToMarkdown, parseBlocks, type Block } from './import-blocks.js';
import { proposeMetadata, type Found, type TypeKey } from './import-metadata.js';
import { actionTablesUnder, periodEndOf, proposeAssignment, sentencesUnder, type ProposedAssignment } from './import-assignments.js';
import { proposeKpi, type ProposedKpi } from './import-kpi.js';
import { proposeResponsibilitiesWithPlaces, withoutTaken, type ProposedResponsibility } from './import-responsibilities.js';
import { proposeItems, sentences, type ProposedItem } from './import-structure.js';

/**
 * Turns the text of a steering document into a proposed draft (issue 13): blocks (import-blocks),
 * then items in their hierarchy, each with the reason it was proposed (import-structure), then the
 * metadata, each with the sentence it came from (import-metadata), and the responsibility table
 * (import-responsibilities). The text is plain text, or the
 * Markdown-like text the extractors make of a .docx, .odt or .pdf (pdf-text.ts, docx-text.ts,
 * odt-text.ts). Pure: no I/O, so the corpus in test/fixtures/documents and the seeds are unit tests.
 */

export type { ProposedItem } from './import-structure.js';

export interface ImportProposal {
  title: string;
  typeKey: TypeKey | null;
  diarienummer: string | null;
  decidedOn: string | null;
  decidingBody: string | null;
  owner: string | null;
  /** For each metadata field found, the sentence or table row it was read from. */
  sources: Partial<Record<'title' | 'typeKey' | 'diarienummer' | 'decidedOn' | 'decidingBody' | 'owner', string>>;
  body: string;
  /**
   * The body without the rows and sentences the responsibility table took, a note in their place:
   * the review uses it while the table is kept, so the document does not say it twice; null when
   * no table is proposed.
   */
  bodyWithoutResponsibilities: string | null;
  items: ProposedItem[];
  /** Who is responsible for what, from a responsibility table or section (import-responsibilities). */
  responsibilities: ProposedResponsibility[];
  headings: number;
  /** Lines left out as page headers, footers, page numbers or a table of contents. */
  droppedLines: number;
}

const INTRODUCTORY = /^(inledning|syfte|bakgrund|innehåll|sammanfattning|bilagor?|introduction|purpose|background)\b/i;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** With no section that says what it holds, each section (its heading and its text) is proposed as an item. */
function sectionsAsItems(blocks: Block[], kind: 'goal' | 'principle', title: string): ProposedItem[] {
  const items: ProposedItem[] = [];
  let current: { item: ProposedItem; parts: string[] } | null = null;
  const close = () => {
    if (current?.parts.length) items.push({ ...current.item, text: clip(current.parts.join('\n\n'), 10_000) });
    current = null;
  };
  // "1 Inledning" makes 1.1, 1.2 … introductory too.
  const introductory = new Set<string>();
  for (const block of blocks) {
    if (block.kind === 'heading') {
      close();
      const chapter = block.number.split('.')[0]!;
      if (INTRODUCTORY.test(block.text) && block.number) introductory.add(block.number);
      if (INTRODUCTORY.test(block.text) || introductory.has(chapter) || block.text === block.text.toUpperCase() || block.text === title) continue;
      current = { item: { kind, number: block.number, title: clip(block.text, 500), text: '', reason: `section "${block.text}" (no section says what it holds)`, children: [] }, parts: [] };
    } else if (current) current.parts.push(block.kind === 'item' ? `- ${block.text}` : block.kind === 'table' ? block.rows.map((r) => r.join(' · ')).join('\n') : block.text);
  }
  close();
  return items;
}

/**
 * Each item gets the assignments its title and text give (at most five) and the rows of the action
 * tables under it ("Aktivitet | Ansvarig | Klart", import-assignments), and each goal the KPIs they
 * set (at most three, one per sentence; a change with no deadline gets the period's end). A
 * sentence is asked first whether it gives an assignment: one that does is not offered as a KPI
 * too (the line between them is drawn in import-assignments.ts: a deliverable to produce once vs a
 * measurable state to reach).
 */
function attachProposals(items: ProposedItem[], periodEnd: string | null, under: Map<ProposedItem, string[]>, tables: Map<ProposedItem, ProposedAssignment[]>): ProposedItem[] {
  return items.map((item) => {
    const children = attachProposals(item.children, periodEnd, under, tables);
    const seen = new Set<string>();
    const kpis: ProposedKpi[] = [];
    const assignments: ProposedAssignment[] = [];
    const fromTables = tables.get(item) ?? [];
    const own = [item.title, ...sentences(item.text)];
    for (const sentence of [...own, ...(under.get(item) ?? [])]) {
      const assignment = assignments.length < 5 ? proposeAssignment(sentence, periodEnd) : null;
      if (assignment) {
        if (!assignments.some((a) => a.source === assignment.source)) assignments.push(assignment);
        continue;
      }
      const kpi = item.kind === 'goal' && kpis.length < 3 && own.includes(sentence) ? proposeKpi(sentence, periodEnd) : null;
      if (!kpi || seen.has(kpi.source)) continue;
      seen.add(kpi.source);
      kpis.push(kpi);
    }
    assignments.push(...fromTables);
    return { ...item, children, ...(kpis.length ? { kpis } : {}), ...(assignments.length ? { assignments } : {}) };
  });
}

const value = <T,>(found: Found<T> | null) => found?.value ?? null;

export function proposeDraft(text: string, filename: string): ImportProposal {
  const markdown = /\.(md|markdown|docx|odt|pdf)$/i.test(filename);
  const cleaned = text.replace(/\u0000/g, '');
  const { blocks, dropped } = parseBlocks(cleaned, markdown);
  const metadata = proposeMetadata(blocks, cleaned, filename);
  const title = metadata.title.value;
  const kind = metadata.typeKey?.value === 'strategi' || metadata.typeKey?.value === 'handlingsplan' ? 'goal' : 'principle';
  const content = blocks.filter((b) => !(b.kind === 'heading' && b.text === title));
  let items = proposeItems(content, kind);
  if (items.length === 0) items = sectionsAsItems(content, kind, title);
  items = items.filter((i) => i.title && i.title !== title).slice(0, 200);
  const sources: ImportProposal['sources'] = {};
  for (const key of ['title', 'typeKey', 'diarienummer', 'decidedOn', 'decidingBody', 'owner'] as const) {
    const found = metadata[key];
    if (found) sources[key] = clip(found.source, 500);
  }
  const taken = proposeResponsibilitiesWithPlaces(blocks);
  const english = (cleaned.slice(0, 20_000).match(/\b(?:the|and|shall|of)\b/gi) ?? []).length > (cleaned.slice(0, 20_000).match(/\b(?:och|ska|skall|av|för)\b/gi) ?? []).length;
  const note = english ? '*The responsibilities are in the responsibility table of the document.*' : '*Ansvarsfördelningen finns i dokumentets ansvarstabell.*';
  return {
    title,
    typeKey: value(metadata.typeKey),
    diarienummer: value(metadata.diarienummer),
    decidedOn: value(metadata.decidedOn),
    decidingBody: value(metadata.decidingBody),
    owner: value(metadata.owner),
    sources,
    body: blocksToMarkdown(blocks, title).slice(0, 500_000),
    bodyWithoutResponsibilities: taken.rows.length ? blocksToMarkdown(withoutTaken(blocks, taken.places, note), title).slice(0, 500_000) : null,
    items: attachProposals(items, value(metadata.validUntil) ?? periodEndOf(title, cleaned), sentencesUnder(content, items, sentences), actionTablesUnder(content, items)),
    responsibilities: taken.rows,
    headings: blocks.filter((b) => b.kind === 'heading').length,
    droppedLines: dropped,
  };
}
