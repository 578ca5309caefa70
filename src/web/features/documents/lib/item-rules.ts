import { kindsAllowedUnder } from '../../../../shared/document-rules';
import type { ItemKind } from '../../../../shared/documents';

/** The kind a new child of `parent` starts as: a goal under areas and goals, a principle under a principle. */
export function defaultChildKind(parent: ItemKind | null): ItemKind {
  if (parent === null) return 'principle';
  if (parent === 'vision') return 'focus_area';
  if (parent === 'principle') return 'principle';
  return 'goal';
}

/** How deep a list path sits: `items` is 1, `items.0.children` 2. */
export function listDepth(listPath: string): number {
  return listPath.split('.').filter((s) => s === 'items' || s === 'children').length;
}

/** Whether anything at all may be placed under an item of this kind (the server's nesting, shared/document-rules.ts). */
export function canHaveChildren(kind: ItemKind): boolean {
  return kindsAllowedUnder(kind).length > 0;
}
