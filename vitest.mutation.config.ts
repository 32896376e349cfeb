import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** This checkout, and the one whose node_modules it uses: the same, except in Stryker's sandbox. */
const root = fileURLToPath(new URL('./', import.meta.url));
const linkedRoot = `${dirname(realpathSync(`${root}node_modules`))}/`;

/**
 * Stryker runs this config in a copy of the repository (.stryker-tmp/sandbox-*) whose node_modules folders are
 * symlinks to the original ones: `@call-diagnostics/testing` found through them is the original checkout's source,
 * which imports the original, unmutated core. Keep workspace packages in the copy.
 */
const workspaceInSandbox: Plugin = {
  name: 'call-diagnostics:workspace-in-sandbox',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (linkedRoot === root || !source.startsWith('@call-diagnostics/')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (!resolved?.id.startsWith(`${linkedRoot}packages/`)) return resolved;
    return { ...resolved, id: root + resolved.id.slice(linkedRoot.length) };
  },
};

/**
 * The core's node tests alone, for Stryker's mutation run (`pnpm test:mutation`, stryker.config.json): no browser, no
 * React, no projects (the Vitest runner of Stryker 9 wants one flat config).
 */
export default defineConfig({
  plugins: [workspaceInSandbox],
  // The workspace packages' sources (the export condition of packages/*/package.json; see vitest.config.ts). Vitest
  // adds its defaults ('node', 'development|production').
  resolve: { conditions: ['@call-diagnostics/source'] },
  ssr: { resolve: { conditions: ['@call-diagnostics/source'] } },
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
