import { createFakeCall } from '@call-diagnostics/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { collectEvents } from '../../test/collectEvents.js';
import type { DiagnosticEvent } from '../events.js';
import { attachCall } from './attachCall.js';
import { loadSdkFeatures } from './sdkFeatures.js';
import type { CallLike } from './types.js';

const AT = 7;
const now = () => AT;

const collect = collectEvents;

type Handler = (...args: unknown[]) => void;

/** A UFD emitter double that records its subscriptions; `keep` makes `off` a no-op (an SDK that holds on). */
function emitterDouble(latest: () => object = () => ({})) {
  const handlers: Handler[] = [];
  const log: string[] = [];
  return {
    handlers,
    log,
    getLatest: latest,
    on: (event: string, fn: Handler) => {
      log.push(`on ${event}`);
      handlers.push(fn);
    },
    off: (event: string, fn: Handler) => {
      log.push(`off ${event}`);
      const i = handlers.indexOf(fn);
      if (i >= 0) handlers.splice(i, 1);
    },
    fire: (args: unknown) => {
      for (const fn of [...handlers]) fn(args);
    },
  };
}

/** A raw `Call` double: `feature()` answers whatever `feature` gives; `keep` makes its `off` a no-op. */
function callDouble(
  options: {
    id?: () => unknown;
    state?: () => unknown;
    callEndReason?: () => unknown;
    info?: unknown;
    feature?: (factory: unknown) => unknown;
    keep?: boolean;
    onThrows?: string;
  } = {},
) {
  const handlers = new Map<string, Handler[]>();
  const log: [string, string, Handler][] = [];
  const call = {
    get id() {
      return options.id ? options.id() : 'c-1';
    },
    get state() {
      return options.state ? options.state() : 'Connected';
    },
    get callEndReason() {
      return options.callEndReason?.();
    },
    info: 'info' in options ? options.info : { participantId: 'p-1' },
    feature: options.feature ?? (() => undefined),
    on: (event: string, fn: Handler) => {
      if (options.onThrows === event) throw new Error(`cannot subscribe to ${event}`);
      log.push(['on', event, fn]);
      handlers.set(event, [...(handlers.get(event) ?? []), fn]);
    },
    off: (event: string, fn: Handler) => {
      log.push(['off', event, fn]);
      if (!options.keep)
        handlers.set(
          event,
          (handlers.get(event) ?? []).filter((h) => h !== fn),
        );
    },
  };
  const fire = (event: string) => {
    for (const fn of handlers.get(event) ?? []) fn();
  };
  return { call: call as unknown as CallLike, log, fire, handlers };
}

const features = { UserFacingDiagnostics: { factory: true } };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('attachCall rejects what is not a call, with the exact message', () => {
  const msg = (got: string) => `attachCall: expected the SDK's Call (with on, off and feature), got ${got}`;
  it.each([
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a number', 42, 'number'],
    ['a function with on, off and feature', Object.assign(() => {}, { on() {}, off() {}, feature() {} }), 'function'],
    ['on that is not a function', { on: 1, off() {}, feature() {} }, 'object'],
    ['off that is not a function', { on() {}, off: 1, feature() {} }, 'object'],
    ['no feature', { on() {}, off() {} }, 'object'],
  ])('%s', (_, value, got) => {
    expect(() => attachCall(value as never, () => {})).toThrow(new TypeError(msg(got)));
  });

  it('a sink that is not a function', () => {
    expect(() => attachCall(createFakeCall(), 'sink' as never)).toThrow(
      new TypeError('attachCall: the second argument must be an event sink function'),
    );
  });
});

