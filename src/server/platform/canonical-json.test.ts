import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('writes a Date as its ISO string, as the stored event has it, so an event with a time hashes as it is read back', () => {
    const at = new Date('2026-12-06T17:31:28.259Z');
    const written = canonicalJson({ submittedAt: at, status: 'submitted' });
    expect(written).toBe('{"status":"submitted","submittedAt":"2026-12-06T17:31:28.259Z"}');
    expect(canonicalJson(JSON.parse(JSON.stringify({ submittedAt: at, status: 'submitted' })))).toBe(written);
  });
});
