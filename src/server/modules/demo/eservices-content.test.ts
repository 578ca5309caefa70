import { describe, expect, it } from 'vitest';
import { eserviceInput } from '../../../shared/eservices.js';
import { demoPeople, demoSystems } from './content.js';
import { demoEservices } from './eservices-content.js';

describe('the demo e-services', () => {
  it('are about 40 distinct services on all four steps, with candidates, some valued', () => {
    expect(demoEservices.length).toBeGreaterThanOrEqual(38);
    expect(new Set(demoEservices.map((e) => e.name)).size).toBe(demoEservices.length);
    const inUse = demoEservices.filter((e) => !e.candidate);
    expect(new Set(inUse.map((e) => e.steps.at(-1)![1]))).toEqual(new Set([1, 2, 3, 4]));
    expect(demoEservices.filter((e) => e.candidate && e.value).length).toBeGreaterThanOrEqual(3);
  });

  it('name demo people as owners and demo systems behind them, climb the ladder forward in time, and pass the register’s schema', () => {
    const people = new Set(demoPeople.map((p) => p.key));
    const systems = new Set(demoSystems.map((s) => s.name));
    for (const e of demoEservices) {
      expect(people.has(e.ownerKey), e.ownerKey).toBe(true);
      for (const name of e.systems) expect(systems.has(name), name).toBe(true);
      const yearsAgo = e.steps.map(([y]) => y);
      expect(yearsAgo, e.name).toEqual([...yearsAgo].sort((a, b) => b - a));
      const parsed = eserviceInput.safeParse({ name: e.name, description: e.description, step: e.steps.at(-1)![1], yearlyVolume: e.volume, digitalShare: e.share, accessibility: e.accessibility });
      expect(parsed.success, e.name).toBe(true);
    }
  });
});
