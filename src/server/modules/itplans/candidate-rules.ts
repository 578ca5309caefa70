/**
 * Needs met once (issue 14, item 3), the pure part: how alike two needs are. The words come from
 * PostgreSQL's Swedish stemmer (`ts_debug('swedish', …)`, one lexeme per word); the stemmer leaves
 * derived forms apart ("arkiv", "arkiver", "arkivering"), so stems are also matched when one begins
 * the other, when they share a long beginning, or when one ends a compound ("plattform" in
 * "lärplattform"). Words every need uses ("digitalt", "kommun", "system") carry no evidence.
 */

/** One word of a need as the stemmer saw it. */
export interface NeedWord {
  /** The word as written (lower case). */
  token: string;
  /** Its Swedish stem. */
  lexeme: string;
  /** Whether it stands in the title (title words weigh double). */
  inTitle: boolean;
}

export interface ComparableNeed {
  id: string;
  departmentId: string;
  initiativeId: string | null;
  words: readonly NeedWord[];
  capabilityIds: readonly string[];
  applicationIds: readonly string[];
}

interface WordMatch {
  first: string;
  second: string;
  stem: string;
}

export interface Similarity {
  score: number;
  words: WordMatch[];
  capabilityIds: string[];
  applicationIds: string[];
}

/** The lowest score proposed: tuned on the corpus in candidates.corpus.ts (precision and recall ≥ 0.8). */
export const CANDIDATE_THRESHOLD = 0.3;
/** What sharing a capability, and sharing a system, adds to the score. */
const CAPABILITY_BONUS = 0.15;
const SYSTEM_BONUS = 0.1;

/** Stems that say nothing about what the need is (the municipality's everyday words). */
const GENERIC = new Set([
  'ska', 'kan', 'bör', 'mer', 'fler', 'alla', 'hela', 'nytt', 'nya', 'ny', 'bätt', 'bättr', 'enkl', 'enklar', 'via', 'genom', 'samt', 'även', 'idag', 'ide',
  'behov', 'behöv', 'behöver', 'kommun', 'kommunen', 'förvaltning', 'verksam', 'verksamhet', 'personal', 'medarbet', 'anställd', 'arbet', 'arbeta', 'arbetet',
  'system', 'systemet', 'lösning', 'tjänst', 'digital', 'digitalt', 'digitala', 'stöd', 'använd', 'använda', 'används', 'ersät', 'ersätt', 'inför', 'införa',
  'kunn', 'kunna', 'hos', 'direkt', 'stäl', 'stället', 'papper', 'gemensam', 'gemensamt', 'egen', 'eget', 'våra', 'vår', 'vårt', 'också', 'bland', 'annat', 'finn', 'finns', 'får', 'gör', 'göra', 'ta', 'fram', 'tas', 'ut',
]);

const GENERIC_PREFIXES = ['digitali', 'kommun', 'förvaltning', 'verksamhet', 'effektiv', 'system'];

/** The stems of a need that carry evidence: no hyphenated wholes (their parts are kept), no short or generic ones, no numbers. */
function evidenceWords(words: readonly NeedWord[]): Map<string, NeedWord> {
  const kept = new Map<string, NeedWord>();
  for (const w of words) {
    const stem = w.lexeme.toLowerCase();
    if (stem.includes('-') || stem.length < 3 || /\d/.test(stem) || GENERIC.has(stem) || GENERIC_PREFIXES.some((p) => stem.startsWith(p))) continue;
    const seen = kept.get(stem);
    if (!seen || (w.inTitle && !seen.inTitle)) kept.set(stem, { ...w, lexeme: stem });
  }
  return kept;
}

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** The stem two related stems share, or null when they are not related. */
function relatedStem(a: string, b: string): string | null {
  if (a === b) return a;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return short;
  const prefix = commonPrefix(a, b);
  if (prefix >= 6) return a.slice(0, prefix);
  if (short.length >= 5 && long.endsWith(short)) return short;
  return null;
}

const weight = (w: NeedWord) => (w.inTitle ? 2 : 1);

/**
 * How alike two needs are: the weighted share of both needs' evidence words that find a related
 * word in the other (Dice over stems, title words double), plus a bonus for a shared capability
 * and for a shared system.
 */
