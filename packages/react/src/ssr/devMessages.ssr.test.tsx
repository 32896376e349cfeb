// Development-only messages, tested with real bundles: the kit's sources built by Vite as an app would build them, in
// development and in production, then run in a browser-like context with NO `process` global (what a browser bundle
// sees). In development the messages must show (they did not: a `typeof process` guard hid them in every browser);
// in production their text must be gone from the bundle and nothing may be said (the locale warning fired there).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

// Vitest runs from the repository root.
const src = (path: string) => join(process.cwd(), path);

// One message of core (a source issue, with its fix) and one of react (an unknown locale tag).
const CORE_TEXT = 'call.feature() threw for UserFacingDiagnostics';
const LOCALE_TEXT = 'no locale for "xx-XX"';

const ENTRY = `
import { createCallDiagnostics } from '@call-diagnostics/core';
import { CallDiagnosticsProvider, useDiagnosticsStrings } from '@call-diagnostics/react';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server.browser';

const diagnostics = createCallDiagnostics({ history: false, features: { UserFacingDiagnostics: {} } });
diagnostics.attach({
  kind: 'call',
  call: { id: 'c1', state: 'Connected', on() {}, off() {}, feature() { throw new Error('no such feature'); } },
});
function Strings() {
  return h('p', null, useDiagnosticsStrings().banner.retry);
}
globalThis.html = renderToString(
  h(CallDiagnosticsProvider, { call: null, locale: 'xx-XX', banner: false, toast: false, panel: false }, h(Strings)),
);
`;

// Inside the repository (.tmp is ignored), so the entry resolves react and react-dom from its node_modules.
mkdirSync(src('.tmp'), { recursive: true });
const dir = mkdtempSync(join(src('.tmp'), 'dev-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(mode: 'development' | 'production'): Promise<string> {
  const entry = join(dir, `entry-${mode}.js`);
  writeFileSync(entry, ENTRY);
  // Vite (and the React plugin's JSX runtime) take production-ness from NODE_ENV, which Vitest set to 'test'.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = mode;
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    mode,
    root: dir,
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    resolve: {
      alias: [
        { find: /^@call-diagnostics\/core$/, replacement: src('packages/core/src/index.ts') },
        { find: /^@call-diagnostics\/core\/internal$/, replacement: src('packages/core/src/internal.ts') },
        { find: /^@call-diagnostics\/react$/, replacement: src('packages/react/src/index.ts') },
      ],
    },
    build: {
      write: false,
      minify: mode === 'production',
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'app' },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  }).finally(() => {
    process.env.NODE_ENV = previous;
  });
  const [result] = Array.isArray(output) ? output : [output];
  return (result as { output: { code: string }[] }).output[0]?.code ?? '';
}

/** Runs the bundle where `process` does not exist (as in a browser); returns what it said on the console. */
function run(code: string): { said: string[]; html: string } {
  const said: string[] = [];
  const record = (...args: unknown[]) => said.push(args.map(String).join(' '));
  const context = createContext({
    console: { log: record, info: record, warn: record, error: record, debug: record },
    setTimeout,
    clearTimeout,
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    MessageChannel,
    URL,
    AbortController,
  });
  runInContext('globalThis.window = undefined;', context);
  expect(runInContext('typeof process', context)).toBe('undefined');
  runInContext(code, context);
  return { said, html: String(runInContext('globalThis.html', context)) };
}

describe('development-only messages in real bundles (Vite), run without `process`', () => {
  it('development: both messages are in the bundle and are said', async () => {
    const code = await bundle('development');
    expect(code).toContain(CORE_TEXT);
    expect(code).toContain('no locale for');
    const { said, html } = run(code);
    expect(html).toContain('Try again');
    expect(said.some((line) => line.includes(CORE_TEXT))).toBe(true);
    expect(said.some((line) => line.includes(LOCALE_TEXT))).toBe(true);
  }, 120_000);

  it('production: their text is gone from the bundle and nothing is said', async () => {
    const code = await bundle('production');
    expect(code).not.toContain(CORE_TEXT);
    expect(code).not.toContain('no locale for');
    const { said, html } = run(code);
    expect(html).toContain('Try again');
    expect(said.filter((line) => line.includes('[call-diagnostics]'))).toEqual([]);
  }, 120_000);
});
