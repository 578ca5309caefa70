import { describe, expect, it } from 'vitest';
import { nameKey, similarKeys } from '../../../shared/name-keys.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { canMoveLifecycle, changedFields, type FlagInput, flagsFor, noticeDate, overlapReport, pairKey, probableDuplicates } from './rules.js';

const compare = (a: string, b: string) => (swedishSortKey(a) < swedishSortKey(b) ? -1 : swedishSortKey(a) > swedishSortKey(b) ? 1 : 0);

const base: FlagInput = {
  kind: 'system',
  lifecycle: 'in_use',
  ownerId: 'p1',
  personalData: false,
  classification: { k: null, r: null, t: null },
  contractEndDate: null,
  noticeMonths: null,
  disruptionTests: [{ testedOn: '2026-03-01', result: 'passed' }],
};
const today = '2026-11-23';

describe('lifecycle transitions', () => {
  it('allows planned → in use → phasing out → phased out', () => {
    expect(canMoveLifecycle('planned', 'in_use')).toBe(true);
    expect(canMoveLifecycle('in_use', 'phasing_out')).toBe(true);
    expect(canMoveLifecycle('phasing_out', 'phased_out')).toBe(true);
  });
  it('lets a planned system be dropped and a phase-out be reversed', () => {
    expect(canMoveLifecycle('planned', 'phased_out')).toBe(true);
    expect(canMoveLifecycle('phasing_out', 'in_use')).toBe(true);
  });
  it('refuses to skip the phase-out or revive a phased-out system', () => {
    expect(canMoveLifecycle('in_use', 'phased_out')).toBe(false);
    expect(canMoveLifecycle('phased_out', 'in_use')).toBe(false);
    expect(canMoveLifecycle('in_use', 'planned')).toBe(false);
  });
  it('treats staying in the same state as no move', () => {
    expect(canMoveLifecycle('phased_out', 'phased_out')).toBe(true);
  });
});

describe('notice date', () => {
  it('subtracts whole months', () => expect(noticeDate('2027-06-30', 3)).toBe('2027-03-30'));
  it('clamps to the end of a shorter month', () => expect(noticeDate('2027-05-31', 3)).toBe('2027-02-28'));
  it('crosses a year boundary', () => expect(noticeDate('2027-02-15', 6)).toBe('2026-08-15'));
  it('is the end date without a notice period', () => expect(noticeDate('2027-02-15', null)).toBe('2027-02-15'));
  it('is empty without an end date', () => expect(noticeDate(null, 3)).toBeNull());
});

