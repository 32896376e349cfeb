import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The core's node tests alone, for Stryker's mutation run (`pnpm test:mutation`, stryker.config.json): no browser, no
 * React, no projects (the Vitest runner of Stryker 9 wants one flat config).
 */
export default defineConfig({
  resolve: {
    alias: {
      '@call-diagnostics/core': here('./packages/core/src/index.ts'),
      '@call-diagnostics/testing': here('./packages/testing/src/index.ts'),
    },
  },
  test: {
    environment: 'node',
    // Each mutant reruns the properties: 300 generated cases each (10,000 in the normal run) keep a full run short.
    env: { FC_RUNS: '300' },
    // Instrumented code is slower: the 10,000-outcome history test takes several seconds.
    testTimeout: 60_000,
    include: ['packages/core/src/**/*.test.ts'],
    // The KQL check parses docs/kql, not core code: it kills no mutant and costs seconds per run.
    exclude: ['**/*.browser.test.ts', '**/node_modules/**', 'docs/**', '**/kql.test.ts'],
  },
});
