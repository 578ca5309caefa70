import { normalise, type ExpectedKpi } from './import-corpus.js';
import type { ImportProposal, ProposedItem } from './import.js';

/**
 * Measures the KPIs proposed from goal sentences (import-kpi) against the KPIs a reader would set
 * up (the corpus's `kpis` expectations). A proposal matches an expected KPI when it hangs on the
 * same goal and agrees on target value, target date and whether the target is relative; of the
 * matched, the unit and the name are counted separately (the name exactly, after normalising).
 */

export interface KpiScore {
  expected: number;
  proposed: number;
  matched: number;
  unitRight: number;
  nameRight: number;
  missing: string[];
  extra: string[];
  /** Expected name → proposed name, for the matched whose names differ. */
  names: [string, string][];
}

function proposedKpis(items: ProposedItem[]): (ExpectedKpi & { goal: string })[] {
  return items.flatMap((i) => [...(i.kpis ?? []).map((k) => ({ goal: i.title, name: k.name, unit: k.unit, targetValue: k.targetValue, targetDate: k.targetDate, relative: k.relative })), ...proposedKpis(i.children)]);
}

const describe = (k: ExpectedKpi) => `${k.goal}: ${k.name} ${k.targetValue}${k.unit === 'percent' ? ' %' : ` ${k.unit}`}${k.relative ? ' (relative)' : ''} by ${k.targetDate ?? '—'}`;

export function scoreKpis(proposal: ImportProposal, expected: ExpectedKpi[]): KpiScore {
  const remaining = [...expected];
  const out: KpiScore = { expected: expected.length, proposed: 0, matched: 0, unitRight: 0, nameRight: 0, missing: [], extra: [], names: [] };
  for (const p of proposedKpis(proposal.items)) {
    out.proposed++;
    const at = remaining.findIndex((e) => normalise(e.goal) === normalise(p.goal) && e.targetValue === p.targetValue && e.targetDate === p.targetDate && e.relative === p.relative);
    if (at < 0) {
      out.extra.push(describe(p));
      continue;
    }
    const [hit] = remaining.splice(at, 1);
    out.matched++;
    if (hit!.unit === p.unit) out.unitRight++;
    if (normalise(hit!.name) === normalise(p.name)) out.nameRight++;
    else out.names.push([hit!.name, p.name]);
  }
  out.missing = remaining.map(describe);
  return out;
}

/** One line per document with expected KPIs, overall, and each document's misses, extras and differing names. */
export function reportKpis(scores: [string, KpiScore][]): string {
  const line = (name: string, s: Pick<KpiScore, 'expected' | 'proposed' | 'matched' | 'unitRight' | 'nameRight'>) =>
    `${name.padEnd(36)} ${String(s.matched).padStart(3)}/${String(s.expected).padEnd(3)} proposed ${String(s.proposed).padStart(3)}  unit right ${s.unitRight}/${s.matched}  name right ${s.nameRight}/${s.matched}`;
  const total = scores.reduce((t, [, s]) => ({ expected: t.expected + s.expected, proposed: t.proposed + s.proposed, matched: t.matched + s.matched, unitRight: t.unitRight + s.unitRight, nameRight: t.nameRight + s.nameRight }), { expected: 0, proposed: 0, matched: 0, unitRight: 0, nameRight: 0 });
  const lines = [...scores.map(([name, s]) => line(name, s)), line('overall', total)];
  for (const [name, s] of scores) {
    if (!s.missing.length && !s.extra.length && !s.names.length) continue;
    lines.push(`${name}\n  missing: ${s.missing.join(' | ')}\n  extra: ${s.extra.join(' | ')}\n  names: ${s.names.map(([e, p]) => `${e} ≠ ${p}`).join(' | ')}`);
  }
  return lines.join('\n');
}