describe('attachCall: the events, exactly', () => {
  it('attached carries id, participant and state; the initial UFDs of both areas follow, numbers included', () => {
    const call = createFakeCall({
      id: 'c-9',
      participantId: 'p-9',
      network: { networkReconnect: 2, noNetwork: false },
      media: { cameraFreeze: true },
    });
    const { events, sink } = collect();
    attachCall(call, sink, { now });
    expect(events).toEqual([
      { type: 'attached', at: AT, source: 'call', callId: 'c-9', participantId: 'p-9', state: 'Connected' },
      {
        type: 'diagnosticChanged',
        at: AT,
        area: 'network',
        diagnostic: 'networkReconnect',
        value: 2,
        initial: true,
      },
      { type: 'diagnosticChanged', at: AT, area: 'network', diagnostic: 'noNetwork', value: false, initial: true },
      { type: 'diagnosticChanged', at: AT, area: 'media', diagnostic: 'cameraFreeze', value: true, initial: true },
    ]);
    call.controls.raiseMedia('microphoneNotFunctioning', true);
    expect(events.at(-1)).toEqual({
      type: 'diagnosticChanged',
      at: AT,
      area: 'media',
      diagnostic: 'microphoneNotFunctioning',
      value: true,
    });
  });

  it('a fake call: UFDs, id, state and the end in order; detach removes its 6 listeners, twice is safe', async () => {
    const call = createFakeCall();
    const before = call.controls.listenerCount();
    const { events, sink } = collect();
    const detach = attachCall(call, sink, { now });
    // stateChanged, idChanged, network, media and remote diagnosticChanged, remoteParticipantsUpdated.
    await vi.dynamicImportSettled(); // the others' diagnostics are followed once their code arrives
    expect(call.controls.listenerCount()).toBe(before + 6);
    call.controls.raiseNetwork('networkRelaysNotReachable', true);
    call.controls.raiseMedia('cameraFreeze', true);
    call.controls.changeId('c-2');
    call.controls.end({ code: 410, subCode: 3112 });
    expect(events.map((e) => e.type)).toEqual([
      'attached',
      'diagnosticChanged',
      'diagnosticChanged',
      'callIdChanged',
      'callStateChanged',
      'callStateChanged',
      'callEnded',
    ]);
    expect(events.at(-1)).toEqual({ type: 'callEnded', at: AT, callId: 'c-2', code: 410, subCode: 3112 });
    detach();
    detach();
    expect(call.controls.listenerCount()).toBe(before);
    call.controls.raiseNetwork('noNetwork', true);
    expect(events).toHaveLength(7);
  });

  it('an end that happened before attach is reported once, after the attached event', () => {
    const call = createFakeCall({ id: 'c-0' });
    call.controls.end({ code: 410, subCode: 3112 });
    const { events, sink } = collect();
    attachCall(call, sink, { now });
    expect(events.filter((e) => e.type !== 'diagnosticChanged')).toEqual([
      {
        type: 'attached',
        at: AT,
        source: 'call',
        callId: 'c-0',
        participantId: expect.any(String),
        state: 'Disconnected',
      },
      { type: 'callEnded', at: AT, callId: 'c-0', code: 410, subCode: 3112 },
    ]);
  });

  it('getLatest readings that are missing, null or not a flag or quality are skipped', () => {
    const network = emitterDouble(() => ({
      broken: null,
      empty: undefined,
      text: { value: 'yes' },
      noNetwork: { value: true },
      networkReconnect: { value: 3 },
    }));
    const { call } = callDouble({ feature: () => ({ network }) });
    const { events, sink } = collect();
    attachCall(call, sink, { now, features });
    expect(events.slice(1)).toEqual([
      { type: 'diagnosticChanged', at: AT, area: 'network', diagnostic: 'noNetwork', value: true, initial: true },
      {
        type: 'diagnosticChanged',
        at: AT,
        area: 'network',
        diagnostic: 'networkReconnect',
        value: 3,
        initial: true,
      },
    ]);
  });

  it('a throwing getLatest is a get-latest-threw issue naming the area and the message', () => {
    const network = emitterDouble(() => {
      throw new Error('disposed');
    });
    const media = emitterDouble(() => {
      throw 'gone';
    });
    const { call } = callDouble({ feature: () => ({ network, media }) });
    const { events, sink } = collect();
    attachCall(call, sink, { now, features });
    expect(events.slice(1)).toEqual([
      { type: 'sourceIssue', at: AT, reason: 'get-latest-threw', detail: 'network: disposed' },
      { type: 'sourceIssue', at: AT, reason: 'get-latest-threw', detail: 'media: gone' },
    ]);
    // Both are still followed.
    expect(network.handlers).toHaveLength(1);
    expect(media.handlers).toHaveLength(1);
  });

  it('diagnosticChanged payloads that are not objects are ignored without an issue', () => {
    const network = emitterDouble();
    const { call } = callDouble({ feature: () => ({ network }) });
    const { events, sink } = collect();
    attachCall(call, sink, { now, features });
    network.fire(undefined);
    network.fire(null);
    network.fire('noNetwork');
    network.fire({ diagnostic: 'noNetwork', value: true });
    expect(events.slice(1)).toEqual([
      { type: 'diagnosticChanged', at: AT, area: 'network', diagnostic: 'noNetwork', value: true },
    ]);
  });

  it('a state or id that cannot be read is not reported as a change', () => {
    let state: () => unknown = () => 'Connected';
    let id: () => unknown = () => 'c-1';
    const double = callDouble({ state: () => state(), id: () => id(), feature: () => ({ network: emitterDouble() }) });
    const { events, sink } = collect();
    attachCall(double.call, sink, { now, features });
    state = () => {
      throw new Error('disposed');
    };
    id = () => 42;
    double.fire('stateChanged');
    double.fire('idChanged');
    expect(events.slice(1)).toEqual([]);
    id = () => 'c-2';
    state = () => 'Disconnected';
    double.fire('idChanged');
    double.fire('stateChanged');
    double.fire('stateChanged');
    expect(events.slice(1)).toEqual([
      { type: 'callIdChanged', at: AT, callId: 'c-2' },
      { type: 'callStateChanged', at: AT, state: 'Disconnected' },
      { type: 'callEnded', at: AT, callId: 'c-2', code: undefined, subCode: undefined },
      // A repeated Disconnected is a state event, never a second end.
      { type: 'callStateChanged', at: AT, state: 'Disconnected' },
    ]);
  });

  it('a call without info still attaches (no participantId)', () => {
    const { call } = callDouble({ info: undefined, feature: () => ({ network: emitterDouble() }) });
    const { events, sink } = collect();
    attachCall(call, sink, { now, features });
    expect(events).toEqual([
      { type: 'attached', at: AT, source: 'call', callId: 'c-1', participantId: undefined, state: 'Connected' },
    ]);
  });
});

