import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Workspace packages resolve to their sources in tests (no build step needed): every `exports` entry of
 * packages/{core,react,testing}/package.json starts with this condition, pointing at `src` (tsconfig.json's
 * `customConditions`, apps/demo/vite.config.ts and .storybook/main.ts name it too; without it, as in an installed
 * tarball, `dist` is used).
 */
export const SOURCE_CONDITION = '@call-diagnostics/source';

/**
 * Node and jsdom projects: Vitest adds its own defaults ('node', 'development|production') to these, for both the
 * client and the SSR environment.
 */
const sourceResolve = {
  resolve: { conditions: [SOURCE_CONDITION] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION] } },
};

/**
 * Browser projects are served by a plain Vite server, where setting `conditions` replaces Vite's client defaults
 * ('module', 'browser', 'development|production'): keep them.
 */
export const browserSourceResolve = { conditions: [SOURCE_CONDITION, ...defaultClientConditions] };

/**
 * React 19 in place of the workspace's React 18, for the 'react19-jsdom' project. `react-19` / `react-dom-19` are npm
 * aliases (root package.json). Code that goes through Vite (the kit's sources, the tests, Fluent and Griffel, which
 * are inlined) gets these aliases; CommonJS packages loaded by Node (react-dom-19 itself, Testing Library) are
 * redirected by packages/react/test/setup-react19.ts.
 */
const react19Alias = [
  { find: /^react$/, replacement: here('./node_modules/react-19/index.js') },
  { find: /^react\/jsx-runtime$/, replacement: here('./node_modules/react-19/jsx-runtime.js') },
  { find: /^react\/jsx-dev-runtime$/, replacement: here('./node_modules/react-19/jsx-dev-runtime.js') },
  { find: /^react-dom$/, replacement: here('./node_modules/react-dom-19/index.js') },
  { find: /^react-dom\/client$/, replacement: here('./node_modules/react-dom-19/client.js') },
  { find: /^react-dom\/server$/, replacement: here('./node_modules/react-dom-19/server.node.js') },
  { find: /^react-dom\/test-utils$/, replacement: here('./node_modules/react-dom-19/test-utils.js') },
];

/** Debian's Chromium; browsers cannot be downloaded here. CHROMIUM_PATH overrides it. */
export { chromiumLaunchOptions };

/**
 * Every story runs as an axe-checked test under each Fluent theme (stories that pin a theme keep it), and once more in
 * RTL. axe's rules (contrast, names, roles, structure) do not depend on the direction, so RTL is rendered once, in the
 * light theme: dark × RTL and high contrast × RTL repeated light × RTL's findings and cost about three CI minutes.
 */
const STORY_MATRIX = [
  { theme: 'light', direction: 'ltr' },
  { theme: 'dark', direction: 'ltr' },
  { theme: 'highContrast', direction: 'ltr' },
  { theme: 'light', direction: 'rtl' },
];

const BROWSER_CONNECT_TIMEOUT_MS = 180_000;

/** A fresh browser block per project (a shared object makes Vitest label every browser test with one project). */
const browser = () => ({
  enabled: true,
  headless: true,
  // Two cores starting several Chromium sessions at once: give each more than the default 30 s to connect.
  connectTimeout: BROWSER_CONNECT_TIMEOUT_MS,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const }],
});

/**
 * Chromium for the 'probe' project: the same flags, plus trust in the test coturn's self-signed certificate. The
 * SPKI hash exists only once packages/core/test/coturn.globalSetup.ts has generated the certificate (it runs before
 * the browser starts), so `args` is read at launch time.
 */
export const probeChromiumLaunchOptions = {
  executablePath: chromiumLaunchOptions.executablePath,
  get args(): string[] {
    const spki = process.env.CDK_COTURN_SPKI;
    return [...chromiumLaunchOptions.args, ...(spki ? [`--ignore-certificate-errors-spki-list=${spki}`] : [])];
  },
};

/**
 * Chromium for the 'readiness' project: the probe project's flags (coturn's certificate trusted) plus fake camera and
 * microphones that are granted without a prompt, so the readiness check's devices step sees what the SDK lists.
 */
