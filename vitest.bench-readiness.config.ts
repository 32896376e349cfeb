import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { browserSourceResolve, readinessChromiumLaunchOptions } from './vitest.config';

/**
 * The readiness check benchmark (scripts/bench-readiness.mjs, part of `pnpm bench`): real Chromium with fake devices,
 * the real ACS SDK, a real coturn and local HTTPS endpoints on loopback, started and stopped by the same globalSetups
 * as the 'readiness' test project. Not part of the test suite.
 */
export default defineConfig({
  resolve: browserSourceResolve,
  optimizeDeps: { include: ['@azure/communication-calling'] },
  test: {
    include: ['bench/browser/readiness.bench.browser.ts'],
    globalSetup: ['packages/core/test/coturn.globalSetup.ts', 'packages/core/test/signalling.globalSetup.ts'],
    testTimeout: 120_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: readinessChromiumLaunchOptions }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
