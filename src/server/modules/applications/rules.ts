import { canonicalJson } from '../../platform/canonical-json.js';
import { addMonths } from '../../../shared/dates.js';
import type { ApplicationFlag, Classification, DisruptionResult, Lifecycle, OverlapGroup, OverlapReport } from '../../../shared/applications.js';
import { deletionNeighbours, keyDigits, nameKey, similarKeys } from '../../../shared/name-keys.js';

/**
 * The application register's rules: pure functions of the data and "today", no I/O, so they are
 * unit-tested directly and the repository's SQL filters are tested against them.
 */

/** Legal lifecycle moves. A planned system may be dropped; a phase-out may be reversed. */
const transitions: Record<Lifecycle, Lifecycle[]> = {
  planned: ['in_use', 'phased_out'],
  in_use: ['phasing_out'],
  phasing_out: ['phased_out', 'in_use'],
  phased_out: [],
};

export function canMoveLifecycle(from: Lifecycle, to: Lifecycle): boolean {
  return from === to || transitions[from].includes(to);
}

/** The last day to give notice: the end date minus the notice period, clamped to the month's end. */
export function noticeDate(endDate: string | null, noticeMonths: number | null): string | null {
  if (!endDate) return null;
  return noticeMonths ? addMonths(endDate, -noticeMonths) : endDate;
}

function isUnclassified(c: Classification): boolean {
  return c.k === null || c.r === null || c.t === null;
}

export interface FlagInput {
  kind: 'system' | 'application';
  lifecycle: Lifecycle;
  ownerId: string | null;
  /** The owner or the manager is a deactivated person: someone left without handing over. */
  responsibleInactive?: boolean;
  personalData: boolean;
  classification: Classification;
  contractEndDate: string | null;
  noticeMonths: number | null;
  /** Documented disruption tests: their dates and results. */
  disruptionTests: readonly DisruptionTestRef[];
}

export interface DisruptionTestRef {
  testedOn: string;
  result: DisruptionResult;
}

const passed = (t: DisruptionTestRef) => t.result !== 'failed';

/**
 * The disruption-test deviations (Mjölby: every system in use is tested each calendar year, and
 * the test is documented). Only a passed test (with or without remarks) held this year, up to
 * today, is this year's test: a failed one shows that the system did not come through. A failed
 * test is a deviation of its own until a passed test follows it (on the same day or later, as a
 * retest). Tests dated after today are not held yet and count for nothing. The list's SQL filters
 * mirror this (list-queries.ts), and a test pins that they agree.
 */
function disruptionTestFlags(app: Pick<FlagInput, 'kind' | 'lifecycle' | 'disruptionTests'>, today: string): ApplicationFlag[] {
  const held = app.disruptionTests.filter((t) => t.testedOn <= today);
  const flags: ApplicationFlag[] = [];
  const yearStart = `${today.slice(0, 4)}-01-01`;
  if (app.kind === 'system' && app.lifecycle === 'in_use' && !held.some((t) => passed(t) && t.testedOn >= yearStart)) {
    flags.push('disruption_test_missing');
  }
  const lastFailed = held.filter((t) => !passed(t)).reduce<string | null>((max, t) => (max === null || t.testedOn > max ? t.testedOn : max), null);
  if (lastFailed !== null && !held.some((t) => passed(t) && t.testedOn >= lastFailed)) flags.push('disruption_test_failed');
  return flags;
}

/**
 * Deviations a system shows by itself (DOMAIN.md, "Follow-up and compliance"). A phased-out system
 * has none: nothing is owed for what is no longer used.
 */
export function flagsFor(app: FlagInput, today: string): ApplicationFlag[] {
  if (app.lifecycle === 'phased_out') return [];
  const flags: ApplicationFlag[] = [];
  if (!app.ownerId) flags.push('no_owner');
  if (app.responsibleInactive) flags.push('owner_inactive');
  if (app.personalData && isUnclassified(app.classification)) flags.push('personal_data_unclassified');
  if (app.contractEndDate) {
    if (app.contractEndDate < today) flags.push('contract_expired');
    else if ((noticeDate(app.contractEndDate, app.noticeMonths) ?? app.contractEndDate) < today) flags.push('notice_date_passed');
  }
  flags.push(...disruptionTestFlags(app, today));
  return flags;
}