describe('attachCall: what feature() gives', () => {
  const unavailable = {
    type: 'sourceIssue',
    at: AT,
    reason: 'ufd-feature-unavailable',
    detail: 'call.feature(UserFacingDiagnostics) gave no network diagnostics',
  };
  const noOff = { getLatest: () => ({}), on() {} };
  const noOn = { getLatest: () => ({}), off() {} };
  const noGetLatest = { on() {}, off() {} };

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a function holding a network emitter', Object.assign(() => {}, { network: emitterDouble() })],
    ['no network', {}],
    ['a null network', { network: null }],
    ['a network without off', { network: noOff }],
    ['a network without on', { network: noOn }],
    ['a network without getLatest', { network: noGetLatest }],
  ])('%s: ufd-feature-unavailable, nothing subscribed', (_, feature) => {
    const double = callDouble({ feature: () => feature });
    const { events, sink } = collect();
    expect(() => attachCall(double.call, sink, { now, features })).not.toThrow();
    expect(events.slice(1)).toEqual([unavailable]);
    expect(double.log.map(([what, event]) => `${what} ${event}`)).toEqual(['on stateChanged', 'on idChanged']);
  });

  it.each([
    ['no media', undefined],
    ['a media without off', noOff],
    ['a media without on', noOn],
    ['a media without getLatest', noGetLatest],
  ])('%s: the network alone is followed, without an issue', (_, media) => {
    const network = emitterDouble();
    const double = callDouble({ feature: () => ({ network, media }) });
    const { events, sink } = collect();
    attachCall(double.call, sink, { now, features });
    expect(events.slice(1)).toEqual([]);
    expect(network.log).toEqual(['on diagnosticChanged']);
  });

  it('feature() throwing a non-Error: ufd-feature-threw with its text', () => {
    const double = callDouble({
      feature: () => {
        throw 'no such feature';
      },
    });
    const { events, sink } = collect();
    attachCall(double.call, sink, { now, features });
    expect(events.slice(1)).toEqual([
      { type: 'sourceIssue', at: AT, reason: 'ufd-feature-threw', detail: 'no such feature' },
    ]);
  });
});

