/**
 * A byte-comparable key that sorts Swedish names a–z, å, ä, ö on every database: PGlite has no
 * Swedish collation (DECISIONS.md 18), so the app computes the key and queries order by it
 * `COLLATE "C"`. ü sorts as y and æ/ø as ä/ö, as Swedish dictionaries do; other accents drop.
 */
const SWEDISH_TAIL: Record<string, string> = { å: '{', ä: '|', æ: '|', ö: '}', ø: '}' };

export function swedishSortKey(name: string): string {
  let key = '';
  for (const ch of name.toLowerCase()) {
    if (SWEDISH_TAIL[ch]) key += SWEDISH_TAIL[ch];
    else if (ch === 'ü') key += 'y';
    else key += ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return key;
}
