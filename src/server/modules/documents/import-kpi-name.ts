/**
 * The name of a KPI proposed from a goal sentence (issue 13, item 4): a short noun phrase such as
 * a municipal person writes it — "Andel synpunkter hanterade via Synpunkten", "Handläggningstid
 * bygglov (dagar)", "Antal e-tjänster i e-tjänsteportalen" — built from the sentence's measured
 * subject and its unit by general rules of Swedish (and English) word order, never from a
 * document's wording: deadlines, bounds and modals go; a share "75 % av X …" or "alla X …" becomes
 * "Andel X …" with the predicate turned into a participle or a "som"/"med" phrase; a count
 * "Antalet X" becomes "Antal X"; a definite head ("handläggningstiden") its base form; a time is
 * measured in days, money in kronor. Every pattern is bounded and cannot backtrack far.
 */

type Unit = 'percent' | 'kronor' | 'days' | 'count';

const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october';
const YEAR = String.raw`(?:19|20)\d{2}`;
/** Deadlines, baselines and periods: "senast den 30 juni 2025", "vid utgången av 2010", "by the end of 2026". */
const TIME = new RegExp(
  [
    String.raw`(?<![\p{L}\d])(?:senast|innan|före|till och med|t\.o\.m\.|till|vid|i|under|år|från och med|fr\.o\.m\.|jämfört med|jämfört mot|än|sedan|by|before|in|during|until|from|than|since|compared (?:to|with))\s+(?:den\s+|the\s+)?(?:(?:utgången|slutet|end)\s+(?:av|of)\s+)?(?:år\s+|year\s+)?(?:\d{1,2}\s+)?(?:(?:${MONTHS})\s+)?${YEAR}(?:-\d{2}-\d{2})?`,
    String.raw`\b${YEAR}-\d{2}-\d{2}\b`,
    String.raw`(?<![\p{L}])(?:varje år|årligen|every year|each year)(?![\p{L}])`,
    String.raw`(?<![\d/-])\b${YEAR}\b(?![\d/-])`,
  ].join('|'),
  'giu',
);
const LEAD = /^\s*(?:(?:målvärde|mål|target)\b[^:]{0,12}:|målet är att|the (?:aim|target) is (?:to|that))\s*/i;
const BOUND = /(?<![\p{L}])(?:minst|högst|maximalt|max|cirka|ca|drygt|knappt|at least|at most|no more than|no less than|more than|fewer than|mer än|fler än|färre än|mindre än)(?![\p{L}])\s*/giu;
const MODAL_BEFORE = /(?<![\p{L}])(?:ska|skall|bör|måste)(?![\p{L}])/iu;
const MODAL = /^(?:ska|skall|bör|måste|kommer|shall|will|should|must)$/i;
const NUMBER_WORD = /^(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)$/i;
const NUMBER = String.raw`\d{1,3}(?:[  ]\d{3})*(?:[,.]\d+)?`;
/** Common verbs in the present tense, which a goal uses for what the measured things do. */
const PRESENT = /^(?:använder|anser|upplever|uppger|svarar|deltar|lämnar|får|tar|gör|genomför|når|klarar|väljer|söker|kan|sker|use|uses|reach|reaches|take|takes|complete|completes|report|reports)$/i;
const PREPOSITION = /^(?:om|för|i|inom|med|på|av|till|från|bland|mellan|per|via|vid|under|hos|of|for|in|within|with|on|at|to|from|among|between|per|via|through)$/i;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "medarbetarna" → "medarbetare", "ansökningarna" → "ansökningar", "ärendena" → "ärenden": the indefinite plural. */
export function indefinite(word: string): string {
  if (word.length < 6) return word;
  if (/ingarna$/i.test(word)) return word.slice(0, -2);
  if (/arna$/i.test(word)) return `${word.slice(0, -2)}e`;
  if (/(?:erna|orna)$/i.test(word)) return word.slice(0, -2);
  if (/[dr]ena$/i.test(word)) return word.slice(0, -1);
  return word;
}

/** "handläggningstiden" → "handläggningstid", "antalet" → "antal", "andelen" → "andel": a head noun's base form. */
export function baseForm(word: string): string {
  const m = /^(.+?(?:het|tid|ning|nad|del|ion|grad|nivå|förbrukning|tal|värde))(?:en|et|n|t)$/i.exec(word);
  return m ? m[1]! : word;
}

/** Present or infinitive passive → past participle plural: "hanteras" → "hanterade", "genomförs" → "genomförda", "göras" → "gjorda". */
function participle(verb: string): string | null {
  if (/^gör(?:a)?s$/i.test(verb)) return 'gjorda';
  if (/[öäy]r(?:a)?s$/i.test(verb)) return verb.replace(/(?:a)?s$/i, 'da');
  if (/nd(?:a)?s$/i.test(verb)) return verb.replace(/(?:a)?s$/i, 'a');
  if (/[kp]s$/i.test(verb) && verb.length >= 5) return verb.replace(/s$/i, 'ta');
  if (/\p{L}{3,}as$/u.test(verb)) return verb.replace(/as$/i, 'ade');
  return null;
}
const isPassive = (w: string) => /^(?:\p{L}{3,}as|\p{L}+[öäy]rs|\p{L}+nds|\p{L}{3,}[kp]s)$/iu.test(w) && !/(?:plats|process|status|gas|bas|klass|fas)$/i.test(w);

