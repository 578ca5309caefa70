import { describe, expect, it } from 'vitest';
import { needInput } from '../../../shared/itplans.js';
import { capabilityCatalogue } from '../organisation/capability-catalogue.js';
import { demoDepartments, demoPeople, demoSystems } from './content.js';
import { type DemoItem, demoDocuments } from './documents-content.js';
import { type DemoNeed, demoDuplicates, demoNearMisses, demoRounds, previousRoundPlans } from './itplans-content.js';
import { currentRoundRevisions } from './itplans-revisions.js';

const goalKeys = new Set<string>();
const walk = (items: DemoItem[]) => items.forEach((i) => (i.kind === 'goal' && i.key && goalKeys.add(i.key), walk(i.children ?? [])));
demoDocuments.forEach((d) => walk(d.items));

const lastYear = new Map(previousRoundPlans.flatMap((p) => p.needs.map((n) => [n.key, { ...n, departmentCode: p.departmentCode }] as const)));
/** This year's needs as they end up: carried (revised or not), less the removed, plus the added. */
const thisYear = new Map(
  currentRoundRevisions.flatMap((r) => {
    const carried = [...lastYear.values()].filter((n) => n.departmentCode === r.departmentCode && !r.remove.includes(n.key));
    return [...carried.map((n) => ({ ...n, ...r.revise[n.key] })), ...r.add.map((n) => ({ ...n, departmentCode: r.departmentCode }))].map((n) => [n.key, { ...n, status: r.status }] as const);
  }),
);
const everyNeed: DemoNeed[] = [...lastYear.values(), ...currentRoundRevisions.flatMap((r) => [...r.add, ...Object.entries(r.revise).map(([key, f]) => ({ ...lastYear.get(key)!, ...f }))])];

describe('the demo IT plans', () => {
  it('ask every department in both rounds, written by a person of that department who can log in', () => {
    const codes = demoDepartments.map((d) => d.code).sort();
    expect(previousRoundPlans.map((p) => p.departmentCode).sort()).toEqual(codes);
    expect(currentRoundRevisions.map((p) => p.departmentCode).sort()).toEqual(codes);
    for (const plan of [...previousRoundPlans, ...currentRoundRevisions]) {
      const writer = demoPeople.find((p) => p.key === plan.writerKey);
      expect(writer?.roleKey, plan.writerKey).toBeTruthy();
      expect(writer!.departmentCode, plan.writerKey).toBe(plan.departmentCode);
    }
  });

  it('have this year most plans submitted, one started and one not started, with a deadline ahead', () => {
    const statuses = currentRoundRevisions.map((r) => r.status);
    expect(statuses.filter((s) => s === 'started')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'not_started')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'submitted').length).toBeGreaterThanOrEqual(5);
    expect(demoRounds.current.deadlineInDays).toBeGreaterThan(14); // no reminder is due on the day the demo starts
    // A plan not started has nothing carried into it.
    for (const r of currentRoundRevisions.filter((x) => x.status === 'not_started')) expect([...thisYear.values()].filter((n) => n.departmentCode === r.departmentCode)).toEqual([]);
    expect(demoRounds.budgetFrames).toHaveLength(3);
  });

  it('revise and remove only last year’s needs of the same department, and keep every key unique', () => {
    for (const r of currentRoundRevisions) {
      for (const key of [...Object.keys(r.revise), ...r.remove]) expect(lastYear.get(key)?.departmentCode, key).toBe(r.departmentCode);
    }
    const keys = [...previousRoundPlans.flatMap((p) => p.needs), ...currentRoundRevisions.flatMap((r) => r.add)].map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('place costs and benefits within the three-year period, and name goals, systems and capabilities that exist', () => {
    const systems = new Set(demoSystems.map((s) => s.name));
    const capabilities = new Set(capabilityCatalogue.map((c) => c.code));
    for (const n of everyNeed) {
      for (const c of n.costs) expect(c.yearOffset >= 0 && c.yearOffset <= 2, `${n.key} ${c.yearOffset}`).toBe(true);
      expect(new Set(n.costs.map((c) => c.yearOffset)).size, n.key).toBe(n.costs.length);
      for (const b of n.benefit ?? []) expect(b.yearOffset >= 0 && b.yearOffset <= 2, n.key).toBe(true);
      for (const g of n.goalKeys) expect(goalKeys.has(g), `${n.key}: goal ${g}`).toBe(true);
      for (const s of n.systems) expect(systems.has(s), `${n.key}: system ${s}`).toBe(true);
      for (const c of n.capabilityCodes) expect(capabilities.has(c), `${n.key}: capability ${c}`).toBe(true);
      expect(needInput.safeParse({ title: n.title, description: n.description, priority: n.priority, costs: n.costs.map((c) => ({ year: 2027 + c.yearOffset, investment: c.investment, running: c.running })) }).success, n.key).toBe(true);
    }
  });

  it('hold real duplicates between different departments’ submitted plans this year, and near misses', () => {
    for (const group of demoDuplicates) {
      const needs = group.map((key) => thisYear.get(key));
      needs.forEach((n, i) => expect(n?.status, group[i]).toBe('submitted'));
      expect(new Set(needs.map((n) => n!.departmentCode)).size, group.join()).toBe(group.length);
      // Worded differently: never the same title.
      expect(new Set(needs.map((n) => n!.title)).size).toBe(group.length);
    }
    for (const pair of demoNearMisses) {
      for (const key of pair) expect(thisYear.get(key)?.status, key).toBe('submitted');
      expect(thisYear.get(pair[0])!.departmentCode).not.toBe(thisYear.get(pair[1])!.departmentCode);
    }
  });
});