describe('attachCall: subscriptions and detach', () => {
  it('adds stateChanged, idChanged and the two UFD listeners, and removes the same functions, newest first', () => {
    const network = emitterDouble();
    const media = emitterDouble();
    const double = callDouble({ feature: () => ({ network, media }) });
    const detach = attachCall(double.call, () => {}, { now, features });
    const [onState, onId] = double.log;
    expect(double.log.map(([w, e]) => `${w} ${e}`)).toEqual(['on stateChanged', 'on idChanged']);
    detach();
    detach();
    expect(double.log.slice(2)).toEqual([
      ['off', 'idChanged', onId?.[2]],
      ['off', 'stateChanged', onState?.[2]],
    ]);
    expect(network.log).toEqual(['on diagnosticChanged', 'off diagnosticChanged']);
    expect(media.log).toEqual(['on diagnosticChanged', 'off diagnosticChanged']);
  });

  it('a stateChanged subscription that throws: subscribe-threw, and idChanged is not subscribed', () => {
    const double = callDouble({ onThrows: 'stateChanged', feature: () => ({ network: emitterDouble() }) });
    const { events, sink } = collect();
    attachCall(double.call, sink, { now, features });
    expect(events.slice(1)).toEqual([
      { type: 'sourceIssue', at: AT, reason: 'subscribe-threw', detail: 'cannot subscribe to stateChanged' },
    ]);
    expect(double.log).toEqual([]);
  });

  it('an SDK that keeps calling a handler after off: nothing reaches the sink after detach', () => {
    let state = 'Connected';
    const network = emitterDouble();
    network.off = () => {};
    const double = callDouble({ keep: true, state: () => state, feature: () => ({ network }) });
    const { events, sink } = collect();
    const detach = attachCall(double.call, sink, { now, features });
    detach();
    state = 'Disconnected';
    double.fire('stateChanged');
    double.fire('idChanged');
    network.fire({ diagnostic: 'noNetwork', value: true });
    expect(events.map((e) => e.type)).toEqual(['attached']);
  });

  it('a sink that detaches on the Disconnected state gets no callEnded after it', () => {
    let state = 'Connected';
    const double = callDouble({ state: () => state, feature: () => ({ network: emitterDouble() }) });
    const events: DiagnosticEvent[] = [];
    const detach = attachCall(
      double.call,
      (event) => {
        events.push(event);
        if (event.type === 'callStateChanged') detach();
      },
      { now, features },
    );
    state = 'Disconnected';
    double.fire('stateChanged');
    expect(events.map((e) => e.type)).toEqual(['attached', 'callStateChanged']);
  });
});