/** An infinitive after a modal → the present tense: "använda" → "använder", "leda" → "leder", "hantera" → "hanterar". */
function present(verb: string): string {
  const known: Record<string, string> = { ske: 'sker', ha: 'har', få: 'får', ta: 'tar', gå: 'går', nå: 'når', göra: 'gör', vara: 'är', bli: 'blir', kunna: 'kan' };
  const v = verb.toLowerCase();
  if (known[v]) return known[v];
  if (/(?:föra|köra|höra|känna|uppleva|välja|söka|läsa|växa|följa|[aeiouyåäön]da)$/i.test(v)) return `${verb.replace(/a$/i, '')}${/(?:ör|r)a$/i.test(v) ? '' : 'er'}`;
  return `${verb}r`;
}

const dropArticle = (words: string[]) => (/^(?:en|ett|a|an|the)$/i.test(words[0] ?? '') ? words.slice(1) : words);

/**
 * "ansökningarna om förskoleplats göras via e-tjänst" → "ansökningar om förskoleplats gjorda via e-tjänst":
 * the measured things (up to their verb) and what is counted of them, for "Andel …" or "Antal …".
 */
function subjectAndPredicate(words: string[], english: boolean, inverted = false): string {
  // After a fronted deadline the modal comes first ("Senast 2027 ska samtliga nämnder erbjuda …"): the
  // infinitive is then the first word in -a after the noun (a noun's adjectives come before it).
  const infinitive = (w: string, n: number) => inverted && !english && /^\p{L}{3,}a$/u.test(w) && !PREPOSITION.test(w) && (!/a$/i.test(words[n - 1]!) || /na$/i.test(words[n - 1]!));
  let i = words.findIndex((w, n) => n > 0 && (MODAL.test(w) || /^(?:är|vara|blir|bli|har|ha|finns|finnas|kunna|ske|is|are|be|been|have|has)$/i.test(w) || PRESENT.test(w) || (!english && isPassive(w)) || infinitive(w, n)));
  if (i < 0) i = words.length;
  const np = words.slice(0, i);
  // The head noun is the last word before the first preposition: "ansökningarna om förskoleplats".
  const p = np.findIndex((w, n) => n > 0 && PREPOSITION.test(w));
  const head = p < 0 ? np.length - 1 : p - 1;
  // A singular definite head ("hälften av nattillsynen") keeps its "av": "Andel av nattillsynen …".
  const singular = !english && head >= 0 && /[^aeiouyåäö]en$/i.test(np[head]!) && np[head]!.length >= 6;
  if (!english && head >= 0) np[head] = indefinite(np[head]!);
  if (singular) np.unshift('av');
  let vp = words.slice(i);
  while (vp.length && MODAL.test(vp[0]!)) vp = vp.slice(1);
  const subject = np.join(' ');
  const verb = vp[0]?.toLowerCase();
  const rest = vp.slice(1);
  if (!verb) return subject;
  if (/^(?:är|vara|blir|bli|is|are|be)$/.test(verb)) {
    // "är digitala": one adjective goes before the noun; a longer predicate after it ("nöjda med …").
    if (rest.length === 1 && !english) return `${rest[0]} ${subject}`;
    return [subject, ...rest].join(' ');
  }
  if (/^(?:har|ha|have|has)$/.test(verb)) {
    if (/(?:tt|it|dd|gt|at|ut)$/i.test(rest[0] ?? '') && !english) return [subject, 'som har', ...rest].join(' ');
    return [subject, english ? 'with' : 'med', ...(english ? rest : dropArticle(rest))].join(' ');
  }
  if (/^(?:finns|finnas)$/.test(verb)) return [subject, ...rest].join(' ');
  if (verb === 'kunna') return [subject, 'som kan', ...rest].join(' ');
  if (!english && isPassive(verb)) return [subject, participle(verb) ?? verb, ...rest].join(' ');
  if (english) return [subject, ...vp].join(' ');
  return [subject, 'som', PRESENT.test(verb) ? verb : present(verb), ...rest].join(' ');
}

