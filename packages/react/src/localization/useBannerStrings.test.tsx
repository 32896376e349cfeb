import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallDiagnosticsContextValue } from '../context/CallDiagnosticsContext.js';

// The banner's strings, in the chunk every call screen loads: the locale tree and rules (callLocaleTree.ts) are fetched
// only for a locale tag. Fresh modules per test, so nothing has registered the tree yet (as in an app whose code
// imports none of it).
async function fresh() {
  vi.resetModules();
  const { useBannerStrings } = await import('./useBannerStrings.js');
  const { callLocaleChunk } = await import('./callLocaleChunk.js');
  const { CallDiagnosticsContext } = await import('../context/CallDiagnosticsContext.js');
  const { deDE } = await import('./locales/de-DE.js');
  const render = (context: Partial<CallDiagnosticsContextValue>) =>
    renderHook(() => useBannerStrings(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <CallDiagnosticsContext.Provider value={context as CallDiagnosticsContextValue}>
          {children}
        </CallDiagnosticsContext.Provider>
      ),
    });
  return { render, load: vi.spyOn(callLocaleChunk, 'load'), deDE };
}

afterEach(() => vi.restoreAllMocks());

describe('useBannerStrings', () => {
  it('no locale, or a locale object: its words at once, the overrides over them, nothing fetched', async () => {
    const { render, load, deDE } = await fresh();
    const plain = render({ locale: undefined, overrides: { banner: { retry: 'Again' } } }).result.current;
    expect(plain?.banner.retry).toBe('Again');
    expect(plain?.banner.checkNetwork).toBe('Check your network');
    expect(plain).not.toHaveProperty('panel');
    const german = render({ locale: deDE }).result.current;
    expect(german?.banner.retry).toBe(deDE.banner.retry);
    expect(german).not.toHaveProperty('report');
    expect(load).not.toHaveBeenCalled();
  });

  it('a tag: nothing until the locale rules have arrived, then the language (only the banner’s keys)', async () => {
    const { render, load, deDE } = await fresh();
    const { result } = render({ locale: 'de' });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.banner.retry).toBe(deDE.banner.retry));
    expect(load).toHaveBeenCalled();
    expect(result.current).not.toHaveProperty('panel');
  });
});
