/**
 * KPIs proposed from goals with numbers (issue 13, item 4). A sentence that sets a measurable
 * target ("vid utgången av 2010 skall 75 % av inkomna synpunkter hanteras via Synpunkten",
 * "minska handläggningstiden med 25 % till 2027", "alla skolor ska ha … senast 2026") becomes a
 * proposed KPI: unit, target value, target date, direction, absolute or relative, a definition for
 * the person to confirm, and the sentence it came from. General rules over Swedish and English
 * phrasing: a quantity (a share, an amount, a number of days or things, or "alla"/"all") together
 * with a word that makes it a target (a modal, a deadline, a verb of change). Years, paragraph and
 * section numbers, and amounts in a sentence that only reports are not targets.
 */

import { kpiName } from './import-kpi-name.js';

type ProposedKpiUnit = 'percent' | 'kronor' | 'days' | 'count';

export interface ProposedKpi {
  name: string;
  unit: ProposedKpiUnit;
  /** The value to reach; for a relative target, the change from the baseline in per cent (−25 = a quarter less). */
  targetValue: number;
  /** The day by which to reach it, YYYY-MM-DD; null when the sentence names none. */
  targetDate: string | null;
  direction: 'higher' | 'lower';
  /** A change from the baseline ("minska … med 25 %") rather than a level to reach. */
  relative: boolean;
  /** What is measured, for the person to confirm. */
  definition: string;
  /** The sentence the KPI was read from. */
  source: string;
}

const NUM = String.raw`\d{1,3}(?:[  ]\d{3})+(?:[,.]\d+)?|\d+(?:[,.]\d+)?`;
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A modal, a deadline or a verb of change: what makes a number a target rather than a report. */
const TARGET_WORD =
  /\b(?:ska|skall|bör|måste|senast|till och med|vid utgången av|innan|minska[rs]?|sänka[rs]?|reducera[rs]?|öka[rs]?|höja[rs]?|halvera[rs]?|fördubbla[rs]?|målet är|målvärde|shall|will|should|must|by the end of|reduce[sd]?|increase[sd]?|cut|halve[sd]?|double[sd]?|the target is|aim is)\b/i;
const LOWER = /\b(?:minska\w*|sänk\w*|reducera\w*|halvera\w*|färre|kortare|lägre|högst|max(?:imalt|imum)?|understiga|inom|reduc\w*|decreas\w*|cut|halv\w*|fewer|shorter|lower|at most|no more than|within)\b/i;
const RELATIVE_VERB = /(?<![\p{L}])(?:minska\w*|sänk\w*|reducera\w*|öka\w*|höj\w*|förbättra\w*|reduc\w*|increas\w*|decreas\w*|cut|rais\w*|improv\w*)\b[^.;]{0,80}?\b(?:med|by)\s+(NUM)\s?(?:%|procent|per ?cent)/iu;
const RELATIVE_COMPARE = /(NUM)\s?(?:%|procent|per ?cent)\s+(?:lägre|högre|färre|fler|kortare|mindre|mer|lower|higher|fewer|more|less|shorter)\b/i;
const PERCENT = /(NUM)\s?(?:%|procent\b|per ?cent\b)/i;
const KRONOR_UNIT = /(NUM)\s?(?:(miljoner|miljarder|million)\s+(?:kr|kronor|sek)\b|(mnkr|mkr|tkr|msek|ksek)\b|(?:kr|kronor|sek)\b)/i;
const DAYS = /(NUM)\s?(arbetsdagar|dagar|dygn|veckor|månader|working days|days|weeks|months)\b/i;
/** A number with a noun after a bound ("minst 20 e-tjänster"), or a count of things to have. */
const COUNT = /\b(?:minst|högst|max(?:imalt)?|at least|at most|no more than|totalt|sammanlagt|fler än|färre än|more than|fewer than)\s+(NUM)\s+([\p{L}-]{3,})/iu;
const COUNT_PLAIN = /\b(?:ska|skall|shall|will|should|must)\b[^.;]{0,40}?\b(?:ha|ta fram|erbjuda|införa|genomföra|have|offer|deliver|launch|run)\s+(NUM)\s+(?!%|procent)([\p{L}-]{3,})/iu;
const MODAL_COUNT = /\b(?:ska|skall|shall|will|should|must)\s+(?:minst\s+|at least\s+)?(NUM)\s+(?!%|procent|per ?cent)([\p{L}-]{3,})/iu;
const HALF = /(?<![\p{L}])(?:minst\s+|at least\s+)?(?:hälften|half)\s+(?:av|of)\b/iu;
/** Numbers written as words, which goals use for small counts ("tio processer"). */
const NUMBER_WORDS: Record<string, number> = { två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, femton: 15, tjugo: 20, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, twenty: 20 };
const ALL = /\b(?:alla|samtliga|varje|all|every|each)\b/i;
const NONE = /\b(?:inga|ingen|inget|no|none|zero|noll)\b\s+[\p{L}-]{3,}[^.;]{0,60}\b(?:ska|skall|shall|will|should|must)\b/iu;

