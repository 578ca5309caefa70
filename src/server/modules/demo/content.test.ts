import { describe, it, expect } from 'vitest';
import { capabilityCatalogue } from '../organisation/capability-catalogue.js';
import { demoDepartments, demoPeople, demoSystems } from './content.js';

const roleKeys = [
  'admin',
  'it_chef',
  'kommundirektor',
  'forvaltningschef',
  'systemagare',
  'forvaltningsledare',
  'it_rad',
  'lasare',
];

const codes = new Set(capabilityCatalogue.map((c) => c.code));
const leaves = new Set(
  capabilityCatalogue.filter((c) => !capabilityCatalogue.some((o) => o.parentCode === c.code)).map((c) => c.code),
);
const personKeys = new Set(demoPeople.map((p) => p.key));
const departmentCodes = new Set(demoDepartments.map((d) => d.code));
const systemNames = new Set(demoSystems.map((s) => s.name));

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('capability catalogue', () => {
  it('has unique, well-formed codes whose parents are roots', () => {
    expect(duplicates(capabilityCatalogue.map((c) => c.code))).toEqual([]);
    for (const c of capabilityCatalogue) {
      expect(c.code).toMatch(/^[A-Z]+(\.[A-Z]+)?$/);
      if (c.parentCode === null) {
        expect(c.code).not.toContain('.');
      } else {
        expect(codes.has(c.parentCode)).toBe(true);
        expect(c.code.startsWith(`${c.parentCode}.`)).toBe(true);
      }
    }
  });
});

describe('demo content', () => {
  it('has unique system names, person keys and department codes', () => {
    expect(duplicates(demoSystems.map((s) => s.name))).toEqual([]);
    expect(duplicates(demoPeople.map((p) => p.key))).toEqual([]);
    expect(duplicates(demoPeople.map((p) => p.emailLocal))).toEqual([]);
    expect(duplicates(demoDepartments.map((d) => d.code))).toEqual([]);
  });

  it('has at least 140 systems', () => {
    expect(demoSystems.length).toBeGreaterThanOrEqual(140);
  });

  it('links systems only to leaf capabilities of the catalogue', () => {
    for (const s of demoSystems) {
      expect(s.capabilityCodes.length, s.name).toBeGreaterThan(0);
      for (const code of s.capabilityCodes) expect(leaves.has(code), `${s.name}: ${code}`).toBe(true);
    }
  });

  it('refers only to existing people and departments', () => {
    for (const p of demoPeople) {
      if (p.departmentCode !== null) expect(departmentCodes.has(p.departmentCode), p.key).toBe(true);
    }
    for (const s of demoSystems) {
      if (s.ownerKey !== null) expect(personKeys.has(s.ownerKey), `${s.name}: ${s.ownerKey}`).toBe(true);
      if (s.managerKey !== null) expect(personKeys.has(s.managerKey), `${s.name}: ${s.managerKey}`).toBe(true);
      for (const d of s.departmentCodes) expect(departmentCodes.has(d), `${s.name}: ${d}`).toBe(true);
    }
  });

  it('integrates only with other systems of the list', () => {
    for (const s of demoSystems) {
      for (const target of s.integrationsTo) {
        expect(systemNames.has(target), `${s.name} → ${target}`).toBe(true);
        expect(target).not.toBe(s.name);
      }
    }
  });

  it('has overlaps: some leaf capability served by two or more systems', () => {
    const perLeaf = new Map<string, number>();
    for (const s of demoSystems) for (const c of s.capabilityCodes) perLeaf.set(c, (perLeaf.get(c) ?? 0) + 1);
    expect([...perLeaf.values()].some((n) => n >= 2)).toBe(true);
  });

  it('has a login for every role, and the logins the demo documents', () => {
    const present = new Set(demoPeople.map((p) => p.roleKey));
    for (const r of roleKeys) expect(present.has(r), r).toBe(true);
    for (const p of demoPeople) {
      if (p.roleKey !== null) expect(roleKeys).toContain(p.roleKey);
      if (p.roleKey === 'forvaltningschef') expect(p.departmentCode, p.key).not.toBeNull();
    }
    const byEmail = new Map(demoPeople.map((p) => [p.emailLocal, p]));
    expect(byEmail.get('admin')?.roleKey).toBe('admin');
    expect(byEmail.get('itchef')?.roleKey).toBe('it_chef');
    expect(byEmail.get('socchef')).toMatchObject({ roleKey: 'forvaltningschef', departmentCode: 'SOC' });
    expect(byEmail.get('systemagare')?.roleKey).toBe('systemagare');
    expect(byEmail.get('lasare')?.roleKey).toBe('lasare');
  });

  it('keeps values within their domains', () => {
    for (const s of demoSystems) {
      for (const level of [s.classification.k, s.classification.r, s.classification.t]) {
        if (level !== null) expect([1, 2, 3, 4], s.name).toContain(level);
      }
      if (s.yearlyCost !== null) {
        expect(Number.isInteger(s.yearlyCost), s.name).toBe(true);
        expect(s.yearlyCost, s.name).toBeGreaterThanOrEqual(5_000);
        expect(s.yearlyCost, s.name).toBeLessThanOrEqual(4_500_000);
      }
      // Disruption tests lie in the past: negative days relative to the seeding day.
      for (const t of s.disruptionTests) expect(t.daysAgo, s.name).toBeLessThanOrEqual(0);
    }
  });

  it('contains the deviations the register should find', () => {
    const count = (f: (s: (typeof demoSystems)[number]) => boolean) => demoSystems.filter(f).length;
    expect(count((s) => s.ownerKey === null)).toBeGreaterThanOrEqual(5);
    expect(
      count((s) => s.personalData && s.classification.k === null && s.classification.r === null && s.classification.t === null),
    ).toBeGreaterThanOrEqual(5);
    expect(count((s) => s.contractEndInDays !== null && s.contractEndInDays < 0)).toBeGreaterThanOrEqual(2);
    expect(
      count(
        (s) =>
          s.contractEndInDays !== null &&
          s.contractEndInDays >= 0 &&
          s.noticeMonths !== null &&
          s.contractEndInDays < s.noticeMonths * 30,
      ),
    ).toBeGreaterThanOrEqual(3);
    expect(count((s) => s.sharedWithCollaboration)).toBeGreaterThanOrEqual(2);
  });
});