describe('flags', () => {
  it('flags a system without a systemägare', () => expect(flagsFor({ ...base, ownerId: null }, today)).toEqual(['no_owner']));
  it('flags a system whose owner or manager is deactivated, but not a phased-out one', () => {
    expect(flagsFor({ ...base, responsibleInactive: true }, today)).toEqual(['owner_inactive']);
    expect(flagsFor({ ...base, responsibleInactive: true, lifecycle: 'phased_out' }, today)).toEqual([]);
  });
  it('flags personal data with any of K, R, T missing', () => {
    expect(flagsFor({ ...base, personalData: true, classification: { k: 3, r: 2, t: null } }, today)).toEqual(['personal_data_unclassified']);
  });
  it('accepts personal data that is fully classified', () => {
    expect(flagsFor({ ...base, personalData: true, classification: { k: 3, r: 2, t: 1 } }, today)).toEqual([]);
  });
  it('does not ask for classification without personal data', () => expect(flagsFor(base, today)).toEqual([]));
  it('flags a contract past its notice date but not yet ended', () => {
    expect(flagsFor({ ...base, contractEndDate: '2027-01-31', noticeMonths: 3 }, today)).toEqual(['notice_date_passed']);
  });
  it('does not flag a notice date that is today', () => {
    expect(flagsFor({ ...base, contractEndDate: '2027-02-23', noticeMonths: 3 }, today)).toEqual([]);
  });
  it('flags an expired contract (and not also its notice date)', () => {
    expect(flagsFor({ ...base, contractEndDate: '2026-11-22', noticeMonths: 3 }, today)).toEqual(['contract_expired']);
  });
  it('flags a system in use without a disruption test this calendar year', () => {
    expect(flagsFor({ ...base, disruptionTests: [{ testedOn: '2025-12-31', result: 'passed' }] }, today)).toEqual(['disruption_test_missing']);
  });
  it('does not let a failed test stand for this year\'s test, and flags it until a passed one follows', () => {
    const failed = { testedOn: '2026-05-01', result: 'failed' } as const;
    expect(flagsFor({ ...base, disruptionTests: [failed] }, today)).toEqual(['disruption_test_missing', 'disruption_test_failed']);
    // A passed test earlier in the year does not outweigh a later failure.
    expect(flagsFor({ ...base, disruptionTests: [{ testedOn: '2026-03-01', result: 'passed' }, failed] }, today)).toEqual(['disruption_test_failed']);
    expect(flagsFor({ ...base, disruptionTests: [failed, { testedOn: '2026-06-01', result: 'passed_with_remarks' }] }, today)).toEqual([]);
    // A retest passed on the same day clears it.
    expect(flagsFor({ ...base, disruptionTests: [failed, { testedOn: '2026-05-01', result: 'passed' }] }, today)).toEqual([]);
    // A failure stays a deviation into the next year, beside the missing yearly test.
    expect(flagsFor({ ...base, disruptionTests: [{ testedOn: '2025-10-01', result: 'failed' }] }, today)).toEqual(['disruption_test_missing', 'disruption_test_failed']);
    // And on a system not yet in use, which owes no yearly test.
    expect(flagsFor({ ...base, lifecycle: 'planned', disruptionTests: [failed] }, today)).toEqual(['disruption_test_failed']);
  });
  it('counts no test dated after today, neither as this year\'s test nor as a failure', () => {
    expect(flagsFor({ ...base, disruptionTests: [{ testedOn: '2026-12-15', result: 'passed' }] }, today)).toEqual(['disruption_test_missing']);
    expect(flagsFor({ ...base, disruptionTests: [{ testedOn: '2026-12-15', result: 'failed' }] }, today)).toEqual(['disruption_test_missing']);
    expect(flagsFor({ ...base, disruptionTests: [{ testedOn: today, result: 'passed' }] }, today)).toEqual([]);
  });
  it('asks no disruption test of an application or a planned system', () => {
    expect(flagsFor({ ...base, kind: 'application', disruptionTests: [] }, today)).toEqual([]);
    expect(flagsFor({ ...base, lifecycle: 'planned', disruptionTests: [] }, today)).toEqual([]);
  });
  it('flags nothing on a phased-out system', () => {
    expect(flagsFor({ ...base, lifecycle: 'phased_out', ownerId: null, personalData: true, contractEndDate: '2020-01-01' }, today)).toEqual([]);
  });
});

