import { defineConfig } from 'vitest/config';

/** Tests that read ../shared/seeds (beside the clone in CI); not part of `npm test` on a bare clone. */
export default defineConfig({
  test: { root: new URL('../..', import.meta.url).pathname, include: ['test/seeds/**/*.test.ts'] },
});
