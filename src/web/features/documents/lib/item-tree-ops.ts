import { kindsAllowedUnder } from '../../../../shared/document-rules';
import { defaultChildKind } from './item-rules';
import { emptyItem, type ItemFormValues } from './form-values';

/**
 * Restructuring a proposed item tree before it is saved (issue 13, item 2): promote, demote, merge
 * and split. Pure functions over the form's tree, each returning a new tree and the path of the item
 * the person works on next, so the editor can focus it and say what happened.
 */

export interface TreeChange {
  items: ItemFormValues[];
  /** The path of the item to focus next, e.g. `items.1.children.0`. */
  path: string;
}

const steps = (listPath: string) => [...listPath.matchAll(/(?:items|children)\.(\d+)/g)].map((m) => Number(m[1]));

function clone(items: ItemFormValues[]): ItemFormValues[] {
  return items.map((item) => ({
    ...item,
    children: clone(item.children),
    ...(item.kpis ? { kpis: item.kpis.map((k) => ({ ...k })) } : {}),
    ...(item.assignments ? { assignments: item.assignments.map((a) => ({ ...a })) } : {}),
  }));
}

/** The list at `listPath` inside a copy of the tree, and the item that holds it (null at the top). */
function listIn(items: ItemFormValues[], listPath: string): { list: ItemFormValues[]; owner: ItemFormValues | null } {
  let list = items;
  let owner: ItemFormValues | null = null;
  for (const step of steps(listPath)) {
    owner = list[step]!;
    list = owner.children;
  }
  return { list, owner };
}

const parentListPath = (listPath: string) => listPath.slice(0, listPath.lastIndexOf('.', listPath.lastIndexOf('.') - 1));

/** Whether the item can move up a level: it sits under another item. */
export const canPromote = (listPath: string) => listPath !== 'items';

/** Moves the item out of its parent, to just after the parent. */
export function promote(tree: ItemFormValues[], listPath: string, index: number): TreeChange {
  const items = clone(tree);
  const { list } = listIn(items, listPath);
  const [item] = list.splice(index, 1);
  const outer = parentListPath(listPath);
  const parentIndex = steps(listPath).at(-1)!;
  const { list: outerList, owner } = listIn(items, outer);
  if (owner && !kindsAllowedUnder(owner.kind).includes(item!.kind)) item!.kind = defaultChildKind(owner.kind);
  outerList.splice(parentIndex + 1, 0, item!);
  return { items, path: `${outer}.${parentIndex + 1}` };
}

/** Makes the item the last child of the item above it. */
export function demote(tree: ItemFormValues[], listPath: string, index: number): TreeChange {
  const items = clone(tree);
  const { list } = listIn(items, listPath);
  const above = list[index - 1]!;
  const [item] = list.splice(index, 1);
  if (!kindsAllowedUnder(above.kind).includes(item!.kind)) item!.kind = defaultChildKind(above.kind);
  above.children.push(item!);
  return { items, path: `${listPath}.${index - 1}.children.${above.children.length - 1}` };
}

/** Joins the next item into this one: its title and text become paragraphs of this item's text. */
export function mergeWithNext(tree: ItemFormValues[], listPath: string, index: number): TreeChange {
  const items = clone(tree);
  const { list } = listIn(items, listPath);
  const item = list[index]!;
  const [next] = list.splice(index + 1, 1);
  item.text = [item.text, next!.title, next!.text].map((s) => s.trim()).filter(Boolean).join('\n\n');
  item.children = [...item.children, ...next!.children];
  if (next!.kpis?.length) item.kpis = [...(item.kpis ?? []), ...next!.kpis];
  if (next!.assignments?.length) item.assignments = [...(item.assignments ?? []), ...next!.assignments];
  return { items, path: `${listPath}.${index}` };
}

/** An item's text as paragraphs (blank-line separated). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Splits the item before paragraph `at` (counted from 0): the paragraphs from there become a new
 * item just after it, titled by the first sentence of the first of them (at 0 the whole text
 * leaves the heading it was found under).
 */
export function splitAt(tree: ItemFormValues[], listPath: string, index: number, at: number): TreeChange {
  const items = clone(tree);
  const { list } = listIn(items, listPath);
  const item = list[index]!;
  const paragraphs = paragraphsOf(item.text);
  const rest = paragraphs.slice(at);
  const first = rest[0] ?? '';
  const sentence = /^.{1,500}?[.!?](?=\s|$)/s.exec(first)?.[0] ?? first.slice(0, 500);
  const created = emptyItem(item.kind);
  created.title = sentence.trim();
  created.text = [first.slice(sentence.length).trim(), ...rest.slice(1)].filter(Boolean).join('\n\n');
  item.text = paragraphs.slice(0, at).join('\n\n');
  list.splice(index + 1, 0, created);
  return { items, path: `${listPath}.${index + 1}` };
}
