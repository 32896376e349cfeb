import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { browserSourceResolve, probeChromiumLaunchOptions } from './vitest.config';

/**
 * The relay probe benchmark (scripts/bench-probe.mjs, part of `pnpm bench`): real Chromium against a real coturn on
 * loopback, started and stopped by the same globalSetup as the 'probe' test project. Not part of the test suite.
 */
export default defineConfig({
  resolve: browserSourceResolve,
  test: {
    include: ['bench/browser/probe.bench.browser.ts'],
    globalSetup: ['packages/core/test/coturn.globalSetup.ts', 'bench/browser/delay-proxy.globalSetup.ts'],
    testTimeout: 120_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: probeChromiumLaunchOptions }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
