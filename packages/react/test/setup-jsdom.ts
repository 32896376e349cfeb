import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installLayoutStubs } from './layoutStubs.js';

installLayoutStubs();

afterEach(() => cleanup());

// The provider fetches its banner and toast as a separate chunk when it mounts; load it up front, as an app that
// calls preloadCallDiagnosticsUi() does, so tests can assert synchronously. The deferred path itself is tested in
// packages/react/src/provider/deferredSurfaces.test.tsx.
if (typeof window !== 'undefined') {
  const { preloadCallDiagnosticsUi } = await import('../src/provider/deferredSurfaces.js');
  await preloadCallDiagnosticsUi();
}