describe('attachCall: finding the UFD feature', () => {
  const flush = async () => {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };

  it('the load failing: ufd-feature-unavailable with the reason, then the stand-in factory is tried', async () => {
    const factories: unknown[] = [];
    const network = emitterDouble();
    const double = callDouble({
      feature: (factory) => {
        factories.push(factory);
        return { network };
      },
    });
    const { events, sink } = collect();
    attachCall(double.call, sink, { now, loadFeatures: () => Promise.reject(new Error('offline')) });
    await flush();
    expect(events.slice(1)).toEqual([
      { type: 'sourceIssue', at: AT, reason: 'ufd-feature-unavailable', detail: 'could not load the SDK: offline' },
    ]);
    expect(factories).toEqual([{ name: 'UserFacingDiagnostics' }]);
    expect(network.handlers).toHaveLength(1);
  });

  it('detached before the load fails: the call is not touched', async () => {
    let reject: (error: unknown) => void = () => {};
    const feature = vi.fn(() => ({ network: emitterDouble() }));
    const double = callDouble({ feature });
    const { events, sink } = collect();
    const detach = attachCall(double.call, sink, {
      now,
      loadFeatures: () => new Promise((_, no) => (reject = no)),
    });
    detach();
    reject(new Error('offline'));
    await flush();
    expect(feature).not.toHaveBeenCalled();
    expect(events.map((e) => e.type)).toEqual(['attached']);
  });

  it('detached before the load succeeds: the call is not touched', async () => {
    let resolve: (given: typeof features) => void = () => {};
    const feature = vi.fn(() => ({ network: emitterDouble() }));
    const double = callDouble({ feature });
    const { events, sink } = collect();
    const detach = attachCall(double.call, sink, { now, loadFeatures: () => new Promise((yes) => (resolve = yes)) });
    detach();
    resolve(features);
    await flush();
    expect(feature).not.toHaveBeenCalled();
    expect(events.map((e) => e.type)).toEqual(['attached']);
  });

  it('with loadFeatures, the loader is used even in Node, and its factory is the one given to feature()', async () => {
    const factories: unknown[] = [];
    const double = callDouble({
      feature: (factory) => {
        factories.push(factory);
        return { network: emitterDouble(() => ({ noNetwork: { value: true } })) };
      },
    });
    const loadFeatures = vi.fn(async () => features);
    const { events, sink } = collect();
    attachCall(double.call, sink, { now, loadFeatures });
    expect(factories).toEqual([]);
    await flush();
    expect(loadFeatures).toHaveBeenCalledOnce();
    expect(factories).toEqual([features.UserFacingDiagnostics]);
    expect(events.slice(1)).toEqual([
      { type: 'diagnosticChanged', at: AT, area: 'network', diagnostic: 'noNetwork', value: true, initial: true },
    ]);
  });

  it('given features: only that factory is asked for, at once', () => {
    const factories: unknown[] = [];
    const double = callDouble({
      feature: (factory) => {
        factories.push(factory);
        return { network: emitterDouble() };
      },
    });
    attachCall(double.call, () => {}, { now, features });
    expect(factories).toEqual([features.UserFacingDiagnostics]);
  });

  it('in Node without features or a loader: a call that takes the stand-in is followed at once, quietly', () => {
    expect(typeof (globalThis as { MediaStream?: unknown }).MediaStream).toBe('undefined');
    const factories: unknown[] = [];
    const double = callDouble({
      feature: (factory) => {
        factories.push(factory);
        return { network: emitterDouble(() => ({ noNetwork: { value: true } })) };
      },
    });
    const { events, sink } = collect();
    const detach = attachCall(double.call, sink, { now });
    expect(factories).toEqual([{ name: 'UserFacingDiagnostics' }]);
    expect(events.slice(1)).toEqual([
      { type: 'diagnosticChanged', at: AT, area: 'network', diagnostic: 'noNetwork', value: true, initial: true },
    ]);
    detach();
  });
});

