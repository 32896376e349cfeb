/**
 * First setup file of the 'react19-jsdom' project. Vite's aliases (vitest.config.ts) cover code Vite transforms;
 * CommonJS packages that Node loads itself (react-dom-19, whose peer `react` pnpm resolved to the workspace's 18, and
 * @testing-library/react) call require('react') / require('react-dom'): those are sent to the React 19 copies here,
 * so there is exactly one React in the process.
 */
import { createRequire } from 'node:module';
import { beforeAll, expect } from 'vitest';

const require = createRequire(import.meta.url);
const Module = require('node:module') as {
  _resolveFilename: (request: string, parent: unknown, ...rest: unknown[]) => string;
};

const TARGETS: Record<string, string> = {
  react: 'react-19',
  'react/jsx-runtime': 'react-19/jsx-runtime',
  'react/jsx-dev-runtime': 'react-19/jsx-dev-runtime',
  'react-dom': 'react-dom-19',
  'react-dom/client': 'react-dom-19/client',
  'react-dom/server': 'react-dom-19/server',
  'react-dom/test-utils': 'react-dom-19/test-utils',
};
const resolved = Object.fromEntries(Object.entries(TARGETS).map(([from, to]) => [from, require.resolve(to)]));

const original = Module._resolveFilename;
Module._resolveFilename = function resolveReact19(request, parent, ...rest) {
  const target = resolved[request];
  return target ?? original.call(this, request, parent, ...rest);
};

// The project must really run on React 19; a broken alias would silently test 18 again.
const React = require('react') as { version: string };
const ReactDom = require('react-dom') as { version: string };
beforeAll(async () => {
  const esm = await import('react');
  expect(React.version).toMatch(/^19\./);
  expect(ReactDom.version).toMatch(/^19\./);
  expect(esm.version).toMatch(/^19\./);
});