const rx = (pattern: RegExp) => new RegExp(pattern.source.replace(/NUM/g, NUM), pattern.flags);
const R = {
  relativeVerb: rx(RELATIVE_VERB),
  relativeCompare: rx(RELATIVE_COMPARE),
  percent: rx(PERCENT),
  kronor: rx(KRONOR_UNIT),
  days: rx(DAYS),
  count: rx(COUNT),
  countPlain: rx(COUNT_PLAIN),
  modalCount: rx(MODAL_COUNT),
};
const NUMBER_WORD = new RegExp(`(?<![\\p{L}])(${Object.keys(NUMBER_WORDS).join('|')})(?=\\s+[\\p{L}-]{3,})`, 'giu');

const parseNumber = (s: string) => Number(s.replace(/[  ]/g, '').replace(',', '.'));
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Words before a year that make it a baseline or a history, not a deadline. */
const BASELINE_BEFORE = /(?:jämfört med|jämfört mot|från|sedan|i förhållande till|relativt|compared (?:to|with)|from|since|relative to|than in|än)\s*(?:år|year|utgången av|the end of)?\s*$/i;
const REPORT_BEFORE = /(?:§|kap\.?|kapitel|avsnitt|punkt|sidan|section|chapter|page|nr\.?|no\.?)\s*$/i;

