import { describe, expect, it } from 'vitest';
import { exceedsDepth } from './json-depth.js';

describe('JSON depth guard', () => {
  it('accepts a real document tree', () => {
    expect(exceedsDepth({ items: [{ children: [{ children: [] }] }] }, 32)).toBe(false);
  });
  it('refuses a hostile nesting without overflowing the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(exceedsDepth(deep, 32)).toBe(true);
  });
  it('counts depth exactly at the limit', () => {
    expect(exceedsDepth([[[]]], 3)).toBe(false);
    expect(exceedsDepth([[[[]]]], 3)).toBe(true);
  });
});
