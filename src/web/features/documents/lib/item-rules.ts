import type { ItemKind } from '../../../../shared/documents';

/**
 * Which kinds may sit under which, as the server checks it (vision → focus area → goal;
 * principles stand alone or under a principle). The editor offers only these, so a person never
 * builds a tree the server refuses.
 */
const allowedParents: Record<ItemKind, readonly (ItemKind | null)[]> = {
  principle: [null, 'principle'],
  vision: [null],
  focus_area: [null, 'vision'],
  goal: [null, 'vision', 'focus_area', 'goal'],
};

export function kindsAllowedUnder(parent: ItemKind | null): ItemKind[] {
  return (Object.keys(allowedParents) as ItemKind[]).filter((kind) => allowedParents[kind].includes(parent));
}

export function isKindAllowedUnder(kind: ItemKind, parent: ItemKind | null): boolean {
  return allowedParents[kind].includes(parent);
}

/** The kind a new child of `parent` starts as: a goal under areas and goals, a principle under a principle. */
export function defaultChildKind(parent: ItemKind | null): ItemKind {
  if (parent === null) return 'principle';
  if (parent === 'vision') return 'focus_area';
  if (parent === 'principle') return 'principle';
  return 'goal';
}

// The API's bounds (src/shared/documents.ts MAX_ITEMS, MAX_ITEM_DEPTH), restated so zod stays out
// of the bundle: at most 500 items in all, nested at most 5 deep.
export const MAX_ITEMS = 500;
export const MAX_ITEM_DEPTH = 5;

/** How deep a list path sits: `items` is 1, `items.0.children` 2. */
export function listDepth(listPath: string): number {
  return listPath.split('.').filter((s) => s === 'items' || s === 'children').length;
}

/** Whether anything at all may be placed under an item of this kind. */
export function canHaveChildren(kind: ItemKind): boolean {
  return kindsAllowedUnder(kind).length > 0;
}