describe('attachCall without features or a loader: the SDK’s own Features (the SDK module replaced)', () => {
  // The SDK's own factory, as `import { Features } from '@azure/communication-calling'` would give it; its `Features`
  // can be taken away to make the default loader fail. The real SDK cannot load in Node (sdkFeatures.test.ts).
  const SDK = '@azure/communication-calling';
  const REAL_UFD_FACTORY = { real: 'UserFacingDiagnostics' };
  const STAND_IN = { name: 'UserFacingDiagnostics' };
  const sdk = { hasFeatures: true };

  beforeAll(() => {
    vi.doMock(SDK, () => ({
      get Features() {
        return sdk.hasFeatures ? { UserFacingDiagnostics: REAL_UFD_FACTORY } : undefined;
      },
    }));
  });
  afterEach(() => {
    sdk.hasFeatures = true;
  });
  afterAll(() => {
    vi.doUnmock(SDK);
  });

  // The SDK comes in through a runtime import() of a variable (bundlers must not follow it), which takes Vitest's
  // module runner more than one task: wait for that same import, then one task more.
  const flushSdk = async () => {
    await loadSdkFeatures().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  /** A call double whose `feature()` answers the factories `accepts` allows, and records what it was asked. */
  function sdkCallDouble(accepts: (factory: unknown) => boolean, refuse: 'throw' | 'undefined' = 'throw') {
    const asked: unknown[] = [];
    const network = emitterDouble(() => ({ noNetwork: { value: true } }));
    const double = callDouble({
      feature(factory) {
        asked.push(factory);
        if (accepts(factory)) return { network };
        if (refuse === 'throw') throw new TypeError('Unknown feature factory');
        return undefined;
      },
    });
    return { call: double.call, asked, network };
  }

  const initialNoNetwork = {
    type: 'diagnosticChanged',
    at: AT,
    area: 'network',
    diagnostic: 'noNetwork',
    value: true,
    initial: true,
  };
  const noFeatures = {
    type: 'sourceIssue',
    at: AT,
    reason: 'ufd-feature-unavailable',
    detail: 'could not load the SDK: the SDK has no Features',
  };

  describe('in Node', () => {
    it('a call that takes the stand-in is followed once: the SDK is not loaded on top', async () => {
      const { call, asked, network } = sdkCallDouble(() => true);
      const { events, sink } = collect();
      attachCall(call, sink, { now });
      await flushSdk();
      expect(asked).toEqual([STAND_IN]);
      expect(network.handlers).toHaveLength(1);
      expect(events.slice(1)).toEqual([initialNoNetwork]);
    });

    it.each(['throw', 'undefined'] as const)(
      'a call that refuses the stand-in (%s): nothing said at once, then the SDK’s factory is used until detach',
      async (refuse) => {
        const { call, asked, network } = sdkCallDouble((factory) => factory === REAL_UFD_FACTORY, refuse);
        const { events, sink } = collect();
        const detach = attachCall(call, sink, { now });
        expect(events.map((e) => e.type)).toEqual(['attached']);
        await flushSdk();
        expect(asked).toEqual([STAND_IN, REAL_UFD_FACTORY]);
        expect(events.slice(1)).toEqual([initialNoNetwork]);
        expect(network.handlers).toHaveLength(1);
        detach();
        expect(network.handlers).toHaveLength(0);
      },
    );

    it('the stand-in refused and the SDK without Features: one issue, the stand-in is not asked again', async () => {
      sdk.hasFeatures = false;
      const { call, asked } = sdkCallDouble((factory) => factory === REAL_UFD_FACTORY);
      const { events, sink } = collect();
      attachCall(call, sink, { now });
      await flushSdk();
      expect(asked).toEqual([STAND_IN]);
      expect(events.slice(1)).toEqual([noFeatures]);
    });
  });

  describe('in a browser', () => {
    it('the SDK is loaded first (the stand-in is not tried), then its factory is used', async () => {
      vi.stubGlobal('MediaStream', class {});
      const { call, asked } = sdkCallDouble(() => true);
      const { events, sink } = collect();
      attachCall(call, sink, { now });
      expect(asked).toEqual([]);
      expect(events.map((e) => e.type)).toEqual(['attached']);
      await flushSdk();
      expect(asked).toEqual([REAL_UFD_FACTORY]);
      expect(events.slice(1)).toEqual([initialNoNetwork]);
    });

    it('the SDK without Features: the issue, then the stand-in as a last try', async () => {
      vi.stubGlobal('MediaStream', class {});
      sdk.hasFeatures = false;
      const { call, asked } = sdkCallDouble(() => true);
      const { events, sink } = collect();
      attachCall(call, sink, { now });
      await flushSdk();
      expect(asked).toEqual([STAND_IN]);
      expect(events.slice(1)).toEqual([noFeatures, initialNoNetwork]);
    });
  });
});
