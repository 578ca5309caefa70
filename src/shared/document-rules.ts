import type { ItemInput, ItemKind } from './documents.js';
import type { FieldError } from './field-errors.js';

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
  definition: [null],
};

function isKindAllowedUnder(kind: ItemKind, parent: ItemKind | null): boolean {
  return allowedParents[kind].includes(parent);
}

export function kindsAllowedUnder(parent: ItemKind | null): ItemKind[] {
  return (Object.keys(allowedParents) as ItemKind[]).filter((kind) => isKindAllowedUnder(kind, parent));
}

export interface ItemProblem {
  path: string;
  problem: 'kind_not_allowed_here' | 'duplicate_id';
}

/** Checks the nesting of an item tree; paths name the offending item (`items.0.children.1.kind`). */
export function checkItemTree(items: ItemInput[]): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const seen = new Set<string>();
  const walk = (list: ItemInput[], parentKind: ItemKind | null, path: string) =>
    list.forEach((item, index) => {
      const here = `${path}.${index}`;
      if (!isKindAllowedUnder(item.kind, parentKind)) problems.push({ path: `${here}.kind`, problem: 'kind_not_allowed_here' });
      if (item.id) {
        if (seen.has(item.id)) problems.push({ path: `${here}.id`, problem: 'duplicate_id' });
        seen.add(item.id);
      }
      walk(item.children, item.kind, `${here}.children`);
    });
  walk(items, null, 'items');
  return problems;
}

/**
 * A document's body as the domain wants it beyond its schema: a registration number in a form
 * municipalities use, an end not before the start, items nested as the kinds allow.
 */
export function documentProblems(input: { diarienummer: string | null; validFrom: string | null; validTo: string | null; items: ItemInput[] }): FieldError[] {
  const errors: FieldError[] = [];
  if (input.diarienummer && !isDiarienummer(input.diarienummer)) errors.push({ field: 'diarienummer', key: 'invalid_diarienummer' });
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) errors.push({ field: 'validTo', key: 'before_valid_from' });
  for (const problem of checkItemTree(input.items)) errors.push({ field: problem.path, key: problem.problem });
  return errors;
}
