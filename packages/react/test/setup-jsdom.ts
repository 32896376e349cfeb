import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Fluent's MessageBar and Drawer measure themselves; jsdom has no ResizeObserver or matchMedia.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

afterEach(() => cleanup());

// The provider fetches its banner and toast as a separate chunk when it mounts; load it up front, as an app that
// calls preloadCallDiagnosticsUi() does, so tests can assert synchronously. The deferred path itself is tested in
// packages/react/src/provider/deferredSurfaces.test.tsx.
if (typeof window !== 'undefined') {
  const { preloadCallDiagnosticsUi } = await import('../src/provider/deferredSurfaces.js');
  await preloadCallDiagnosticsUi();
}