/** The deadline: an ISO date, "30 juni 2025", "juni 2025", or a year that is not a baseline. */
function targetDate(sentence: string): string | null {
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(sentence);
  if (iso) return iso[0];
  const names = [...MONTHS, ...MONTHS_EN].join('|');
  const dated = new RegExp(String.raw`\b(?:(\d{1,2})\s+)?(${names})\s+((?:19|20)\d{2})\b`, 'i').exec(sentence);
  if (dated && !BASELINE_BEFORE.test(sentence.slice(0, dated.index))) {
    const name = dated[2]!.toLowerCase();
    const month = (MONTHS.indexOf(name) + 1 || MONTHS_EN.indexOf(name) + 1) as number;
    const year = Number(dated[3]);
    const day = dated[1] ? Math.min(Number(dated[1]), lastDay(year, month)) : lastDay(year, month);
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  let found: number | null = null;
  for (const m of sentence.matchAll(/(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d)/g)) {
    const before = sentence.slice(0, m.index);
    if (BASELINE_BEFORE.test(before) || REPORT_BEFORE.test(before) || /\d\s*[-–]\s*$/.test(before)) continue;
    found = Number(m[1]);
  }
  return found === null ? null : `${found}-12-31`;
}

/** Removes what cannot be a quantity: years, dates, section and paragraph numbers, decimals like "2.3". */
function maskNonQuantities(sentence: string): string {
  const blank = (s: string) => ' '.repeat(s.length);
  return sentence
    .replace(/\b(?:19|20)\d{2}-\d{2}-\d{2}\b/g, blank)
    .replace(/(?:§|kap\.?|kapitel|avsnitt|punkt|sidan|section|chapter|page|bilaga|appendix|nr\.?|no\.)\s*\d+(?:\.\d+)*/gi, blank)
    .replace(/\d+\s*§/g, blank)
    .replace(/\b\d+\.\d+(?:\.\d+)+\b/g, blank)
    .replace(/(?<![\d,])\b((?:19|20)\d{2})\b(?!\s?(?:%|procent|kr|kronor|dagar|st\b))/gi, blank)
    .replace(/\b\d+\.\d+\b(?!\s?(?:%|procent|kr|kronor|dagar))/g, blank);
}

const isEnglish = (s: string) => /\b(?:the|shall|will|by|of|and|all|reduce|increase)\b/i.test(s) && !/\b(?:och|ska|skall|av|alla|senast)\b/i.test(s);

/** The sentence itself, shortened, when no noun phrase can be read from it. */
function fallbackName(sentence: string): string {
  const short = sentence.replace(/\s+/g, ' ').trim();
  return short.length > 120 ? `${short.slice(0, 119).trimEnd()}…` : short;
}

function definitionOf(kpi: Omit<ProposedKpi, 'definition' | 'name'>, english: boolean): string {
  const units = english
    ? { percent: 'per cent', kronor: 'kronor', days: 'days', count: 'the number' }
    : { percent: 'procent', kronor: 'kronor', days: 'dagar', count: 'antal' };
  const when = kpi.targetDate ?? (english ? 'a date to set' : 'ett datum att bestämma');
  if (english) {
    const what = kpi.relative ? `a change of ${kpi.targetValue} % from the baseline` : `${kpi.targetValue} (${units[kpi.unit]})`;
    return `To confirm: what is counted, where the value comes from and how often it is measured. Target: ${what} by ${when}, ${kpi.direction} is better. From the goal: "${kpi.source}"`;
  }
  const what = kpi.relative ? `en förändring med ${kpi.targetValue} % från utgångsvärdet` : `${kpi.targetValue} (${units[kpi.unit]})`;
  return `Att bekräfta: vad som räknas, varifrån värdet hämtas och hur ofta det mäts. Mål: ${what} till ${when}, ${kpi.direction === 'higher' ? 'högre' : 'lägre'} är bättre. Ur målet: "${kpi.source}"`;
}

/**
 * The KPI a sentence proposes, or null when it sets no measurable target. `periodEnd`: the
 * document's validity end or the end of its period (import-metadata), the deadline of a change
 * ("minska med 25 %") whose sentence names none.
 */
export function proposeKpi(input: string, periodEnd: string | null = null): ProposedKpi | null {
  const sentence = input.replace(/\s+/g, ' ').trim();
  if (sentence.length < 10 || sentence.length > 600) return null;
  if (!TARGET_WORD.test(sentence)) return null;
  // Past tense reports ("lade 3,2 miljoner kr", "spent") are not targets even with a modal elsewhere.
  const masked = maskNonQuantities(sentence).replace(NUMBER_WORD, (word) => String(NUMBER_WORDS[word.toLowerCase()]).padEnd(word.length, ' '));
  const english = isEnglish(sentence);
  const date = targetDate(sentence);
  const lower = LOWER.test(sentence);
  let unit: ProposedKpiUnit;
  let value: number;
  let relative = false;
  let direction: 'higher' | 'lower' = lower ? 'lower' : 'higher';

  const rel = R.relativeVerb.exec(masked) ?? R.relativeCompare.exec(masked);
  const halve = /\b(?:halvera\w*|halve[sd]?)\b/i.exec(sentence);
  const double = /\b(?:fördubbla\w*|double[sd]?)\b/i.exec(sentence);
  const pct = R.percent.exec(masked);
  const kr = R.kronor.exec(masked);
  const days = R.days.exec(masked);
  const count = R.count.exec(masked) ?? R.countPlain.exec(masked) ?? R.modalCount.exec(masked);
  const half = HALF.exec(sentence);
  if (rel) {
    relative = true;
    unit = 'percent';
    const change = parseNumber(rel[1]!);
    const down = /(?<![\p{L}])(?:minska\w*|sänk\w*|reducera\w*|reduc\w*|decreas\w*|cut|lägre|färre|kortare|mindre|lower|fewer|less|shorter)\b/iu.test(rel[0]);
    direction = down ? 'lower' : 'higher';
    value = down ? -change : change;
  } else if (halve || double) {
    relative = true;
    unit = 'percent';
    direction = halve ? 'lower' : 'higher';
    value = halve ? -50 : 100;
  } else if (pct) {
    unit = 'percent';
    value = parseNumber(pct[1]!);
    if (value > 100 && !/\bmer än|more than\b/i.test(sentence)) return null;
  } else if (half) {
    unit = 'percent';
    value = 50;
  } else if (kr) {
    unit = 'kronor';
    const scale = (kr[2] ?? kr[3] ?? '').toLowerCase();
    const factor = /miljard/.test(scale) ? 1e9 : /miljon|million|mnkr|mkr|msek/.test(scale) ? 1e6 : /tkr|ksek/.test(scale) ? 1e3 : 1;
    value = Math.round(parseNumber(kr[1]!) * factor);
    // Money spent or granted is a report; money is a target only with a bound or a change.
    if (!/\b(?:högst|max\w*|minst|under|inom|understiga|överstiga|at most|at least|no more than|below|within|sparas?|spara|besparing|save|savings?|minska\w*|reduc\w*)\b/i.test(sentence)) return null;
  } else if (days) {
    unit = 'days';
    const n = parseNumber(days[1]!);
    const per = days[2]!.toLowerCase();
    value = /veck|week/.test(per) ? n * 7 : /månad|month/.test(per) ? n * 30 : n;
    direction = /\b(?:minst|at least|längre|longer)\b/i.test(sentence) ? 'higher' : 'lower';
  } else if (count) {
    unit = 'count';
    value = parseNumber(count[1]!);
  } else if (ALL.test(sentence) && date) {
    unit = 'percent';
    value = 100;
    direction = 'higher';
  } else if (NONE.test(sentence) && date) {
    unit = 'count';
    value = 0;
    direction = 'lower';
  } else return null;
  if (!Number.isFinite(value) || Math.abs(value) > 1e12) return null;
  // A level to reach with no deadline and no modal is a statement, not a target.
  if (!relative && !date && !/\b(?:ska|skall|bör|måste|shall|will|should|must|målvärde|target)\b/i.test(sentence)) return null;
  const base = { unit, targetValue: value, targetDate: date ?? (relative ? periodEnd : null), direction, relative, source: sentence };
  return { ...base, name: kpiName(sentence, unit, relative, english) ?? fallbackName(sentence), definition: definitionOf(base, english) };
}
