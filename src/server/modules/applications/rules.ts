import { canonicalJson } from '../../platform/canonical-json.js';
import { addMonths } from '../../../shared/dates.js';
import type { ApplicationFlag, Classification, DisruptionResult, Lifecycle, OverlapGroup } from '../../../shared/applications.js';

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

/**
 * Two or more systems serving one leaf capability are an overlap (DECISIONS.md 6). Systems being
 * or already phased out are left out: phasing out is how an overlap is resolved. The saving is
 * conservative: the group's total minus its most expensive member, as if that one were kept.
 */
export function findOverlaps(systems: OverlapCandidate[], capabilities: CapabilityRef[], compare: (a: string, b: string) => number): OverlapGroup[] {
  const byCapability = new Map<string, OverlapCandidate[]>();
  for (const system of systems) {
    if (system.lifecycle === 'phasing_out' || system.lifecycle === 'phased_out') continue;
    for (const capabilityId of new Set(system.capabilityIds)) {
      const list = byCapability.get(capabilityId) ?? [];
      list.push(system);
      byCapability.set(capabilityId, list);
    }
  }
  const groups: OverlapGroup[] = [];
  for (const capability of capabilities) {
    const members = byCapability.get(capability.id);
    if (!capability.leaf || !members || members.length < 2) continue;
    const costs = members.map((m) => m.yearlyCost ?? 0);
    const total = costs.reduce((a, b) => a + b, 0);
    groups.push({
      capabilityId: capability.id,
      capabilityCode: capability.code,
      capabilityName: capability.name,
      systems: [...members].sort((a, b) => compare(a.name, b.name)).map((m) => ({ id: m.id, name: m.name, yearlyCost: m.yearlyCost })),
      totalYearlyCost: total,
      possibleSaving: total - Math.max(...costs),
    });
  }
  return groups.sort((a, b) => b.possibleSaving - a.possibleSaving || compare(a.capabilityName, b.capabilityName));
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

/**
 * Totals over all overlap groups without counting a system twice: the cost of every system in
 * some overlap, and the saving from those never kept (never their group's most expensive member).
 */
export function overlapTotals(groups: OverlapGroup[]) {
  const cost = new Map<string, number>();
  const kept = new Set<string>();
  for (const group of groups) {
    const max = Math.max(...group.systems.map((s) => s.yearlyCost ?? 0));
    const keeper = group.systems.find((s) => (s.yearlyCost ?? 0) === max);
    if (keeper) kept.add(keeper.id);
    for (const s of group.systems) cost.set(s.id, s.yearlyCost ?? 0);
  }
  let totalYearlyCost = 0;
  let possibleSaving = 0;
  for (const [id, c] of cost) {
    totalYearlyCost += c;
    if (!kept.has(id)) possibleSaving += c;
  }
  return { totalYearlyCost, possibleSaving };
}
