import { describe, expect, it } from 'vitest';
import { demoBanner } from './banner.js';

describe('the demo banner', () => {
  it('names each login by its role’s Swedish name, never the internal key', () => {
    const lines = demoBanner(
      [
        { email: 'admin@roder.example', role: 'admin', name: 'Ada Admin' },
        { email: 'itrad@roder.example', role: 'it_rad', name: 'Ivar Råd' },
        { email: 'lasare@roder.example', role: 'lasare', name: 'Lisa Läsare' },
      ],
      'hemligt-lösen',
    );
    expect(lines[1]).toBe('  hemligt-lösen');
    expect(lines.slice(2).map((l) => l.trim().split(/\s{2,}/)[0])).toEqual(['Administratör', 'Ledamot i IT-rådet', 'Läsare']);
    expect(lines[3]).toContain('itrad@roder.example  (Ivar Råd)');
  });
});