describe('overlaps', () => {
  const caps = [
    { id: 'c-root', code: 'ADM', name: 'Ärendehantering', leaf: false },
    { id: 'c-dok', code: 'ADM.DOK', name: 'Dokumenthantering', leaf: true },
    { id: 'c-gis', code: 'GIS.KARTA', name: 'Karta', leaf: true },
  ];
  const sys = (id: string, name: string, yearlyCost: number | null, capabilityIds: string[], lifecycle: 'in_use' | 'phasing_out' | 'planned' = 'in_use') => ({
    id, name, yearlyCost, capabilityIds, lifecycle,
  });

  const report = (systems: ReturnType<typeof sys>[], marks: Parameters<typeof overlapReport>[3] = []) => overlapReport(systems, caps, compare, marks, today);

  it('groups two or more systems serving one leaf capability, with total and conservative saving', () => {
    const { groups } = report([sys('a', 'Öde', 300, ['c-dok']), sys('b', 'Ärendia', 500, ['c-dok']), sys('c', 'Akta', 200, ['c-dok'])]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.systems.map((s) => s.name)).toEqual(['Akta', 'Ärendia', 'Öde']);
    expect(groups[0]!.totalYearlyCost).toBe(1000);
    expect(groups[0]!.possibleSaving).toBe(500);
  });
  it('does not count a single system as an overlap', () => {
    expect(report([sys('a', 'A', 1, ['c-dok']), sys('b', 'B', 1, ['c-gis'])]).groups).toEqual([]);
  });
  it('ignores systems being phased out, since phasing out resolves the overlap', () => {
    expect(report([sys('a', 'A', 1, ['c-dok']), sys('b', 'B', 1, ['c-dok'], 'phasing_out')]).groups).toEqual([]);
  });
  it('counts only leaf capabilities', () => {
    expect(report([sys('a', 'A', 1, ['c-root']), sys('b', 'B', 1, ['c-root'])]).groups).toEqual([]);
  });
  it('shows an unknown cost as unknown: counted in the group and the report, the sums being lower bounds', () => {
    const result = report([sys('a', 'A', null, ['c-dok']), sys('b', 'B', 400, ['c-dok']), sys('c', 'C', 100, ['c-dok'])]);
    expect(result.groups[0]).toMatchObject({ totalYearlyCost: 500, possibleSaving: 100, unknownCostSystems: 1 });
    expect(result.groups[0]!.systems.find((s) => s.id === 'a')).toMatchObject({ yearlyCost: null, costShare: null });
    expect(result).toMatchObject({ totalYearlyCost: 500, possibleSaving: 100, unknownCostSystems: 1 });
  });
  it('counts a system serving several capabilities once, its cost split evenly over them', () => {
    const result = report([sys('a', 'A', 101, ['c-dok', 'c-gis', 'c-root']), sys('b', 'B', 500, ['c-dok']), sys('c', 'C', 20, ['c-gis'])]);
    const dok = result.groups.find((g) => g.capabilityId === 'c-dok')!;
    const gis = result.groups.find((g) => g.capabilityId === 'c-gis')!;
    // Two leaf capabilities (the parent is no overlap): 51 + 50 kr, adding up to the whole cost.
    expect(dok.systems.find((s) => s.id === 'a')).toMatchObject({ yearlyCost: 101, capabilityCount: 2, costShare: 51 });
    expect(gis.systems.find((s) => s.id === 'a')).toMatchObject({ yearlyCost: 101, capabilityCount: 2, costShare: 50 });
    expect(dok).toMatchObject({ totalYearlyCost: 551, possibleSaving: 51 });
    expect(gis).toMatchObject({ totalYearlyCost: 70, possibleSaving: 20 });
    // The report: every system's cost once (101 + 500 + 20), the savings per group added up.
    expect(result).toMatchObject({ totalYearlyCost: 621, possibleSaving: 71, unknownCostSystems: 0 });
  });
  it('shows marked groups apart, outside the totals, with an overdue review date flagged', () => {
    const result = report(
      [sys('a', 'A', 100, ['c-dok', 'c-gis']), sys('b', 'B', 500, ['c-dok']), sys('c', 'C', null, ['c-gis'])],
      [{ capabilityId: 'c-dok', status: 'migrating', reason: 'B ersätter A', reviewOn: '2026-11-22', rowVersion: 2 }],
    );
    expect(result.groups.map((g) => g.capabilityId)).toEqual(['c-gis']);
    expect(result.markedGroups).toHaveLength(1);
    expect(result.markedGroups[0]!.mark).toEqual({ capabilityId: 'c-dok', status: 'migrating', reason: 'B ersätter A', reviewOn: '2026-11-22', rowVersion: 2, reviewOverdue: true });
    expect(result).toMatchObject({ totalYearlyCost: 50, possibleSaving: 0, unknownCostSystems: 1 });
    const onTime = report([sys('a', 'A', 1, ['c-dok']), sys('b', 'B', 1, ['c-dok'])], [{ capabilityId: 'c-dok', status: 'intended', reason: 'x', reviewOn: today, rowVersion: 1 }]);
    expect(onTime.markedGroups[0]!.mark!.reviewOverdue).toBe(false);
  });
});

