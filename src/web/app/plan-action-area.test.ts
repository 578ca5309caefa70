import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InitiativeActions } from '../features/municipal-plan/initiative-actions';

/**
 * The municipal plan's page renders each initiative's actions (issue 14, item 5) from the
 * 'plan-action' area: the page that shows them must load that area, which holds every key the
 * component names, in both languages.
 */
describe('the initiative actions', () => {
  it('is a component whose strings are in the plan-action area in both languages', () => {
    // The page passes one initiative's id (the component reads the browser's document, so it is not loaded here).
    const props: Parameters<typeof InitiativeActions>[0] = { initiativeId: '00000000-0000-4000-8000-000000000000' };
    expect(props.initiativeId).toHaveLength(36);
    const source = readFileSync(join(import.meta.dirname, '../features/municipal-plan/initiative-actions.tsx'), 'utf8');
    const keys = [...source.matchAll(/p\('(\w+)'/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(5);
    for (const language of ['sv', 'en']) {
      const strings = JSON.parse(readFileSync(join(import.meta.dirname, `../locales/plan-action.${language}.json`), 'utf8')).planAction;
      for (const key of keys) expect(strings[key], `${language}: planAction.${key}`).toEqual(expect.any(String));
    }
  });
});
