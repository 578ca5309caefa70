/**
 * A party named in a steering document ("IT-chefen", "Socialförvaltningen", "förvaltningschefer",
 * "Anna Berg") matched to the municipality's register (issue 13, item 7): a person by name, a
 * person by job title when exactly one holds it, or a department by name; case, hyphen, space and
 * inflection tolerant ("IT-chefen" ~ "IT-chef", "Socialförvaltningen" ~ "Socialförvaltning",
 * "förvaltningschefer" ~ "Förvaltningschef"). Nothing that fits: no match, the party stays text.
 * Pure: the review page passes the people and departments it read.
 */

export interface MatchPerson {
  id: string;
  name: string;
  title: string | null;
  departmentId: string | null;
}

export interface MatchDepartment {
  id: string;
  name: string;
}

export interface PartyMatch {
  /** The person proposed as owner: by name, by title, or the head of the matched department. */
  personId: string | null;
  departmentId: string | null;
  /** How the person was found; null when none was. */
  by: 'name' | 'title' | 'department' | null;
}

const NONE: PartyMatch = { personId: null, departmentId: null, by: null };

/** Swedish definite and plural endings, longest first. */
const ENDINGS = ['erna', 'arna', 'orna', 'ena', 'na', 'en', 'et', 'er', 'ar', 'or', 'n', 'e'];

/** Lower case, without "the"/"den"/"samtliga", hyphens, spaces and punctuation. */
function flat(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(?:the|den|det|de|samtliga|alla|varje|all|each|every)\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The word and what is left after each ending, so two inflections of one word share a form. */
function forms(text: string): Set<string> {
  const word = flat(text);
  const out = new Set<string>(word ? [word] : []);
  for (const ending of ENDINGS) if (word.endsWith(ending) && word.length - ending.length >= 4) out.add(word.slice(0, -ending.length));
  return out;
}

function same(a: string, b: string): boolean {
  const fa = forms(a);
  for (const f of forms(b)) if (fa.has(f)) return true;
  return false;
}

const isHead = (title: string | null) => !!title && /chef(?:en)?$/i.test(title.trim());

export function matchParty(party: string | null | undefined, people: readonly MatchPerson[], departments: readonly MatchDepartment[]): PartyMatch {
  const p = party?.trim() ?? '';
  if (p.length < 2 || p.length > 200) return NONE;
  const byName = people.filter((person) => flat(person.name) === flat(p));
  if (byName.length === 1) return { personId: byName[0]!.id, departmentId: null, by: 'name' };
  const byTitle = people.filter((person) => person.title && same(person.title, p));
  if (byTitle.length === 1) return { personId: byTitle[0]!.id, departmentId: null, by: 'title' };
  const department = departments.filter((d) => same(d.name, p));
  if (department.length !== 1) return NONE;
  // A department's assignment goes to its head: the one person there whose title is a chef.
  const heads = people.filter((person) => person.departmentId === department[0]!.id && isHead(person.title));
  return heads.length === 1 ? { personId: heads[0]!.id, departmentId: department[0]!.id, by: 'department' } : { personId: null, departmentId: department[0]!.id, by: null };
}