export interface OverlapCandidate {
  id: string;
  name: string;
  yearlyCost: number | null;
  lifecycle: Lifecycle;
  capabilityIds: string[];
}

export interface CapabilityRef {
  id: string;
  code: string;
  name: string;
  leaf: boolean;
}

export interface OverlapMarkRef {
  capabilityId: string;
  status: string;
  reason: string;
  reviewOn: string;
  rowVersion: number;
}

/**
 * A system's yearly cost split evenly over the leaf capabilities it serves, in whole kronor that
 * add up to the cost (the first capabilities in catalogue order carry the remainder): a system
 * that serves three capabilities counts a third in each, so no krona is counted twice.
 */
function costShares(cost: number, capabilityIds: string[]): Map<string, number> {
  const base = Math.floor(cost / capabilityIds.length);
  let remainder = cost - base * capabilityIds.length;
  return new Map(capabilityIds.map((id) => [id, base + (remainder-- > 0 ? 1 : 0)]));
}

/**
 * Two or more systems serving one leaf capability are an overlap (DECISIONS.md 6). Systems being
 * or already phased out are left out: phasing out is how an overlap is resolved.
 *
 * Money is counted once across the report: each system's cost is split evenly over its leaf
 * capabilities, and a group counts its members' shares. A group's saving is conservative
 * (DECISIONS.md 10): its total minus the largest share, as if that system were kept. An unknown
 * cost counts as unknown, not as nothing: the group says how many there are, and its sums are
 * lower bounds. A group the municipality marked intended or under migration is shown apart and
 * left out of the totals; its review date is overdue once it has passed.
 */
export function overlapReport(
  systems: OverlapCandidate[],
  capabilities: CapabilityRef[],
  compare: (a: string, b: string) => number,
  marks: OverlapMarkRef[],
  today: string,
): OverlapReport {
  const leafOrder = new Map(capabilities.filter((c) => c.leaf).map((c, index) => [c.id, index]));
  const byCapability = new Map<string, { system: OverlapCandidate; capabilityCount: number; share: number | null }[]>();
  for (const system of systems) {
    if (system.lifecycle === 'phasing_out' || system.lifecycle === 'phased_out') continue;
    const leaves = [...new Set(system.capabilityIds)].filter((id) => leafOrder.has(id)).sort((a, b) => leafOrder.get(a)! - leafOrder.get(b)!);
    const shares = system.yearlyCost === null ? null : costShares(system.yearlyCost, leaves);
    for (const capabilityId of leaves) {
      const list = byCapability.get(capabilityId) ?? [];
      list.push({ system, capabilityCount: leaves.length, share: shares?.get(capabilityId) ?? null });
      byCapability.set(capabilityId, list);
    }
  }
  const markOf = new Map(marks.map((m) => [m.capabilityId, m]));
  const groups: OverlapGroup[] = [];
  for (const capability of capabilities) {
    const members = byCapability.get(capability.id);
    if (!capability.leaf || !members || members.length < 2) continue;
    const known = members.flatMap((m) => (m.share === null ? [] : [m.share]));
    const total = known.reduce((a, b) => a + b, 0);
    const mark = markOf.get(capability.id);
    groups.push({
      capabilityId: capability.id,
      capabilityCode: capability.code,
      capabilityName: capability.name,
      systems: [...members]
        .sort((a, b) => compare(a.system.name, b.system.name))
        .map((m) => ({ id: m.system.id, name: m.system.name, yearlyCost: m.system.yearlyCost, capabilityCount: m.capabilityCount, costShare: m.share })),
      totalYearlyCost: total,
      possibleSaving: known.length === 0 ? 0 : total - Math.max(...known),
      unknownCostSystems: members.length - known.length,
      mark: mark ? { ...mark, status: mark.status as 'intended' | 'migrating', reviewOverdue: mark.reviewOn < today } : null,
    });
  }
  const open = groups.filter((g) => !g.mark).sort((a, b) => b.possibleSaving - a.possibleSaving || compare(a.capabilityName, b.capabilityName));
  const marked = groups.filter((g) => g.mark).sort((a, b) => a.mark!.reviewOn.localeCompare(b.mark!.reviewOn) || compare(a.capabilityName, b.capabilityName));
  const unknown = new Set(open.flatMap((g) => g.systems.filter((s) => s.yearlyCost === null).map((s) => s.id)));
  return {
    groups: open,
    markedGroups: marked,
    totalYearlyCost: open.reduce((sum, g) => sum + g.totalYearlyCost, 0),
    possibleSaving: open.reduce((sum, g) => sum + g.possibleSaving, 0),
    unknownCostSystems: unknown.size,
  };
}