/** The words before the modal or the verb of change, with a definite head in its base form: "Antalet X" → "Antal X". */
function subjectBefore(text: string, english: boolean): string | null {
  const words = text.split(' ').filter(Boolean);
  const at = words.findIndex((w) => MODAL.test(w) || /^(?:minska\w*|sänk\w*|öka\w*|höj\w*|halvera\w*|fördubbla\w*|förbättra\w*|reduce\w*|increase\w*|decrease\w*|halve\w*|double\w*|improve\w*|cut)$/i.test(w));
  const subject = words.slice(0, at < 0 ? words.length : at);
  if (!subject.length || /^(?:kommunen|vi|we|the municipality|förvaltningen|nämnden)$/i.test(subject.join(' '))) return null;
  const words_ = dropArticle(subject);
  if (!english && words_.length) words_[0] = baseForm(words_[0]!);
  return words_.join(' ') || null;
}

/** With a verb of change and an object ("Kommunen ska minska handläggningstiden med 25 %"), the object. */
function changedObject(text: string, english: boolean): string | null {
  const m = /(?<![\p{L}])(?:minska|sänka|reducera|öka|höja|förbättra|halvera|fördubbla|reduce|increase|decrease|cut|raise|improve|halve|double)\p{L}*\s+(\S.{2,80}?)(?:\s+(?:med|by)\s+\d|$)/iu.exec(text);
  if (!m || /^(?:med|by|till|to)\b/i.test(m[1]!)) return null;
  const words = dropArticle(m[1]!.split(' '));
  if (!english) words[0] = baseForm(words[0]!);
  return words.join(' ');
}

/** "Handläggningstid för bygglov" → "Handläggningstid bygglov (dagar)": a time is counted in days. */
function withUnit(name: string, unit: Unit, relative: boolean, english: boolean): string {
  const time = /^\S*tid\b|\btime\b/i.test(name);
  const named = time ? name.replace(/^(\S*tid)\s+för\s+/i, '$1 ') : name;
  if ((unit === 'days' || (relative && time)) && !/\((?:dagar|days)\)$/.test(named)) return `${named} (${english ? 'days' : 'dagar'})`;
  if (unit === 'kronor' && !relative) return `${named} (kr)`;
  return named;
}

export function kpiName(sentence: string, unit: Unit, relative: boolean, english: boolean): string | null {
  const text = sentence
    .replace(LEAD, '')
    .replace(TIME, ' ')
    .replace(BOUND, '')
    .replace(/[.;!?]+\s*$/, '')
    .replace(/\s*,\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return null;
  const share = new RegExp(String.raw`(?:${NUMBER}\s?(?:%|procent\b|per ?cent\b)|hälften|half)\s+(?:av|of)\s+(?:de\s+|alla\s+|samtliga\s+|all\s+|the\s+)?(\S.*)$`, 'iu').exec(text);
  const all = /(?:^|\s)(?:alla|samtliga|all|every|each)\s+(\S.*)$/iu.exec(text);
  const counted = new RegExp(String.raw`(?:^|\s)(?:${NUMBER}|inga|ingen|no)\s+(?!%|procent|per ?cent|kr\b|kronor|dagar|days)(\S.*)$`, 'iu').exec(text);
  const countedWord = text.split(' ').findIndex((w) => NUMBER_WORD.test(w));
  const share_ = english ? 'Share of' : 'Andel';
  const count_ = english ? 'Number of' : 'Antal';
  let name: string | null = null;
  if (relative) name = changedObject(text, english) ?? subjectBefore(text, english);
  else if (/^(?:andel|antal|share|number)\b/i.test(text)) name = subjectBefore(text, english);
  else if (unit === 'percent' && share) name = `${share_} ${subjectAndPredicate(share[1]!.split(' '), english, MODAL_BEFORE.test(text.slice(0, share.index)))}`;
  else if (unit === 'percent' && all) name = `${share_} ${subjectAndPredicate(all[1]!.split(' '), english, MODAL_BEFORE.test(text.slice(0, all.index)))}`;
  else if (unit === 'count' && (counted || countedWord >= 0)) {
    const words = counted ? counted[1]!.split(' ') : text.split(' ').slice(countedWord + 1);
    name = `${count_} ${subjectAndPredicate(words, english)}`;
  } else if (unit === 'kronor' && /(?<![\p{L}])spara|save/iu.test(text)) {
    const how = /(?<![\p{L}])(?:genom|through|by)\s+(\S.{2,60}?)(?:\s+(?:ska|skall|shall|will)\b|$)/iu.exec(text);
    name = `${english ? 'Savings' : 'Besparing'}${/per år|per year/i.test(sentence) ? (english ? ' per year' : ' per år') : ''}${how ? ` ${english ? 'through' : 'genom'} ${how[1]}` : ''}`;
  } else {
    name = subjectBefore(text, english);
    if (name && unit === 'days' && !/^\S*tid\b|\btime\b/i.test(name)) name = `${english ? 'Time to' : 'Tid till'} ${dropArticle(name.split(' ')).join(' ')}`;
  }
  if (!name || name.length < 3) return null;
  return cap(withUnit(name.replace(/\s+/g, ' ').trim(), unit, relative, english)).slice(0, 120);
}
