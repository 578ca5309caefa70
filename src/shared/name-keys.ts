import { distance } from 'fastest-levenshtein';

/**
 * When two names are the same system's (issue 12, item 1): the import's dry run flags a file's rows
 * and the register flags its systems by the same rule. Pure, so both sides and their tests share it.
 */

/**
 * A key for comparing names and words: case, diacritics (å ä ö é), punctuation, spaces and doubled
 * letters do not count, so "Open e-plattformen" and "open eplatformen" are the same key.
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .replace(/([a-z])\1+/g, '$1');
}

/** Company forms and Swedish definite endings that do not make a system or supplier another one. */
const COMPANY_SUFFIX = /\s+(?:ab|aktiebolag|inc|ltd|oy|as|a\/s|gmbh|sverige|sweden|nordic|group|corp|corporation|ab \(publ\))\.?$/i;

/** The key of a name: foldKey after company forms and a definite ending (-en, -et, -n) are taken off. */
export function nameKey(name: string): string {
  let text = name.trim();
  for (let i = 0; i < 3 && COMPANY_SUFFIX.test(text); i++) text = text.replace(COMPANY_SUFFIX, '');
  const key = foldKey(text);
  // "plattformen" → "plattform", "systemet" → "system"; short words keep their ending.
  return key.length > 6 ? key.replace(/(?:en|et)$/, '') : key;
}

const digitsOf = (key: string) => key.replace(/[^0-9]/g, '');

/**
 * How many edits two keys may differ by and still be the same name, by the shorter one's length:
 * none under 7 letters (one edit there is another word), one up to 13, two from 14.
 */
function editLimit(shorter: number): number {
  return shorter < 7 ? 0 : shorter >= 14 ? 2 : 1;
}

/**
 * Whether two name keys are probably the same name spelled differently: equal, or one edit apart
 * when long enough for one edit to be a typo rather than another word (and with the same digits,
 * so "Procapita 2" is not "Procapita 3").
 */
export function similarKeys(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  if (digitsOf(a) !== digitsOf(b)) return false;
  const shorter = Math.min(a.length, b.length);
  const limit = editLimit(shorter);
  if (limit === 0 || Math.abs(a.length - b.length) > 2) return false;
  return distance(a, b) <= limit;
}

/** The digits of a key: similarKeys never pairs keys with different digits, so they may block. */
export { digitsOf as keyDigits };

/**
 * The key with up to as many letters deleted as similarKeys could allow it (the limit of its own
 * length), itself included. Two keys within k edits both become one same string by at most k
 * deletions each (symmetric deletion), so keys that share none of these are never similar: a
 * caller compares only keys sharing one instead of every pair (rules.test.ts pins it).
 */
export function deletionNeighbours(key: string): Set<string> {
  const found = new Set([key]);
  let frontier = [key];
  for (let round = 0; round < editLimit(key.length); round++) {
    const next: string[] = [];
    for (const text of frontier) {
      for (let i = 0; i < text.length; i++) {
        const shorter = text.slice(0, i) + text.slice(i + 1);
        if (!found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return found;
}
