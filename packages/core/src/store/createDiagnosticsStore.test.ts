import { describe, expect, it, vi } from 'vitest';
import { createDiagnosticsStore } from './createDiagnosticsStore.js';

const quality = (value: number, at = 1) =>
  ({ type: 'diagnosticChanged', at, area: 'network', diagnostic: 'networkSendQuality', value }) as const;

describe('createDiagnosticsStore', () => {
  it('notifies only when the snapshot changes', () => {
    const store = createDiagnosticsStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch(quality(2));
    store.dispatch(quality(2));
    store.dispatch(quality(3));
    expect(listener).toHaveBeenCalledTimes(2);
  });
  it('unsubscribe removes exactly that listener', () => {
    const store = createDiagnosticsStore();
    const a = vi.fn();
    const b = vi.fn();
    const offA = store.subscribe(a);
    store.subscribe(b);
    offA();
    offA();
    store.dispatch(quality(2));
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledOnce();
  });
  it('queues events dispatched from a listener', () => {
    const store = createDiagnosticsStore();
    const seen: number[] = [];
    store.subscribe(() => {
      const value = store.getSnapshot().network.networkSendQuality?.value as number;
      seen.push(value);
      if (value === 2) store.dispatch(quality(3));
    });
    store.dispatch(quality(2));
    expect(seen).toEqual([2, 3]);
  });
  it('a throwing listener does not stop the others', () => {
    const errors: unknown[] = [];
    const store = createDiagnosticsStore({ onListenerError: (e) => errors.push(e) });
    const ok = vi.fn();
    store.subscribe(() => {
      throw new Error('boom');
    });
    store.subscribe(ok);
    store.dispatch(quality(2));
    expect(ok).toHaveBeenCalledOnce();
    expect(errors).toHaveLength(1);
  });
  it('does nothing after dispose', () => {
    const store = createDiagnosticsStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispose();
    const before = store.getSnapshot();
    store.dispatch(quality(2));
    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    expect(store.disposed).toBe(true);
  });
  it('rejects bad options and listeners with clear errors', () => {
    expect(() => createDiagnosticsStore({ flapWindowMs: -1 })).toThrow(/flapWindowMs/);
    expect(() => createDiagnosticsStore().subscribe(42 as never)).toThrow(/expects a function/);
  });
});
