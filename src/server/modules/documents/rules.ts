import { diffLines } from 'diff';
import type { DocumentStatus, Item, ItemKind } from '../../../shared/documents.js';
import { addMonths } from '../../../shared/dates.js';

export { addMonths };

/**
 * Rules of steering documents, pure: legal status moves, revision dates and the readable
 * comparison of two decided versions. The rules on a document's body (registration number, dates,
 * the item tree) are in src/shared/document-rules.ts, as the web's forms apply them too.
 */

const transitions: Record<DocumentStatus, DocumentStatus[]> = {
  draft: ['consultation', 'adopted'],
  consultation: ['draft', 'adopted'],
  // A decided document is revised by starting a new draft version; the decided one stays in force.
  adopted: ['draft', 'repealed', 'replaced'],
  repealed: [],
  replaced: [],
};

export function canMoveStatus(from: DocumentStatus, to: DocumentStatus): boolean {
  return transitions[from].includes(to);
}

/** The revision date that applies: the owner's override, else the decision plus the type's interval. */
export function revisionDueOn(decidedOn: string | null, intervalMonths: number | null, override: string | null): string | null {
  if (override) return override;
  if (!decidedOn || !intervalMonths) return null;
  return addMonths(decidedOn, intervalMonths);
}

const REVISION_WARNING_DAYS = 90;

/** Revision due within 90 days, or overdue — only for documents in force. */
export function documentFlagsFor(status: DocumentStatus, adoptedVersion: number | null, dueOn: string | null, today: string) {
  if (!dueOn || adoptedVersion === null || status === 'repealed' || status === 'replaced') return [];
  if (dueOn < today) return ['revision_overdue' as const];
  const warnFrom = new Date(`${dueOn}T00:00:00Z`);
  warnFrom.setUTCDate(warnFrom.getUTCDate() - REVISION_WARNING_DAYS);
  return warnFrom.toISOString().slice(0, 10) <= today ? ['revision_due' as const] : [];
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A line-by-line comparison a council secretary can read: unchanged, added and removed passages. */
export function compareTexts(before: string, after: string): DiffPart[] {
  // Bounded, so two very different long texts cannot hold the server: beyond the bound the
  // comparison says "all of it changed" rather than computing for minutes.
  const parts = diffLines(before, after, { maxEditLength: 5_000, timeout: 500 });
  if (!parts) return [...(before ? [{ kind: 'removed' as const, text: before }] : []), ...(after ? [{ kind: 'added' as const, text: after }] : [])];
  return parts.map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/** Item rows (in position order) as the tree they form. */
export function buildItemTree(rows: { id: string; parentItemId: string | null; kind: string; number: string; title: string; text: string }[]): Item[] {
  const byParent = new Map<string | null, typeof rows>();
  for (const row of rows) byParent.set(row.parentItemId, [...(byParent.get(row.parentItemId) ?? []), row]);
  const build = (parent: string | null): Item[] =>
    (byParent.get(parent) ?? []).map((r) => ({ id: r.id, kind: r.kind as ItemKind, number: r.number, title: r.title, text: r.text, children: build(r.id) }));
  return build(null);
}