describe('history changes', () => {
  it('lists only changed fields, ignoring key order inside values', () => {
    expect(
      changedFields({ name: 'A', classification: { k: 1, r: 2, t: 3 } }, { name: 'B', classification: { t: 3, r: 2, k: 1 } }),
    ).toEqual([{ field: 'name', before: 'A', after: 'B' }]);
  });
  it('shows a creation as every field going from empty', () => {
    expect(changedFields(null, { name: 'A' })).toEqual([{ field: 'name', before: null, after: 'A' }]);
  });
});

describe('Swedish sort key', () => {
  it('sorts å, ä, ö after z, and ü as y', () => {
    const names = ['Ödeshög', 'Zeta', 'Ärende', 'Åre', 'Alfa', 'Über', 'Ystad', 'émile'];
    expect([...names].sort(compare)).toEqual(['Alfa', 'émile', 'Über', 'Ystad', 'Zeta', 'Åre', 'Ärende', 'Ödeshög']);
  });
});

describe('probable duplicates', () => {
  const s = (id: string, name: string) => ({ id, name });
  it('pairs the same name twice and spellings, company forms and typos of one name, not different versions, and leaves dismissed pairs out', () => {
    const systems = [s('a', 'Open ePlatform'), s('b', 'Open e-plattformen'), s('c', 'Procapita 2'), s('d', 'Procapita 3'), s('e', 'Tieto Sverige AB'), s('f', 'tieto'), s('g', 'Lifecare'), s('h', 'Lifekare')];
    const found = probableDuplicates(systems, new Set([pairKey('h', 'g')]));
    expect([...found.keys()].sort()).toEqual(['a', 'b', 'e', 'f']);
    expect(found.get('a')).toEqual([s('b', 'Open e-plattformen')]);
    expect(probableDuplicates(systems, new Set()).get('g')).toEqual([s('h', 'Lifekare')]);
  });

  it('finds in a large block, by deletion neighbours, exactly the pairs comparing every two names finds', () => {
    // 900 names of a few stems with random typos, suffixes and digits: blocks far above the size
    // compared pair by pair, keys short and long (one edit allowed and two).
    const stems = ['Procapita', 'Open ePlatform', 'Lifecare', 'Ekonomisystemet', 'Vårdplaneringsportalen', 'Ärendehantering'];
    const letters = 'abcdeklmnoprstuvåäö -';
    let seed = 7;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const systems = Array.from({ length: 900 }, (_, i) => {
      let name = stems[random(stems.length)]! + (random(3) ? '' : ` ${random(3)}`);
      for (let edits = random(4); edits > 0; edits--) {
        const at = random(name.length + 1);
        const letter = letters[random(letters.length)]!;
        name = [name.slice(0, at) + letter + name.slice(at), name.slice(0, at) + name.slice(at + 1), name.slice(0, at) + letter + name.slice(at + 1)][random(3)]!;
      }
      return s(String(i).padStart(4, '0'), name + (random(3) ? '' : ' AB'));
    });
    const expected = new Set<string>();
    const keys = systems.map((system) => nameKey(system.name));
    for (let i = 0; i < systems.length; i++) {
      for (let j = i + 1; j < systems.length; j++) {
        if (keys[i]!.slice(0, 3) === keys[j]!.slice(0, 3) && similarKeys(keys[i]!, keys[j]!)) expected.add(pairKey(systems[i]!.id, systems[j]!.id));
      }
    }
    const found = new Set<string>();
    for (const [id, others] of probableDuplicates(systems, new Set())) for (const other of others) found.add(pairKey(id, other.id));
    expect(expected.size).toBeGreaterThan(1000);
    expect([...found].sort()).toEqual([...expected].sort());
  });
});