/** The fields that differ between two snapshots of a record, for the history tab. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: { field: string; before: unknown; after: unknown }[] = [];
  for (const field of keys) {
    const b = before?.[field] ?? null;
    const a = after?.[field] ?? null;
    if (canonicalJson(b) !== canonicalJson(a)) changes.push({ field, before: b, after: a });
  }
  return changes;
}

export interface NamedSystem {
  id: string;
  name: string;
}

/** The key of an unordered pair of systems: the smaller id first, as a dismissal stores it. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/**
 * Probable duplicates in the register (issue 12, item 1): two systems whose names are the same
 * (case, spaces, punctuation, diacritics aside) or differ only in spelling, a company form, a
 * definite ending or a typo, by the import's rule (shared/name-keys.ts). Pairs a person dismissed
 * are left out. Compared within blocks of keys sharing their first three letters, like the import,
 * and their digits (the rule never pairs other digits); inside a block only keys sharing a deletion
 * neighbour (name-keys.deletionNeighbours) are compared, not every pair, so the work grows with
 * the systems and the pairs found rather than with their square. Returns each flagged system's
 * counterparts by name.
 *
 * Measured (a quick script, not a committed test; embedded PGlite, 2 cores shared with three other
 * jobs, so ±30 %): names "Vård Skola 123" as bench/register-list.ts makes them / a dense stress set
 * (one of 12 words and four random syllables: 571 pairs in 500 systems, 63 899 in 5 000).
 *   this comparison, before (every pair in a prefix block)   500: 8 / 20 ms     5 000: 1 944 / 1 670 ms
 *   this comparison, after                                   500: 1 / 64 ms     5 000: 13 / 2 012 ms
 * The dense set is no faster: nearly every candidate is a real pair. A list request compares only
 * after the names changed (duplicate-cache.ts, with the list requests' numbers).
 */
export function probableDuplicates(systems: NamedSystem[], dismissed: ReadonlySet<string>): Map<string, NamedSystem[]> {
  const blocks = new Map<string, { key: string; system: NamedSystem }[]>();
  for (const system of systems) {
    const key = nameKey(system.name);
    if (!key) continue;
    const blockKey = `${key.slice(0, 3)}:${keyDigits(key)}`;
    const block = blocks.get(blockKey) ?? [];
    block.push({ key, system });
    blocks.set(blockKey, block);
  }
  const found = new Map<string, NamedSystem[]>();
  const add = (a: NamedSystem, b: NamedSystem) => {
    const counterparts = found.get(a.id);
    if (counterparts) counterparts.push(b);
    else found.set(a.id, [b]);
  };
  const judge = (a: { key: string; system: NamedSystem }, b: { key: string; system: NamedSystem }) => {
    if (!similarKeys(a.key, b.key) || dismissed.has(pairKey(a.system.id, b.system.id))) return;
    add(a.system, b.system);
    add(b.system, a.system);
  };
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    // A small block is cheaper compared pair by pair than by its deletion neighbours.
    if (block.length <= 48) {
      for (let i = 0; i < block.length; i++) for (let j = i + 1; j < block.length; j++) judge(block[i]!, block[j]!);
      continue;
    }
    const sharing = new Map<string, number[]>();
    for (let i = 0; i < block.length; i++) {
      for (const neighbour of deletionNeighbours(block[i]!.key)) {
        const members = sharing.get(neighbour);
        if (members) members.push(i);
        else sharing.set(neighbour, [i]);
      }
    }
    const compared = new Set<number>();
    for (const members of sharing.values()) {
      // Thousands of systems of one name are a test or a mistake, not a list of duplicates to show.
      if (members.length < 2 || members.length > 2000) continue;
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const pair = members[x]! * block.length + members[y]!;
          if (compared.has(pair)) continue;
          compared.add(pair);
          judge(block[members[x]!]!, block[members[y]!]!);
        }
      }
    }
  }
  return found;
}
