import { diffWords } from 'diff';
import type { Item } from '../../../shared/documents.js';
import type { ItemChange, ItemField, ItemState } from '../../../shared/documents-versions.js';
import type { DiffPart } from './rules.js';

/**
 * What changed in a document's principles, focus areas and goals from one decided version to the
 * next, pure. Items keep their id across versions, so they are matched by id; an item that lost
 * its id (removed and written again) is matched by kind and title. A matched item is changed when
 * its kind, number, title or text differ, when it moved under another item, or when it moved
 * among its siblings (not merely because a sibling before it was added or removed).
 */

interface Flat extends ItemState {
  id: string;
  /** Place in the whole tree, read top to bottom. */
  order: number;
}

function flatten(items: Item[]): Flat[] {
  const out: Flat[] = [];
  const walk = (list: Item[], parent: Item | null) => {
    list.forEach((item, index) => {
      out.push({
        id: item.id,
        kind: item.kind,
        number: item.number,
        title: item.title,
        text: item.text,
        parentId: parent?.id ?? null,
        parentTitle: parent ? `${parent.number ? `${parent.number} ` : ''}${parent.title}` : null,
        position: index + 1,
        order: out.length,
      });
      walk(item.children, item);
    });
  };
  walk(items, null);
  return out;
}

const titleKey = (i: Flat) => `${i.kind}\u0000${i.title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv')}`;

/** Pairs each older item with its newer self: by id, else by kind and title. Older id → newer id. */
function match(before: Flat[], after: Flat[]): Map<string, string> {
  const afterIds = new Set(after.map((i) => i.id));
  const pairs = new Map<string, string>();
  for (const item of before) if (afterIds.has(item.id)) pairs.set(item.id, item.id);
  const taken = new Set(pairs.values());
  const free = new Map<string, Flat[]>();
  for (const item of after) {
    if (taken.has(item.id)) continue;
    free.set(titleKey(item), [...(free.get(titleKey(item)) ?? []), item]);
  }
  for (const item of before) {
    if (pairs.has(item.id)) continue;
    const candidate = free.get(titleKey(item))?.shift();
    if (candidate) pairs.set(item.id, candidate.id);
  }
  return pairs;
}

/** The ids of `sequence` not in a longest common subsequence with `reference`: the ones that moved. */
function moved(reference: string[], sequence: string[]): Set<string> {
  const n = reference.length;
  const m = sequence.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = reference[i] === sequence[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (reference[i] === sequence[j]) {
      kept.add(sequence[j]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return new Set(sequence.filter((id) => !kept.has(id)));
}

/** An item's text word by word; bounded, so two long unrelated texts read as replaced outright. */
function compareWords(before: string, after: string): DiffPart[] {
  const parts = diffWords(before, after, { maxEditLength: 1_000, timeout: 50 });
  if (!parts) return [...(before ? [{ kind: 'removed' as const, text: before }] : []), ...(after ? [{ kind: 'added' as const, text: after }] : [])];
  return parts.map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}

const state = ({ kind, number, title, text, parentId, parentTitle, position }: Flat): ItemState => ({ kind, number, title, text, parentId, parentTitle, position });

export function compareItems(beforeTree: Item[], afterTree: Item[]): ItemChange[] {
  const before = flatten(beforeTree);
  const after = flatten(afterTree);
  const pairs = match(before, after);
  const beforeOf = new Map<string, Flat>();
  for (const item of before) {
    const newer = pairs.get(item.id);
    if (newer) beforeOf.set(newer, item);
  }
  /** The older parent, named by its newer id (undefined when that parent is gone). */
  const parentInAfter = (item: Flat) => (item.parentId === null ? null : pairs.get(item.parentId));

  // Moves among siblings: per parent, the kept siblings' older order against their newer order.
  const shifted = new Set<string>();
  const siblings = new Map<string | null, Flat[]>();
  for (const item of after) {
    const older = beforeOf.get(item.id);
    if (!older || parentInAfter(older) !== item.parentId) continue;
    siblings.set(item.parentId, [...(siblings.get(item.parentId) ?? []), item]);
  }
  for (const list of siblings.values()) {
    const newer = list.map((i) => i.id);
    const older = [...list].sort((a, b) => beforeOf.get(a.id)!.order - beforeOf.get(b.id)!.order).map((i) => i.id);
    for (const id of moved(older, newer)) shifted.add(id);
  }

  const changeOf = (item: Flat): ItemChange | null => {
    const older = beforeOf.get(item.id);
    if (!older) return { change: 'added', id: item.id, fields: [], before: null, after: state(item), textParts: [] };
    const fields: ItemField[] = [];
    if (older.kind !== item.kind) fields.push('kind');
    if (older.number !== item.number) fields.push('number');
    if (older.title !== item.title) fields.push('title');
    if (older.text !== item.text) fields.push('text');
    if (parentInAfter(older) !== item.parentId) fields.push('parent');
    else if (shifted.has(item.id)) fields.push('position');
    if (fields.length === 0) return null;
    return { change: 'changed', id: item.id, fields, before: state(older), after: state(item), textParts: fields.includes('text') ? compareWords(older.text, item.text) : [] };
  };

  // Removed items are told where they stood: after the nearest kept item above them.
  const removedAfter = new Map<string | null, Flat[]>();
  let anchor: string | null = null;
  for (const item of before) {
    const newer = pairs.get(item.id);
    if (newer) anchor = newer;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), item]);
  }
  const removal = (item: Flat): ItemChange => ({ change: 'removed', id: item.id, fields: [], before: state(item), after: null, textParts: [] });

  const changes: ItemChange[] = (removedAfter.get(null) ?? []).map(removal);
  for (const item of after) {
    const change = changeOf(item);
    if (change) changes.push(change);
    changes.push(...(removedAfter.get(item.id) ?? []).map(removal));
  }
  return changes;
}
