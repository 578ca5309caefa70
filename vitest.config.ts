import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // API test files each open their own database; two at a time suits a 2-core machine.
    maxWorkers: 2,
    projects: [
      // Some unit tests open an embedded database (about 2 s each), so the default 5 s is too tight.
      { test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.api.test.ts', 'node_modules/**'], testTimeout: 30_000 } },
      { test: { name: 'api', include: ['src/**/*.api.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
    ],
  },
});
