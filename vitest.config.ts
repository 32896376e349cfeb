import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Workspace packages resolve to their sources in tests (no build step needed). */
const alias = {
  '@call-diagnostics/core': here('./packages/core/src/index.ts'),
  '@call-diagnostics/react': here('./packages/react/src/index.ts'),
  '@call-diagnostics/testing': here('./packages/testing/src/index.ts'),
};

/** Debian's Chromium; browsers cannot be downloaded here. CHROMIUM_PATH overrides it. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};

/** A fresh browser block per project (a shared object makes Vitest label every browser test with one project). */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'core',
          environment: 'node',
          include: ['packages/core/src/**/*.test.ts', 'packages/testing/src/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'react-jsdom',
          environment: 'jsdom',
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.tsx', '**/node_modules/**'],
          setupFiles: ['packages/react/test/setup-jsdom.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', '@fluentui/react-components'] },
        test: {
          name: 'react-browser',
          include: ['packages/react/src/**/*.browser.test.tsx'],
          browser: browser(),
        },
      },
      {
        plugins: [storybookTest({ configDir: here('./.storybook'), storybookScript: 'pnpm storybook --ci' })],
        resolve: { alias },
        test: {
          name: 'storybook',
          browser: browser(),
          setupFiles: ['.storybook/vitest.setup.ts'],
        },
      },
    ],
  },
});
