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
  it('accepts the smallest bounds (flapWindowMs 0, timelineLimit 1) and refuses the next ones down', () => {
    expect(() => createDiagnosticsStore({ flapWindowMs: 0, timelineLimit: 1 })).not.toThrow();
    expect(() => createDiagnosticsStore({ timelineLimit: 0 })).toThrow(/timelineLimit/);
    expect(() => createDiagnosticsStore({ flapWindowMs: Number.NaN })).toThrow(RangeError);
  });
  it('a throwing listener goes to console.error by default', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const store = createDiagnosticsStore();
      const boom = new Error('boom');
      store.subscribe(() => {
        throw boom;
      });
      store.dispatch(quality(2));
      expect(error).toHaveBeenCalledWith(boom);
    } finally {
      error.mockRestore();
    }
  });
  it('a listener that disposes the store stops the round: an event it queued is not reduced', () => {
    const store = createDiagnosticsStore();
    store.subscribe(() => {
      store.dispatch(quality(3));
      store.dispose();
    });
    store.dispatch(quality(2));
    expect(store.getSnapshot().network.networkSendQuality?.value).toBe(2);
  });
  it('ignores a dispatch of nothing (no throw, no change)', () => {
    const store = createDiagnosticsStore();
    const before = store.getSnapshot();
    expect(() => store.dispatch(undefined as never)).not.toThrow();
    expect(() => store.dispatch(null as never)).not.toThrow();
    expect(store.getSnapshot()).toBe(before);
  });
});

describe("createDiagnosticsStore: other participants' diagnostics (the remote family's reducers, fetched on the first remote event)", () => {
  const remote = (at: number, participantId: string) =>
    ({
      type: 'remoteDiagnosticsChanged',
      at,
      diagnostics: [{ participantId, diagnostic: 'networkReceiveQuality', value: 3 }],
    }) as const;
  const left = (at: number, participantId: string) => ({ type: 'participantLeft', at, participantId }) as const;
  /** A store from a fresh copy of the module: the reducers not fetched yet. */
  async function freshStore() {
    vi.resetModules();
    const module = await import('./createDiagnosticsStore.js');
    return { module, store: module.createDiagnosticsStore() };
  }
  const people = (store: { getSnapshot(): { remote: object } }) => Object.keys(store.getSnapshot().remote);

  it('the first remote events wait for the reducers, then apply in order; later ones, and a new store, apply at once', async () => {
    const { module, store } = await freshStore();
    store.dispatch(remote(1, 'p-1'));
    store.dispatch(remote(2, 'p-2'));
    store.dispatch(left(3, 'p-1'));
    expect(people(store)).toEqual([]);
    await vi.dynamicImportSettled();
    expect(people(store)).toEqual(['p-2']);
    store.dispatch(remote(4, 'p-3'));
    expect(people(store)).toEqual(['p-2', 'p-3']);
    const next = module.createDiagnosticsStore();
    next.dispatch(remote(5, 'p-4'));
    expect(people(next)).toEqual(['p-4']);
  });

  it('a participant who left is removed once the reducers are there, also when that is the first remote event', async () => {
    const { store } = await freshStore();
    store.dispatch(left(1, 'nobody'));
    await vi.dynamicImportSettled();
    store.dispatch(remote(2, 'p-1'));
    expect(people(store)).toEqual(['p-1']);
    store.dispatch(left(3, 'p-1'));
    expect(people(store)).toEqual([]);
  });

  it('other events are reduced at once while remote ones wait, and do not drop them', async () => {
    const { store } = await freshStore();
    store.dispatch(remote(1, 'p-1'));
    store.dispatch(quality(2, 2));
    expect(store.getSnapshot().network.networkSendQuality?.value).toBe(2);
    await vi.dynamicImportSettled();
    expect(people(store)).toEqual(['p-1']);
  });

  it('a reset while the reducers download drops what waited (the last call’s); what came after the reset applies', async () => {
    const { store } = await freshStore();
    store.dispatch(remote(1, 'old'));
    store.dispatch({ type: 'reset', at: 2 });
    store.dispatch(remote(3, 'new'));
    await vi.dynamicImportSettled();
    expect(people(store)).toEqual(['new']);
  });

  it('after dispose a waiting remote event changes nothing', async () => {
    const { store } = await freshStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch(remote(1, 'p-1'));
    store.dispose();
    await vi.dynamicImportSettled();
    expect(people(store)).toEqual([]);
    expect(listener).not.toHaveBeenCalled();
  });
});
