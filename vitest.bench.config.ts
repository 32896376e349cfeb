import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { browserSourceResolve, chromiumLaunchOptions } from './vitest.config';

/** Benchmarks that need a real browser (pnpm bench runs this; it is not part of the test suite). */
export default defineConfig({
  plugins: [react()],
  resolve: browserSourceResolve,
  test: {
    include: ['bench/browser/**/*.bench.browser.tsx'],
    browser: {
      enabled: true,
      headless: true,
      // P6 reads the heap after a forced GC, with exact (not bucketed) numbers.
      provider: playwright({
        launchOptions: {
          ...chromiumLaunchOptions,
          args: [...chromiumLaunchOptions.args, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
