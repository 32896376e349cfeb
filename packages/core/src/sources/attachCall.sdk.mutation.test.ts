import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectEvents } from '../../test/collectEvents.js';
import { attachCall } from './attachCall.js';
import { loadSdkFeatures } from './sdkFeatures.js';
import type { CallLike } from './types.js';

// The SDK module, replaced: its `Features` can be taken away to make the default loader fail.
const REAL_UFD_FACTORY = vi.hoisted(() => ({ real: 'UserFacingDiagnostics' }));
const sdk = vi.hoisted(() => ({ hasFeatures: true }));
vi.mock('@azure/communication-calling', () => ({
  get Features() {
    return sdk.hasFeatures ? { UserFacingDiagnostics: REAL_UFD_FACTORY } : undefined;
  },
}));

const AT = 3;
const now = () => AT;
const STAND_IN = { name: 'UserFacingDiagnostics' };

// The SDK comes in through a runtime import() of a variable: wait for that same import, then one task more.
const flush = async () => {
  await loadSdkFeatures().catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
};

/** A call double whose `feature()` answers the factories `accepts` allows, and records what it was asked. */
function callDouble(accepts: (factory: unknown) => boolean, refuse: 'throw' | 'undefined' = 'throw') {
  const asked: unknown[] = [];
  const listeners = new Set<unknown>();
  const network = {
    getLatest: () => ({ noNetwork: { value: true } }),
    on: (_: string, fn: unknown) => listeners.add(fn),
    off: (_: string, fn: unknown) => listeners.delete(fn),
  };
  const call = {
    id: 'c-1',
    state: 'Connected',
    on() {},
    off() {},
    feature(factory: unknown) {
      asked.push(factory);
      if (!accepts(factory)) {
        if (refuse === 'throw') throw new TypeError('Unknown feature factory');
        return undefined;
      }
      return { network };
    },
  };
  return { call: call as unknown as CallLike, asked, listeners };
}

const collect = collectEvents;

const initialNoNetwork = {
  type: 'diagnosticChanged',
  at: AT,
  area: 'network',
  diagnostic: 'noNetwork',
  value: true,
  initial: true,
};

afterEach(() => {
  sdk.hasFeatures = true;
  vi.unstubAllGlobals();
});

describe('loadSdkFeatures', () => {
  it('gives the SDK’s Features', async () => {
    await expect(loadSdkFeatures()).resolves.toEqual({ UserFacingDiagnostics: REAL_UFD_FACTORY });
  });

  it('rejects when the SDK module has no Features', async () => {
    sdk.hasFeatures = false;
    await expect(loadSdkFeatures()).rejects.toThrow(new Error('the SDK has no Features'));
  });
});

describe('attachCall without features or a loader, in Node', () => {
  it('a call that takes the stand-in is followed once: the SDK is not loaded on top', async () => {
    const { call, asked, listeners } = callDouble(() => true);
    const { events, sink } = collect();
    attachCall(call, sink, { now });
    await flush();
    expect(asked).toEqual([STAND_IN]);
    expect(listeners.size).toBe(1);
    expect(events.slice(1)).toEqual([initialNoNetwork]);
  });

  it.each(['throw', 'undefined'] as const)(
    'a call that refuses the stand-in (%s): nothing said at once, then the SDK’s factory is used',
    async (refuse) => {
      const { call, asked } = callDouble((factory) => factory === REAL_UFD_FACTORY, refuse);
      const { events, sink } = collect();
      attachCall(call, sink, { now });
      expect(events.map((e) => e.type)).toEqual(['attached']);
      await flush();
      expect(asked).toEqual([STAND_IN, REAL_UFD_FACTORY]);
      expect(events.slice(1)).toEqual([initialNoNetwork]);
    },
  );

  it('the stand-in refused and the SDK without Features: one issue, the stand-in is not asked again', async () => {
    sdk.hasFeatures = false;
    const { call, asked } = callDouble((factory) => factory === REAL_UFD_FACTORY);
    const { events, sink } = collect();
    attachCall(call, sink, { now });
    await flush();
    expect(asked).toEqual([STAND_IN]);
    expect(events.slice(1)).toEqual([
      {
        type: 'sourceIssue',
        at: AT,
        reason: 'ufd-feature-unavailable',
        detail: 'could not load the SDK: the SDK has no Features',
      },
    ]);
  });
});

describe('attachCall without features or a loader, in a browser', () => {
  it('the SDK is loaded first (the stand-in is not tried), then its factory is used', async () => {
    vi.stubGlobal('MediaStream', class {});
    const { call, asked } = callDouble(() => true);
    const { events, sink } = collect();
    attachCall(call, sink, { now });
    expect(asked).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['attached']);
    await flush();
    expect(asked).toEqual([REAL_UFD_FACTORY]);
    expect(events.slice(1)).toEqual([initialNoNetwork]);
  });

  it('the SDK without Features: the issue, then the stand-in as a last try', async () => {
    vi.stubGlobal('MediaStream', class {});
    sdk.hasFeatures = false;
    const { call, asked } = callDouble(() => true);
    const { events, sink } = collect();
    attachCall(call, sink, { now });
    await flush();
    expect(asked).toEqual([STAND_IN]);
    expect(events.slice(1)).toEqual([
      {
        type: 'sourceIssue',
        at: AT,
        reason: 'ufd-feature-unavailable',
        detail: 'could not load the SDK: the SDK has no Features',
      },
      initialNoNetwork,
    ]);
  });
});