export const readinessChromiumLaunchOptions = {
  executablePath: probeChromiumLaunchOptions.executablePath,
  get args(): string[] {
    return [...probeChromiumLaunchOptions.args, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
  },
};

/**
 * The unit projects' per-test cap. Nothing in them is timed; the default 5 s was passed by the heaviest jsdom tests
 * (hydrating every component, the panel's chunk) in a CI run on a loaded 2-core machine. A hang still fails.
 */
const UNIT_TEST_TIMEOUT = 20_000;

export default defineConfig({
  test: {
    projects: [
      {
        ...sourceResolve,
        test: {
          name: 'core',
          testTimeout: UNIT_TEST_TIMEOUT,
          environment: 'node',
          include: ['packages/core/src/**/*.test.ts', 'packages/testing/src/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        plugins: [react()],
        ...sourceResolve,
        test: {
          name: 'react-jsdom',
          testTimeout: UNIT_TEST_TIMEOUT,
          environment: 'jsdom',
          // Files share a worker's modules and DOM (Fluent is imported once, not per file: 167 s → 70 s for both
          // jsdom projects). Every file cleans up after itself (Testing Library's cleanup, restored spies); checked
          // with --sequence.shuffle.
          isolate: false,
          include: ['packages/react/src/**/*.test.{ts,tsx}', 'packages/testing/src/storybook/**/*.test.tsx'],
          exclude: ['**/*.browser.test.tsx', '**/*.ssr.test.tsx', '**/node_modules/**'],
          setupFiles: ['packages/react/test/setup-jsdom.ts'],
        },
      },
      {
        // Server rendering in plain Node: no jsdom, no window (packages/react/src/ssr).
        plugins: [react()],
        ...sourceResolve,
        test: {
          name: 'ssr',
          testTimeout: UNIT_TEST_TIMEOUT,
          environment: 'node',
          include: ['packages/react/src/**/*.ssr.test.tsx'],
          // Fluent goes through Vitest's module graph, so the hydration test can load a fresh copy after installing
          // a DOM (vi.resetModules): Fluent's focus manager captures DOM classes when its module loads.
          server: { deps: { inline: [/@fluentui\//, /@griffel\//, /tabster/, /keyborg/] } },
        },
      },
      {
        // The react suite again on React 19 (react-19 / react-dom-19 are npm aliases of react@19 / react-dom@19);
        // see react19Alias. The CallComposite demo stays on 18, which @azure/communication-react requires.
        plugins: [react()],
        resolve: { alias: react19Alias, conditions: sourceResolve.resolve.conditions },
        ssr: sourceResolve.ssr,
        test: {
          name: 'react19-jsdom',
          testTimeout: UNIT_TEST_TIMEOUT,
          environment: 'jsdom',
          isolate: false,
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.tsx', '**/*.ssr.test.tsx', '**/node_modules/**'],
          // setup-react19 first: it must redirect require('react') before Testing Library loads.
          setupFiles: ['packages/react/test/setup-react19.ts', 'packages/react/test/setup-jsdom.ts'],
          server: { deps: { inline: [/@fluentui\//, /@griffel\//] } },
        },
      },
      {
        plugins: [react()],
        resolve: browserSourceResolve,
        optimizeDeps: {
          include: [
            'react',
            'react-dom',
            'react-dom/client',
            '@fluentui/react-components',
            // Pre-bundled up front: discovered mid-run, it makes Vite reload and fail the adapter tests once.
            '@azure/communication-react',
          ],
        },
        test: {
          name: 'react-browser',
          include: ['packages/react/src/**/*.browser.test.tsx'],
          browser: browser(),
        },
      },
      {
        resolve: browserSourceResolve,
        test: {
          name: 'probe',
          include: ['packages/core/src/probe/**/*.browser.test.ts'],
          globalSetup: ['packages/core/test/coturn.globalSetup.ts'],
          browser: {
            enabled: true,
            headless: true,
            connectTimeout: BROWSER_CONNECT_TIMEOUT_MS,
            provider: playwright({ launchOptions: probeChromiumLaunchOptions }),
            instances: [{ browser: 'chromium' as const }],
          },
        },
      },
      {
        // The pre-join readiness check in real Chromium: the real ACS SDK (offline, on the localhost origin Vitest
        // serves the page from), a real coturn, and local HTTPS endpoints (packages/core/test/signalling.globalSetup.ts).
        resolve: browserSourceResolve,
        // Pre-bundled up front: discovered mid-run (the check imports it lazily), it would make Vite reload the page.
        optimizeDeps: { include: ['@azure/communication-calling'] },
        test: {
          name: 'readiness',
          include: ['packages/core/src/readiness/**/*.browser.test.ts'],
          globalSetup: ['packages/core/test/coturn.globalSetup.ts', 'packages/core/test/signalling.globalSetup.ts'],
          browser: {
            enabled: true,
            headless: true,
            connectTimeout: BROWSER_CONNECT_TIMEOUT_MS,
            provider: playwright({ launchOptions: readinessChromiumLaunchOptions }),
            instances: [{ browser: 'chromium' as const }],
          },
        },
      },
      {
        // The kit's records through the REAL Application Insights SDK in Chromium, to a local ingestion endpoint
        // (packages/core/test/appInsightsCollector.globalSetup.ts) that the test reads the sent envelopes back from.
        plugins: [react()],
        resolve: browserSourceResolve,
        optimizeDeps: {
          include: [
            'react',
            'react-dom',
            'react-dom/client',
            '@fluentui/react-components',
            '@microsoft/applicationinsights-web',
          ],
        },
        test: {
          name: 'app-insights',
          include: ['packages/core/test/**/*.browser.test.tsx'],
          globalSetup: ['packages/core/test/appInsightsCollector.globalSetup.ts'],
          browser: browser(),
        },
      },
      ...STORY_MATRIX.map(({ theme, direction }) => ({
        plugins: [storybookTest({ configDir: here('./.storybook'), storybookScript: 'pnpm storybook --ci' })],
        // The CallComposite stories: pre-bundle the UI library so its discovery does not reload the run.
        optimizeDeps: { include: ['@azure/communication-react'] },
        resolve: browserSourceResolve,
        define: {
          'import.meta.env.VITE_STORYBOOK_THEME': JSON.stringify(theme),
          'import.meta.env.VITE_STORYBOOK_DIRECTION': JSON.stringify(direction),
        },
        test: {
          // 'storybook' is light LTR; the others are named storybook-<theme>-<direction>.
          name: theme === 'light' && direction === 'ltr' ? 'storybook' : `storybook-${theme}-${direction}`,
          browser: browser(),
          // The first story of a file may wait for Vite to transform a lazy chunk (the panel, a locale) while three
          // projects share 2 cores: a CI run saw 15 s (the default) run out there; later stories take under 2 s.
          testTimeout: 60_000,
          setupFiles: ['.storybook/vitest.setup.ts'],
        },
      })),
    ],
  },
});
