import { defineConfig } from 'vitest/config';

/** Browser tests: one Roder with demo data for the whole run, Debian's Chromium driven by playwright-core. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Chromium is heavy on 2 cores: one file at a time.
    fileParallelism: false,
  },
});
