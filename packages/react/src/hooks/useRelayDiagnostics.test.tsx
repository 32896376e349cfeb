import { createDiagnosticsStore } from '@call-diagnostics/core';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRelayDiagnostics } from './useRelayDiagnostics.js';

describe('useRelayDiagnostics', () => {
  it('works with a store argument outside a provider', () => {
    const store = createDiagnosticsStore();
    const { result } = renderHook(() => useRelayDiagnostics(store));
    expect(result.current.status).toBe('reachable');
    act(() =>
      store.dispatch({
        type: 'diagnosticChanged',
        at: 1,
        area: 'network',
        diagnostic: 'networkRelaysNotReachable',
        value: true,
      }),
    );
    expect(result.current).toMatchObject({ status: 'unreachable', since: 1, recommendedAction: 'fix-network' });
    act(() => store.dispatch({ type: 'callEnded', at: 2, code: 410, subCode: 3112 }));
    expect(result.current).toMatchObject({ status: 'failed', failed: true });
  });

  it('keeps the same object (no re-render) for events that do not change the relay', () => {
    const store = createDiagnosticsStore();
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useRelayDiagnostics(store);
    });
    const first = result.current;
    act(() => {
      for (let i = 0; i < 100; i += 1) {
        store.dispatch({
          type: 'diagnosticChanged',
          at: i,
          area: 'network',
          diagnostic: 'networkSendQuality',
          value: (i % 3) + 1,
        });
      }
    });
    expect(result.current).toBe(first);
    expect(renders).toBe(1);
  });

  it('throws a clear error outside a provider without a store', () => {
    expect(() => renderHook(() => useRelayDiagnostics())).toThrow(/CallDiagnosticsProvider/);
  });
});
