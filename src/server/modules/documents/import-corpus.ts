import type { ImportProposal, ProposedItem } from './import.js';

/**
 * Measures the import against expected results (issue 13, item 5): for each document, the
 * precision and recall of the proposed items — an item matches an expected one when its kind and
 * normalised text agree — and whether each metadata field was found. Used by the corpus test
 * (test/fixtures/documents) and the seeds' test (test/seeds). The proposed responsibility rows
 * (issue 13, item 7) are measured the same way: a row matches when its party and text agree; so
 * are the proposed assignments: one matches when its item, text, party and deadline all agree.
 */

interface ExpectedItem {
  kind: string;
  text: string;
  parent: string | null;
}

/** A KPI a reader would set up from a goal's numbers (measured by import-corpus-kpis). */
export interface ExpectedKpi {
  /** The goal item the KPI belongs to, as in `items`. */
  goal: string;
  name: string;
  unit: string;
  targetValue: number;
  targetDate: string | null;
  relative: boolean;
}

export interface Expected {
  title: string;
  type: string | null;
  diarienummer: string | null;
  decidedOn: string | null;
  decidingBody: string | null;
  owner: string | null;
  items: ExpectedItem[];
  /** The responsibility table the document holds ([] for none); absent: not measured (the seeds' expectations). */
  responsibilities?: { party: string; responsibility: string }[];
  /** The KPIs a reader would set up from the goals' numbers (import-corpus-kpis); absent: not measured. */
  kpis?: ExpectedKpi[];
  /** The assignments the document's sentences give, under their item ([] for none); absent: not measured. */
  assignments?: ExpectedAssignment[];
}

interface ExpectedAssignment {
  /** The title of the item it stands under. */
  item: string;
  title: string;
  party: string | null;
  dueOn: string | null;
}

/** Precision and recall of the proposed responsibility rows. */
interface RowScore {
  expected: number;
  proposed: number;
  matched: number;
  precision: number;
  recall: number;
  missing: string[];
  extra: string[];
}

export interface Score {
  expected: number;
  proposed: number;
  matched: number;
  /** Of the matched items, those under the expected parent. */
  parentRight: number;
  precision: number;
  recall: number;
  missing: string[];
  extra: string[];
  metadata: Record<'title' | 'type' | 'diarienummer' | 'decidedOn' | 'decidingBody' | 'owner', boolean>;
  responsibilities: RowScore;
  assignments: RowScore;
}

/** Lower case, one space, no numbering, bullets, emphasis, quotes or closing punctuation. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_"”“'’`]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/^\s*(?:[-•]\s*|\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[a-z]\)\s+)/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;:,!?]+$/, '')
    .trim();
}

function flatten(items: ProposedItem[], parent: string | null = null): ExpectedItem[] {
  return items.flatMap((i) => [{ kind: i.kind, text: i.title, parent }, ...flatten(i.children, i.title)]);
}

function scoreRows<T>(proposed: T[], wanted: T[] | undefined, key: (r: T) => string, show: (r: T) => string): RowScore {
  if (!wanted) return { expected: 0, proposed: 0, matched: 0, precision: 1, recall: 1, missing: [], extra: [] };
  const remaining = new Map<string, number>();
  for (const r of wanted) remaining.set(key(r), (remaining.get(key(r)) ?? 0) + 1);
  const extra: string[] = [];
  let matched = 0;
  for (const r of proposed) {
    const left = remaining.get(key(r)) ?? 0;
    if (left > 0) {
      remaining.set(key(r), left - 1);
      matched++;
    } else extra.push(show(r));
  }
  const missing = wanted.filter((r) => {
    const left = remaining.get(key(r)) ?? 0;
    if (left > 0) remaining.set(key(r), left - 1);
    return left > 0;
  });
  return {
    expected: wanted.length,
    proposed: proposed.length,
    matched,
    precision: proposed.length ? matched / proposed.length : wanted.length ? 0 : 1,
    recall: wanted.length ? matched / wanted.length : 1,
    missing: missing.map(show),
    extra,
  };
}

function responsibilityScore(proposal: ImportProposal, expected: Expected): RowScore {
  type Row = { party: string; responsibility: string };
  return scoreRows<Row>(proposal.responsibilities, expected.responsibilities, (r) => `${normalise(r.party)}|${normalise(r.responsibility)}`, (r) => `${r.party}: ${r.responsibility}`);
}

function proposedAssignments(items: ProposedItem[]): ExpectedAssignment[] {
  return items.flatMap((i) => [...(i.assignments ?? []).map((a) => ({ item: i.title, title: a.title, party: a.party, dueOn: a.dueOn })), ...proposedAssignments(i.children)]);
}

function assignmentScore(proposal: ImportProposal, expected: Expected): RowScore {
  return scoreRows(
    proposedAssignments(proposal.items),
    expected.assignments,
    (a) => `${normalise(a.item)}|${normalise(a.title)}|${normalise(a.party ?? '')}|${a.dueOn ?? ''}`,
    (a) => `${a.item} → ${a.party ?? '(no party)'}: ${a.title} (${a.dueOn ?? 'no deadline'})`,
  );
}

export function score(proposal: ImportProposal, expected: Expected): Score {
  const proposed = flatten(proposal.items);
  const key = (i: ExpectedItem) => `${i.kind}|${normalise(i.text)}`;
  const remaining = new Map<string, ExpectedItem[]>();
  for (const e of expected.items) remaining.set(key(e), [...(remaining.get(key(e)) ?? []), e]);
  let matched = 0;
  let parentRight = 0;
  const extra: string[] = [];
  for (const p of proposed) {
    const hit = remaining.get(key(p))?.shift();
    if (!hit) {
      extra.push(`${p.kind}: ${p.text}`);
      continue;
    }
    matched++;
    if (normalise(hit.parent ?? '') === normalise(p.parent ?? '')) parentRight++;
  }
  const missing = [...remaining.values()].flat().map((e) => `${e.kind}: ${e.text}`);
  const same = (a: string | null, b: string | null) => normalise(a ?? '') === normalise(b ?? '');
  return {
    expected: expected.items.length,
    proposed: proposed.length,
    matched,
    parentRight,
    precision: proposed.length ? matched / proposed.length : expected.items.length ? 0 : 1,
    recall: expected.items.length ? matched / expected.items.length : 1,
    missing,
    extra,
    metadata: {
      title: same(proposal.title, expected.title),
      type: proposal.typeKey === expected.type,
      diarienummer: same(proposal.diarienummer, expected.diarienummer),
      decidedOn: proposal.decidedOn === expected.decidedOn,
      decidingBody: same(proposal.decidingBody, expected.decidingBody),
      owner: same(proposal.owner, expected.owner),
    },
    responsibilities: responsibilityScore(proposal, expected),
    assignments: assignmentScore(proposal, expected),
  };
}

const pct = (n: number) => `${(n * 100).toFixed(1)} %`.padStart(8);

/** The bar every document and the whole corpus must reach, for precision and for recall (issue 13). */
const BAR = 0.9;

