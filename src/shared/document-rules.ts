import type { ItemKind } from './documents.js';

/**
 * Rules of steering documents that the server's commands and the web's forms both apply, pure and
 * without zod (so the browser can bundle them as they are).
 */

/**
 * Registration numbers as municipalities write them: a body's letters, the year, a serial number
 * and optional sub-numbers — `KS 2010/0095`, `KS/2015:646-005`, `KS2012/262`, `BUN 2019.123`.
 */
const DIARIENUMMER = /^[A-ZÅÄÖ]{1,10}(?:[- ][A-ZÅÄÖ]{1,10})?[ /]?(?:19|20)\d{2}[/:.-]\d{1,6}(?:[-.:]\d{1,4}){0,2}$/;

export function isDiarienummer(value: string): boolean {
  return DIARIENUMMER.test(value.trim());
}

/** Which kinds may sit under which: vision → focus area → goal; principles stand alone or under a principle. */
const allowedParents: Record<ItemKind, readonly (ItemKind | null)[]> = {
  principle: [null, 'principle'],
  vision: [null],
  focus_area: [null, 'vision'],
  goal: [null, 'vision', 'focus_area', 'goal'],
};

export function isKindAllowedUnder(kind: ItemKind, parent: ItemKind | null): boolean {
  return allowedParents[kind].includes(parent);
}

export function kindsAllowedUnder(parent: ItemKind | null): ItemKind[] {
  return (Object.keys(allowedParents) as ItemKind[]).filter((kind) => isKindAllowedUnder(kind, parent));
}