export function similarity(a: ComparableNeed, b: ComparableNeed): Similarity {
  const wa = [...evidenceWords(a.words).values()];
  const wb = [...evidenceWords(b.words).values()];
  const matches: WordMatch[] = [];
  const matchedB = new Set<string>();
  let matchedWeight = 0;
  for (const x of wa) {
    let found = false;
    for (const y of wb) {
      const stem = relatedStem(x.lexeme, y.lexeme);
      if (!stem) continue;
      if (!found) {
        if (!matches.some((m) => m.first === x.token && m.second === y.token)) matches.push({ first: x.token, second: y.token, stem });
        matchedWeight += weight(x);
        found = true;
      }
      if (!matchedB.has(y.lexeme)) {
        matchedB.add(y.lexeme);
        matchedWeight += weight(y);
      }
    }
  }
  const total = wa.reduce((s, w) => s + weight(w), 0) + wb.reduce((s, w) => s + weight(w), 0);
  const text = total ? matchedWeight / total : 0;
  const capabilityIds = a.capabilityIds.filter((id) => b.capabilityIds.includes(id));
  const applicationIds = a.applicationIds.filter((id) => b.applicationIds.includes(id));
  const score = Math.min(1, text + (capabilityIds.length ? CAPABILITY_BONUS : 0) + (applicationIds.length ? SYSTEM_BONUS : 0));
  return { score: Math.round(score * 1000) / 1000, words: matches, capabilityIds, applicationIds };
}

/** The pair's key, smaller id first (as plan_need_dismissals stores it). */
export const pairKey = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/**
 * The likely duplicates among a round's needs, best first: pairs of different departments, not
 * dismissed, not already met by the same initiative, scoring at least the threshold.
 */
export function candidatePairs(needs: readonly ComparableNeed[], dismissed: ReadonlySet<string>, threshold = CANDIDATE_THRESHOLD) {
  const pairs: { first: ComparableNeed; second: ComparableNeed; similarity: Similarity }[] = [];
  for (let i = 0; i < needs.length; i++) {
    for (let j = i + 1; j < needs.length; j++) {
      const [a, b] = [needs[i]!, needs[j]!];
      if (a.departmentId === b.departmentId || dismissed.has(pairKey(a.id, b.id))) continue;
      if (a.initiativeId && a.initiativeId === b.initiativeId) continue;
      const s = similarity(a, b);
      if (s.score >= threshold) pairs.push({ first: a, second: b, similarity: s });
    }
  }
  return pairs.sort((x, y) => y.similarity.score - x.similarity.score || pairKey(x.first.id, x.second.id).localeCompare(pairKey(y.first.id, y.second.id)));
}

/** The parts of an initiative a merge combines (the fields of a need, rules.ts). */
interface MergeableFields {
  title: string;
  description: string;
  goalIds: string[];
  capabilityIds: string[];
  applicationIds: string[];
  priority: number;
  costs: { year: number; investment: number; running: number }[];
  benefit: unknown;
  projectId: string | null;
  acquisitionId: string | null;
}

/**
 * The initiative that merged initiatives become: the title given (or the first's), the
 * description given (or the different descriptions joined), goals, capabilities and systems
 * united, costs summed per year, the highest priority (the lowest number), and the first benefit,
 * project and acquisition named.
 */
export function mergedFields<T extends MergeableFields>(initiatives: readonly T[], title: string, description: string): Omit<T, never> {
  const first = initiatives[0]!;
  const union = (pick: (i: T) => string[]) => [...new Set(initiatives.flatMap(pick))];
  const byYear = new Map<number, { year: number; investment: number; running: number }>();
  for (const c of initiatives.flatMap((i) => i.costs)) {
    const sum = byYear.get(c.year) ?? { year: c.year, investment: 0, running: 0 };
    sum.investment += c.investment;
    sum.running += c.running;
    byYear.set(c.year, sum);
  }
  return {
    ...first,
    title: title.trim() || first.title,
    description: description.trim() || [...new Set(initiatives.map((i) => i.description.trim()).filter(Boolean))].join('\n\n'),
    goalIds: union((i) => i.goalIds),
    capabilityIds: union((i) => i.capabilityIds),
    applicationIds: union((i) => i.applicationIds),
    priority: Math.min(...initiatives.map((i) => i.priority)),
    costs: [...byYear.values()].sort((a, b) => a.year - b.year),
    benefit: initiatives.find((i) => i.benefit)?.benefit ?? null,
    projectId: initiatives.find((i) => i.projectId)?.projectId ?? null,
    acquisitionId: initiatives.find((i) => i.acquisitionId)?.acquisitionId ?? null,
  };
}