/**
 * A table of the scores, one line per document and one for all, each document's missed and extra
 * items under it, and the shortfalls: every precision or recall, per document or overall, under the bar.
 */
export function report(scores: [string, Score][]): { text: string; shortfalls: string[] } {
  const total = scores.reduce((t, [, s]) => ({ expected: t.expected + s.expected, proposed: t.proposed + s.proposed, matched: t.matched + s.matched, parentRight: t.parentRight + s.parentRight }), { expected: 0, proposed: 0, matched: 0, parentRight: 0 });
  const precision = total.proposed ? total.matched / total.proposed : 1;
  const recall = total.expected ? total.matched / total.expected : 1;
  const lines = scores.map(([name, s]) => {
    const meta = Object.entries(s.metadata).filter(([, ok]) => !ok).map(([k]) => k);
    return `${name.padEnd(36)} ${String(s.matched).padStart(3)}/${String(s.expected).padEnd(3)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  parents ${s.parentRight}/${s.matched}${meta.length ? `  metadata missed: ${meta.join(', ')}` : ''}`;
  });
  lines.push(`${'overall'.padEnd(36)} ${String(total.matched).padStart(3)}/${String(total.expected).padEnd(3)} precision ${pct(precision)}  recall ${pct(recall)}  parents ${total.parentRight}/${total.matched}`);
  for (const [name, s] of scores) if (s.missing.length || s.extra.length) lines.push(`${name}\n  missing: ${s.missing.join(' | ')}\n  extra: ${s.extra.join(' | ')}`);
  const shortfalls = [...scores, ['overall', { precision, recall }] as const].flatMap(([name, s]) => [
    ...(s.precision < BAR ? [`${name} precision ${pct(s.precision).trim()}`] : []),
    ...(s.recall < BAR ? [`${name} recall ${pct(s.recall).trim()}`] : []),
  ]);
  const rows = reportRows(scores, 'responsibilities');
  const assignments = reportRows(scores, 'assignments');
  return {
    text: `${lines.join('\n')}\n\nResponsibility rows matched by party and text:\n${rows.text}\n\nAssignments matched by item, text, party and deadline:\n${assignments.text}`,
    shortfalls: [...shortfalls, ...rows.shortfalls, ...assignments.shortfalls],
  };
}

/** The same for the responsibility rows or the assignments: one line per document that holds or gets any, and overall. */
function reportRows(scores: [string, Score][], what: 'responsibilities' | 'assignments'): { text: string; shortfalls: string[] } {
  const label = what === 'responsibilities' ? 'responsibility' : 'assignment';
  const withRows = scores.filter(([, s]) => s[what].expected || s[what].proposed);
  const total = withRows.reduce((t, [, s]) => ({ expected: t.expected + s[what].expected, proposed: t.proposed + s[what].proposed, matched: t.matched + s[what].matched }), { expected: 0, proposed: 0, matched: 0 });
  const overall = { precision: total.proposed ? total.matched / total.proposed : 1, recall: total.expected ? total.matched / total.expected : 1 };
  const line = (name: string, s: { matched: number; expected: number; precision: number; recall: number }) =>
    `${name.padEnd(36)} ${String(s.matched).padStart(3)}/${String(s.expected).padEnd(3)} precision ${pct(s.precision)}  recall ${pct(s.recall)}`;
  const lines = [...withRows.map(([name, s]) => line(name, s[what])), line('overall', { ...total, ...overall })];
  for (const [name, s] of withRows) {
    const r = s[what];
    if (r.missing.length || r.extra.length) lines.push(`${name}\n  missing: ${r.missing.join(' | ')}\n  extra: ${r.extra.join(' | ')}`);
  }
  const shortfalls = [...scores.map(([name, s]) => [name, s[what]] as const), ['overall', overall] as const].flatMap(([name, s]) => [
    ...(s.precision < BAR ? [`${name} ${label} precision ${pct(s.precision).trim()}`] : []),
    ...(s.recall < BAR ? [`${name} ${label} recall ${pct(s.recall).trim()}`] : []),
  ]);
  return { text: lines.join('\n'), shortfalls };
}
