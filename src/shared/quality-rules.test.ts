import { describe, expect, it } from 'vitest';
import { defaultQualityWeights, qualityFields, type QualityWeights } from './quality.js';
import { missingQualityFields, qualityBandOf, qualityScore, type QualityPresence } from './quality-rules.js';

const all = (value: boolean) => Object.fromEntries(qualityFields.map((f) => [f, value])) as QualityPresence;
const zero = Object.fromEntries(qualityFields.map((f) => [f, 0])) as QualityWeights;

describe('the completeness score', () => {
  it('gives a complete record 100 and an empty one 0', () => {
    expect(qualityScore(all(true), defaultQualityWeights)).toBe(100);
    expect(qualityScore(all(false), defaultQualityWeights)).toBe(0);
  });

  it('the default weights sum to 100, so a missing field costs its weight in points', () => {
    expect(qualityFields.reduce((s, f) => s + defaultQualityWeights[f], 0)).toBe(100);
    expect(qualityScore({ ...all(true), manager: false }, defaultQualityWeights)).toBe(85);
    expect(qualityScore({ ...all(true), manager: false, description: false, yearlyCost: false }, defaultQualityWeights)).toBe(70);
  });

  it('is the share of the total weight, rounded half up to a whole number', () => {
    const weights = { ...zero, owner: 1, manager: 1, supplier: 1 };
    expect(qualityScore({ ...all(false), owner: true }, weights)).toBe(33);
    expect(qualityScore({ ...all(false), owner: true, manager: true }, weights)).toBe(67);
    // 1 of 8 is 12.5: half rounds up.
    expect(qualityScore({ ...all(false), owner: true }, { ...zero, owner: 1, manager: 7 })).toBe(13);
  });

  it('ignores a field that weighs nothing, and counts everything complete when nothing weighs', () => {
    expect(qualityScore({ ...all(true), description: false }, { ...defaultQualityWeights, description: 0 })).toBe(100);
    expect(qualityScore(all(false), zero)).toBe(100);
    expect(missingQualityFields(all(false), zero)).toEqual([]);
  });

  it('names the missing fields that count, heaviest first', () => {
    const missing = missingQualityFields({ ...all(true), description: false, owner: false, contract: false }, defaultQualityWeights);
    expect(missing).toEqual(['owner', 'contract', 'description']);
    expect(missingQualityFields({ ...all(true), description: false }, { ...defaultQualityWeights, description: 0 })).toEqual([]);
  });

  it('puts below 50 in the low band, 50–79 in the medium one and 80 and above in the high one', () => {
    expect([0, 49, 50, 79, 80, 100].map(qualityBandOf)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
  });
});
