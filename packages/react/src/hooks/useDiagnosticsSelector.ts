import type { DiagnosticsState } from '@call-diagnostics/core';
import { shallowEqual } from '@call-diagnostics/core/internal';
import { useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext, type DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';

/**
 * The one `useSyncExternalStore` wrapper every hook is built on. Re-renders only when the selected value changes
 * (by `equal`, shallow by default), so a storm of events that leave the selection alone costs no render.
 *
 * "An argument beats the context": pass `source` to use it outside a provider.
 */
export function useDiagnosticsSelector<T>(
  selector: (state: DiagnosticsState) => T,
  source?: DiagnosticsSourceLike,
  equal: (a: T, b: T) => boolean = shallowEqual,
): T {
  const context = useContext(CallDiagnosticsContext);
  const resolved = source ?? context?.diagnostics;
  if (!resolved) {
    throw new Error(
      'useDiagnosticsSelector: no diagnostics. Render inside <CallDiagnosticsProvider>, or pass a store (createDiagnosticsStore() or createCallDiagnostics()).',
    );
  }
  const cache = useRef<{ state: DiagnosticsState; selector: unknown; value: T } | undefined>(undefined);
  const getSelection = useCallback((): T => {
    const state = resolved.getSnapshot();
    const previous = cache.current;
    if (previous && previous.state === state && previous.selector === selector) return previous.value;
    const next = selector(state);
    if (previous && equal(previous.value, next)) {
      cache.current = { state, selector, value: previous.value };
      return previous.value;
    }
    cache.current = { state, selector, value: next };
    return next;
  }, [resolved, selector, equal]);
  const subscribe = useCallback((listener: () => void) => resolved.subscribe(listener), [resolved]);
  return useSyncExternalStore(subscribe, getSelection, getSelection);
}
