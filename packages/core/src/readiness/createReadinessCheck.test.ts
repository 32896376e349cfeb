// createReadinessCheck: option validation, the five checks run together through the kit's fakes, and the run's
// life: its snapshots and result, the cap (default, timeoutMs, standing still during a prompt), abort, joined runs and
// subscribers. Each check alone: checks.test.ts; the verdict: readinessVerdict.test.ts; the cap's clock: deadline.test.ts.
import { createFakeRelayPeerConnection, type FakeRelayBehaviour } from '@call-diagnostics/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from '../history/outcomeHistory.js';
import { createReadinessCheck } from './createReadinessCheck.js';
import { createReadinessTelemetryRecord } from './telemetry.js';
import type { ReadinessCheckResult, ReadinessPlatform, ReadinessResult } from './types.js';

const TURN = [
  { urls: ['turn:relay.test:3478', 'turn:relay.test:443?transport=tcp'], username: 'u-123', credential: 'c-456' },
];

/** A platform where everything answers at once, relays through the kit's fake peer connection. */
function scene(over: Partial<ReadinessPlatform> & { relay?: (url: string) => FakeRelayBehaviour } = {}) {
  const pc = createFakeRelayPeerConnection(over.relay ?? (() => ({ kind: 'reachable', afterMs: 5 })));
  const fetch = vi.fn(async () => ({ body: null }));
  const p: ReadinessPlatform = {
    RTCPeerConnection: pc.RTCPeerConnection,
    fetch,
    permissions: { query: async () => ({ state: 'granted' }) },
    mediaDevices: {
      enumerateDevices: async () => [{ kind: 'audioinput' }, { kind: 'videoinput' }, { kind: 'audiooutput' }],
    },
    ...over,
  };
  return { platform: p, pc, fetch };
}

const byId = (result: ReadinessResult, id: ReadinessCheckResult['id']) =>
  result.checks.find((c) => c.id === id) as ReadinessCheckResult;

function callClient(info: unknown, dm: unknown = fakeDeviceManager()) {
  return {
    feature: vi.fn(() => ({ getEnvironmentInfo: async () => info })),
    getDeviceManager: vi.fn(async () => dm),
  };
}

function fakeDeviceManager(over: Record<string, unknown> = {}) {
  return {
    isSpeakerSelectionAvailable: true,
    getMicrophones: async () => [{ name: 'Mic of Alice' }],
    getCameras: async () => [{ name: 'Cam' }],
    getSpeakers: async () => [{ name: 'Spk' }, { name: 'Spk2' }],
    askDevicePermission: vi.fn(async () => ({ audio: true, video: true })),
    ...over,
  };
}

const SUPPORTED = {
  environment: { platform: 'Windows', browser: 'Edge', browserVersion: '140' },
  isSupportedPlatform: true,
  isSupportedBrowser: true,
  isSupportedBrowserVersion: true,
  isSupportedEnvironment: true,
};
const FEATURES = { DebugInfo: { name: 'DebugInfo' } };

const IDS = ['environment', 'devices', 'relays', 'signalling', 'history'] as const;

/** A platform whose permissions, devices and fetch answer at once (no relays). */
function platform(over: Partial<ReadinessPlatform> = {}): ReadinessPlatform {
  return {
    permissions: { query: async () => ({ state: 'granted' }) },
    mediaDevices: { enumerateDevices: async () => [{ kind: 'audioinput' }, { kind: 'videoinput' }] },
    fetch: async () => ({ body: null }),
    ...over,
  };
}

const never = () => new Promise<never>(() => {});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createReadinessCheck: options', () => {
  it.each([
    [null, 'createReadinessCheck: options. must be an object (got null)'],
    ['x', 'createReadinessCheck: options. must be an object (got string)'],
    [
      { callClient: null },
      'options.callClient must be an ACS CallClient (with feature() and getDeviceManager()) (got null)',
    ],
    [{ callClient: { feature: () => 0 } }, 'options.callClient must be an ACS CallClient'],
    [{ callClient: { getDeviceManager: () => 0 } }, 'options.callClient must be an ACS CallClient'],
    [{ features: null }, "options.features must be the SDK's Features (with Features.DebugInfo) (got null)"],
    [{ features: 'Features' }, "options.features must be the SDK's Features (with Features.DebugInfo) (got string)"],
    [{ features: { DebugInfo: undefined } }, "options.features must be the SDK's Features"],
    [{ iceServers: {} }, 'options.iceServers must be an array of { urls, username?, credential? } (got object)'],
    [{ iceServers: [null] }, 'options.iceServers[0] must be { urls: string | string[] } (got null)'],
    [
      { iceServers: [{ urls: 'turn:a' }, 'turn:b'] },
      'options.iceServers[1] must be { urls: string | string[] } (got string)',
    ],
    [{ iceServers: [{ urls: ['turn:a', 5] }] }, 'options.iceServers[0] must be'],
    [{ iceServers: [{ urls: 5 }] }, 'options.iceServers[0] must be'],
    [{ endpoints: 'https://a.test' }, 'options.endpoints must be an array of http(s) URLs (got string)'],
    [{ endpoints: {} }, 'options.endpoints must be an array of http(s) URLs (got object)'],
    [{ history: [] }, 'options.history must be an OutcomeHistory, a Storage-like object or false (got an array)'],
    [{ endpoints: ['https://a.test', 7] }, 'options.endpoints[1] must be an absolute http(s) URL (got number)'],
    [{ endpoints: [`ws://${'a'.repeat(80)}`] }, 'options.endpoints[0] must be an absolute http(s) URL (got a ws: URL)'],
    [{ endpoints: ['xhttps://a.test'] }, 'options.endpoints[0] must be an absolute http(s) URL (got a xhttps: URL)'],
    [
      { endpoints: ['https:'] },
      'options.endpoints[0] must be an absolute http(s) URL (got a string that is not an absolute URL)',
    ],
    [{ history: null }, 'options.history must be an OutcomeHistory, a Storage-like object or false (got null)'],
    [{ history: {} }, 'options.history must be an OutcomeHistory, a Storage-like object or false (got object)'],
    [{ history: true }, 'options.history must be'],
    [{ userId: null }, 'options.userId must be a string (got null)'],
    [{ timeoutMs: '5000' }, `options.timeoutMs must be a number of ms above 0 and at most 60000 (got string)`],
    [{ timeoutMs: Number.POSITIVE_INFINITY }, 'options.timeoutMs must be'],
    [{ timeoutMs: -1 }, 'options.timeoutMs must be'],
    [{ timeoutMs: 60_001 }, 'options.timeoutMs must be'],
    [{ requestPermissions: 1 }, 'options.requestPermissions must be a boolean (got number)'],
    [{ onDiagnosticEvent: 'sink' }, 'options.onDiagnosticEvent must be a function (got string)'],
    [{ platform: null }, 'options.platform must be an object (got null)'],
    [{ platform: 'node' }, 'options.platform must be an object (got string)'],
    [{ endpoints: [new URL('https://a.test')] }, 'options.endpoints[0] must be an absolute http(s) URL (got object)'],
    // Functions that carry the right members are still not the objects asked for.
    [{ features: Object.assign(() => {}, { DebugInfo: {} }) }, "options.features must be the SDK's Features"],
    [{ iceServers: [Object.assign(() => {}, { urls: 'turn:a' })] }, 'options.iceServers[0] must be { urls'],
    [{ platform: () => ({}) }, 'options.platform must be an object (got function)'],
    [{ callClient: {} }, /options\.callClient must be an ACS CallClient/],
    [{ features: {} }, /options\.features must be the SDK's Features/],
    [{ iceServers: 'turn:x' }, /options\.iceServers must be an array/],
    [{ iceServers: [{ url: 'turn:x' }] }, /options\.iceServers\[0\] must be/],
    [{ endpoints: ['ftp://x'] }, /options\.endpoints\[0\] must be an absolute http\(s\) URL/],
    [{ endpoints: ['/relative'] }, /options\.endpoints\[0\]/],
    [{ history: 42 }, /options\.history must be/],
    [{ timeoutMs: Number.NaN }, /options\.timeoutMs must be a number/],
    [{ timeoutMs: 0 }, /options\.timeoutMs/],
    [{ timeoutMs: 120_000 }, /options\.timeoutMs/],
    [{ requestPermissions: 'yes' }, /options\.requestPermissions must be a boolean/],
    [{ userId: 7 }, /options\.userId must be a string/],
  ])('%j → %s', (options, message) => {
    expect(() => createReadinessCheck(options as never)).toThrow(TypeError);
    expect(() => createReadinessCheck(options as never)).toThrow(message);
  });

  it('an error names the option and what is wrong, never the value (an endpoint may carry a token)', () => {
    const secret = 'tok-5f1e9a77c3';
    const attempts = [
      `wss://acs.test/chat?access_token=${secret}`,
      `https//acs.test/?access_token=${secret}`,
      `ftp://user:${secret}@acs.test/`,
    ];
    for (const endpoint of attempts) {
      let message = '';
      try {
        createReadinessCheck({ endpoints: ['https://ok.test', endpoint] });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(
        /^createReadinessCheck: options\.endpoints\[1\] must be an absolute http\(s\) URL \(got /,
      );
      expect(message).not.toContain(secret);
      expect(message).not.toContain('acs.test');
    }
  });

  it.each([
    [{}],
    [{ callClient: { feature: () => 0, getDeviceManager: async () => 0 } }],
    [{ features: { DebugInfo: null } }],
    [{ iceServers: [] }],
    [{ iceServers: [{ urls: 'turn:a' }, { urls: ['turn:b', 'stun:c'] }, { urls: [] }] }],
    [{ endpoints: ['http://a.test', 'https://b.test:8443/x'] }],
    [{ history: false }],
    [{ history: { list: () => [] } }],
    [{ history: { getItem: () => null } }],
    [{ userId: '' }],
    [{ timeoutMs: 60_000 }],
    [{ timeoutMs: 0.5 }],
    [{ requestPermissions: false }],
    [{ onDiagnosticEvent: () => {} }],
    [{ platform: {} }],
    [{ callClient: undefined, features: undefined, iceServers: undefined, endpoints: undefined, history: undefined }],
  ])('%j is accepted', (options) => {
    expect(() => createReadinessCheck(options as never)).not.toThrow();
  });
});

describe('createReadinessCheck: the checks', () => {
  it('all fine: every check passes and the verdict is ready', async () => {
    const { platform: p } = scene();
    const history = createMemoryHistory();
    history.record({ at: Date.now() - 1000, code: 0 });
    const check = createReadinessCheck({
      callClient: callClient(SUPPORTED),
      features: FEATURES,
      iceServers: TURN,
      endpoints: ['https://acs.test/path?user=8:acs:secret-id'],
      history,
      platform: p,
    });
    const result = await check.run();
    expect(result.checks.map((c) => [c.id, c.status, c.reason])).toEqual([
      ['environment', 'pass', 'supported'],
      ['devices', 'pass', 'devices-available'],
      ['relays', 'pass', 'relays-reachable'],
      ['signalling', 'pass', 'endpoints-reachable'],
      ['history', 'pass', 'history-clear'],
    ]);
    expect(result.verdict).toBe('ready');
    expect(result.untested).toEqual([]);
    const devices = byId(result, 'devices');
    expect(devices.details).toMatchObject({ via: 'sdk', microphones: 1, cameras: 1, speakers: 2, prompted: false });
    // Only origins leave the check: the path and the query (an id here) never do.
    expect(JSON.stringify(result)).not.toContain('8:acs');
    expect(JSON.stringify(result)).not.toContain('Alice');
    expect(JSON.stringify(result)).not.toContain('c-456');
    expect(JSON.stringify(result)).not.toContain('u-123');
  });

  it('plain defaults outside a browser: every check skipped, verdict untested', async () => {
    const result = await createReadinessCheck({ history: false }).run();
    expect(result.verdict).toBe('untested');
    expect(result.checks.every((c) => c.status === 'skipped')).toBe(true);
    expect(result.untested).toEqual(['environment', 'devices', 'relays', 'signalling', 'history']);
  });

  it('unsupported browser per the SDK → warn with the reason, verdict warnings', async () => {
    const { platform: p } = scene();
    const info = { ...SUPPORTED, isSupportedBrowser: false, isSupportedEnvironment: false };
    const result = await createReadinessCheck({
      callClient: callClient(info),
      features: FEATURES,
      iceServers: TURN,
      platform: p,
    }).run();
    expect(byId(result, 'environment')).toMatchObject({ status: 'warn', reason: 'unsupported-browser' });
    expect(result.verdict).toBe('warnings');
  });

  it('a throwing SDK becomes skipped with the reason, never an exception out of run()', async () => {
    const { platform: p } = scene();
    const client = {
      feature: () => {
        throw new Error('feature exploded token=abc123');
      },
      getDeviceManager: async () => {
        throw new Error('no device manager');
      },
    };
    const result = await createReadinessCheck({ callClient: client, features: FEATURES, platform: p }).run();
    expect(byId(result, 'environment')).toMatchObject({ status: 'skipped', reason: 'sdk-error' });
    expect(byId(result, 'environment').detail).toContain('feature exploded');
    expect(byId(result, 'environment').detail).not.toContain('abc123');
    expect(byId(result, 'devices')).toMatchObject({ status: 'skipped', reason: 'sdk-error' });
  });

  it('no WebRTC in a page: environment and relays fail, verdict blocked', async () => {
    const { platform: p } = scene();
    const result = await createReadinessCheck({
      iceServers: TURN,
      platform: { ...p, RTCPeerConnection: undefined },
    }).run();
    // Node has no window: without WebRTC and without a CallClient, environment is skipped as not-in-browser.
    expect(byId(result, 'environment')).toMatchObject({ status: 'skipped', reason: 'not-in-browser' });
    expect(byId(result, 'relays')).toMatchObject({ status: 'skipped', reason: 'not-in-browser' });
  });

  it('devices: nothing listed before access is granted is permission-needed, not "no microphone"', async () => {
    const { platform: p } = scene({
      permissions: { query: async () => ({ state: 'prompt' }) },
      mediaDevices: { enumerateDevices: async () => [] },
    });
    const result = await createReadinessCheck({ platform: p, history: false }).run();
    expect(byId(result, 'devices')).toMatchObject({ status: 'warn', reason: 'permission-needed' });
  });

  it('devices: prompts only with requestPermissions, through the SDK', async () => {
    const { platform: p } = scene({ permissions: { query: async () => ({ state: 'prompt' }) } });
    const dm = fakeDeviceManager({ askDevicePermission: vi.fn(async () => ({ audio: false, video: true })) });
    const check = createReadinessCheck({ callClient: callClient(SUPPORTED, dm), features: FEATURES, platform: p });
    const first = await check.run();
    expect(dm.askDevicePermission).not.toHaveBeenCalled();
    expect(byId(first, 'devices').details).toMatchObject({ microphonePermission: 'prompt', prompted: false });
    const second = await check.run({ requestPermissions: true });
    expect(dm.askDevicePermission).toHaveBeenCalledWith({ audio: true, video: true });
    expect(byId(second, 'devices')).toMatchObject({ status: 'warn', reason: 'microphone-denied' });
  });

  it('devices without the SDK: getUserMedia tracks are stopped at once', async () => {
    const stop = vi.fn();
    const { platform: p } = scene({
      mediaDevices: {
        enumerateDevices: async () => [{ kind: 'audioinput' }],
        getUserMedia: async () => ({ getTracks: () => [{ stop }, { stop }] }),
      },
    });
    const result = await createReadinessCheck({ platform: p, history: false }).run({ requestPermissions: true });
    expect(stop).toHaveBeenCalledTimes(2);
    expect(byId(result, 'devices')).toMatchObject({ status: 'warn', reason: 'no-camera' });
  });

  it('relays: UDP blocked but TCP works → warn; all blocked with the app TURN → fail (blocked)', async () => {
    const udpBlocked = scene({
      relay: (url) =>
        url.includes('transport=tcp') ? { kind: 'reachable', afterMs: 5 } : { kind: 'error', afterMs: 5, code: 701 },
    });
    const r1 = await createReadinessCheck({ iceServers: TURN, platform: udpBlocked.platform, history: false }).run();
    expect(byId(r1, 'relays')).toMatchObject({ status: 'warn', reason: 'udp-blocked-tcp-works' });
    const allBlocked = scene({ relay: () => ({ kind: 'error', afterMs: 5, code: 701 }) });
    const r2 = await createReadinessCheck({ iceServers: TURN, platform: allBlocked.platform, history: false }).run();
    expect(byId(r2, 'relays')).toMatchObject({ status: 'fail', reason: 'relays-blocked' });
    expect(r2.verdict).toBe('blocked');
    expect(allBlocked.pc.openCount()).toBe(0);
  });

  it('relays: wrong credential → relay-auth-failed (the app, not the network)', async () => {
    const { platform: p } = scene({ relay: () => ({ kind: 'error', afterMs: 5, code: 401 }) });
    const result = await createReadinessCheck({ iceServers: TURN, platform: p, history: false }).run();
    expect(byId(result, 'relays')).toMatchObject({ status: 'fail', reason: 'relay-auth-failed' });
  });

  it('relays without credentials: a 401 answer proves reachability; stun: URLs keep their display form', async () => {
    const seen: string[] = [];
    const { platform: p } = scene({
      relay: (url) => {
        seen.push(url);
        return { kind: 'error', afterMs: 5, code: 401 };
      },
    });
    const result = await createReadinessCheck({
      iceServers: [{ urls: ['stun:relay.test:3478', 'turn:relay.test:443?transport=tcp'] }],
      platform: p,
      history: false,
    }).run();
    const relays = byId(result, 'relays');
    expect(relays).toMatchObject({ status: 'pass', reason: 'relays-answered' });
    expect(relays.details).toMatchObject({ mode: 'reachability' });
    expect(seen).toEqual(['turn:relay.test:3478', 'turn:relay.test:443?transport=tcp']);
    const urls = (relays.details as unknown as { results: { url: string }[] }).results.map((r) => r.url);
    expect(urls[0]).toMatch(/^stun:relay\.test:3478/);
  });

  it('relays without credentials, UDP only and silent → warn udp-blocked (TCP untested), never fail or pass', async () => {
    const { platform: p } = scene({ relay: () => ({ kind: 'silent' }) });
    const result = await createReadinessCheck({
      iceServers: [{ urls: 'stun:relay.test:3478' }],
      timeoutMs: 400,
      platform: p,
      history: false,
    }).run();
    expect(byId(result, 'relays')).toMatchObject({ status: 'warn', reason: 'udp-blocked' });
  });

  it('signalling: a refused endpoint fails naming its origin, and is not a relay failure', async () => {
    const fetch = vi.fn(async (url: string) => {
      if (url.includes('down.test')) throw new TypeError('Failed to fetch');
      return { body: null };
    });
    const { platform: p } = scene({ fetch });
    const result = await createReadinessCheck({
      iceServers: TURN,
      endpoints: ['https://up.test/a', 'https://down.test:8443/b?token=x'],
      platform: p,
      history: false,
    }).run();
    expect(byId(result, 'relays')).toMatchObject({ status: 'pass' });
    const signalling = byId(result, 'signalling');
    expect(signalling).toMatchObject({ status: 'fail', reason: 'endpoints-unreachable' });
    expect(signalling.detail).toBe('https://down.test:8443 unreachable');
    expect(fetch).toHaveBeenCalledWith(
      'https://up.test/a',
      expect.objectContaining({ credentials: 'omit', mode: 'no-cors', method: 'HEAD' }),
    );
  });

  it('history: the last calls ended with 410/3112 → warn with the count', async () => {
    const history = createMemoryHistory();
    history.record({ at: Date.now() - 5000, code: 0 });
    history.record({ at: Date.now() - 3000, code: 410, subCode: 3112 });
    history.record({ at: Date.now() - 1000, code: 410, subCode: 3112 });
    const { platform: p } = scene();
    const result = await createReadinessCheck({ history, platform: p }).run();
    expect(byId(result, 'history')).toMatchObject({ status: 'warn', reason: 'recent-relay-failures' });
    expect(byId(result, 'history').details).toMatchObject({ recentRelayFailures: 2, outcomes: 3 });
  });
});

describe("createReadinessCheck: runs through the kit's fakes (real timers)", () => {
  it('run() twice at once returns the same run', async () => {
    const { platform: p, pc } = scene();
    const check = createReadinessCheck({ iceServers: TURN, platform: p, history: false });
    const a = check.run();
    const b = check.run();
    expect(b).toBe(a);
    await a;
    expect(pc.instances.length).toBe(2);
  });

  it('abort ends everything at once: AbortError, peer connections closed, fetch aborted, no timer left', async () => {
    let fetchAborted = false;
    const fetch = (_url: string, init?: RequestInit) =>
      new Promise<never>((_, reject) =>
        init?.signal?.addEventListener('abort', () => {
          fetchAborted = true;
          reject(new Error('aborted'));
        }),
      );
    const { platform: p, pc } = scene({ relay: () => ({ kind: 'silent' }), fetch });
    const setSpy = vi.spyOn(globalThis, 'setTimeout');
    const clearSpy = vi.spyOn(globalThis, 'clearTimeout');
    const check = createReadinessCheck({
      iceServers: TURN,
      endpoints: ['https://slow.test'],
      platform: p,
      history: false,
    });
    const controller = new AbortController();
    const run = check.run({ signal: controller.signal });
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - t0).toBeLessThan(100);
    await new Promise((r) => setTimeout(r, 0));
    expect(pc.openCount()).toBe(0);
    expect(fetchAborted).toBe(true);
    expect(check.getSnapshot().state).toBe('aborted');
    // Every timer the run set (the cap, the fetch timeout, the probe's) was cleared.
    const set = setSpy.mock.results.map((r) => r.value).filter((_id, i) => setSpy.mock.calls[i]?.[1] !== 0);
    const cleared = new Set(clearSpy.mock.calls.map((c) => c[0]));
    const left = set.filter((id) => !cleared.has(id));
    setSpy.mockRestore();
    clearSpy.mockRestore();
    // The 50 ms wait in this test is the only timer not cleared (it fired).
    expect(left.length).toBeLessThanOrEqual(1);
    // A new run after an abort starts afresh.
    const again = createReadinessCheck({ history: false });
    await expect(again.run()).resolves.toMatchObject({ verdict: 'untested' });
  });

  it('an already aborted signal rejects at once and starts nothing', async () => {
    const { platform: p, pc } = scene();
    const check = createReadinessCheck({ iceServers: TURN, platform: p });
    await expect(check.run({ signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(pc.instances.length).toBe(0);
    expect(check.getSnapshot().state).toBe('idle');
  });
});

describe('createReadinessCheck: a run', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('resolves with every check in order, the untested ones, the times, and sends one telemetry record', async () => {
    vi.setSystemTime(Date.UTC(2026, 5, 1, 12, 0, 0));
    const onDiagnosticEvent = vi.fn();
    let t = 500;
    const check = createReadinessCheck({
      platform: platform({ now: () => t }),
      endpoints: ['https://a.test'],
      history: false,
      onDiagnosticEvent,
    });
    const promise = check.run();
    t = 612.6;
    await vi.advanceTimersByTimeAsync(40);
    const result = await promise;
    expect(result).toEqual({
      verdict: 'warnings',
      checks: [
        { id: 'environment', status: 'skipped', reason: 'not-in-browser', ms: 113 },
        expect.objectContaining({ id: 'devices', status: 'pass', reason: 'devices-available', ms: 113 }),
        { id: 'relays', status: 'skipped', reason: 'no-relay-urls', ms: 113 },
        expect.objectContaining({ id: 'signalling', status: 'pass', reason: 'endpoints-reachable', ms: 113 }),
        { id: 'history', status: 'skipped', reason: 'no-history', ms: 113 },
      ],
      untested: ['environment', 'relays', 'history'],
      startedAt: Date.UTC(2026, 5, 1, 12, 0, 0),
      finishedAt: expect.any(Number),
      ms: 113,
    });
    expect(result.finishedAt).toBeGreaterThanOrEqual(result.startedAt);
    expect(onDiagnosticEvent).toHaveBeenCalledOnce();
    expect(onDiagnosticEvent).toHaveBeenCalledWith(createReadinessTelemetryRecord(result));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a throwing telemetry sink changes nothing', async () => {
    const check = createReadinessCheck({
      history: false,
      onDiagnosticEvent: () => {
        throw new Error('sink down');
      },
    });
    await expect(check.run()).resolves.toMatchObject({ verdict: 'untested' });
    expect(check.getSnapshot().state).toBe('done');
  });

  it('publishes running with every check running, one snapshot per finished check, then done', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const check = createReadinessCheck({
      history: false,
      platform: platform({
        mediaDevices: {
          enumerateDevices: async () => {
            await gate;
            return [{ kind: 'audioinput' }, { kind: 'videoinput' }];
          },
        },
      }),
    });
    const initial = check.getSnapshot();
    expect(initial).toEqual({ state: 'idle', checks: IDS.map((id) => ({ id, status: 'idle' })), result: undefined });
    const seen: ReturnType<typeof check.getSnapshot>[] = [];
    check.subscribe(() => seen.push(check.getSnapshot()));
    const promise = check.run();
    expect(seen[0]).toEqual({
      state: 'running',
      checks: IDS.map((id) => ({ id, status: 'running' })),
      result: undefined,
    });
    await vi.advanceTimersByTimeAsync(0);
    const beforeDevices = seen.at(-1);
    expect(beforeDevices?.state).toBe('running');
    expect(beforeDevices?.checks.map((c) => c.status)).toEqual(['skipped', 'running', 'skipped', 'skipped', 'skipped']);
    expect(seen).toHaveLength(5);
    release();
    const result = await promise;
    expect(seen).toHaveLength(6);
    expect(seen[5]).toEqual({ state: 'done', checks: result.checks, result });
    expect(seen[5]?.checks).toBe(result.checks);
  });

  it('a second run keeps the last result in its snapshots until it finishes', async () => {
    const check = createReadinessCheck({ history: false });
    const first = await check.run();
    const promise = check.run();
    expect(check.getSnapshot()).toMatchObject({ state: 'running', result: first });
    const second = await promise;
    expect(second).not.toBe(first);
    expect(check.getSnapshot().result).toBe(second);
  });

  it('requestPermissions: the run option overrides the check option, which defaults to false', async () => {
    const getUserMedia = vi.fn(async () => ({ getTracks: () => [] }));
    const p = platform({ mediaDevices: { enumerateDevices: async () => [], getUserMedia } });
    await createReadinessCheck({ history: false, platform: p }).run();
    expect(getUserMedia).not.toHaveBeenCalled();
    await createReadinessCheck({ history: false, platform: p, requestPermissions: true }).run({
      requestPermissions: false,
    });
    expect(getUserMedia).not.toHaveBeenCalled();
    await createReadinessCheck({ history: false, platform: p, requestPermissions: true }).run();
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    await createReadinessCheck({ history: false, platform: p }).run({ requestPermissions: true });
    expect(getUserMedia).toHaveBeenCalledTimes(2);
  });

  it('the checks get the options: history, userId, endpoints, iceServers', async () => {
    const history = createMemoryHistory();
    history.record({ at: Date.now() - 1000, code: 0 });
    const fetch = vi.fn(async () => ({ body: null }));
    const result = await createReadinessCheck({
      history,
      userId: 'ignored-with-an-OutcomeHistory',
      endpoints: ['https://a.test'],
      iceServers: [{ urls: 'turn:a.example' }],
      platform: platform({ fetch }),
    }).run();
    expect(result.checks.map((c) => [c.id, c.reason])).toEqual([
      ['environment', 'not-in-browser'],
      ['devices', 'devices-available'],
      ['relays', 'not-in-browser'],
      ['signalling', 'endpoints-reachable'],
      ['history', 'history-clear'],
    ]);
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('without performance, the clock is Date.now()', async () => {
    vi.stubGlobal('performance', undefined);
    const promise = createReadinessCheck({
      history: false,
      timeoutMs: 700,
      platform: { mediaDevices: { enumerateDevices: never } },
    }).run();
    await vi.advanceTimersByTimeAsync(700);
    const result = await promise;
    expect(result.ms).toBe(700);
    expect(result.checks[1]).toMatchObject({ reason: 'timed-out', ms: 700 });
  });

  it('the default clock is performance.now()', async () => {
    const now = vi.spyOn(performance, 'now');
    await createReadinessCheck({ history: false }).run();
    expect(now).toHaveBeenCalled();
    now.mockRestore();
  });
});

describe('createReadinessCheck: the cap', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  const hanging = () =>
    platform({
      mediaDevices: { enumerateDevices: never },
    });

  it('defaults to 6 s: what has not finished is skipped as timed-out, with its time', async () => {
    const check = createReadinessCheck({ history: false, platform: hanging() });
    const promise = check.run();
    let done = false;
    void promise.then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(5999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await promise;
    expect(result.checks[1]).toEqual({ id: 'devices', status: 'skipped', reason: 'timed-out', ms: 6000 });
    expect(result.checks[0]).toMatchObject({ status: 'skipped', reason: 'not-in-browser', ms: 0 });
    expect(result).toMatchObject({ verdict: 'untested', ms: 6000 });
    expect(result.untested).toEqual([...IDS]);
  });

  it('timeoutMs sets it; a late answer after the cap changes nothing', async () => {
    let answer!: (devices: Array<{ kind: string }>) => void;
    const check = createReadinessCheck({
      history: false,
      timeoutMs: 1000,
      platform: platform({
        mediaDevices: {
          enumerateDevices: () =>
            new Promise((resolve) => {
              answer = resolve;
            }),
        },
      }),
    });
    const seen: string[] = [];
    check.subscribe(() => seen.push(check.getSnapshot().state));
    const promise = check.run();
    await vi.advanceTimersByTimeAsync(1000);
    const result = await promise;
    expect(result.checks[1]).toMatchObject({ reason: 'timed-out', ms: 1000 });
    const count = seen.length;
    answer([{ kind: 'audioinput' }]);
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toHaveLength(count);
    expect(check.getSnapshot().result).toBe(result);
  });

  it('the checks get 150 ms less than the cap, at least 1 ms', async () => {
    const fetch = (_url: string, init?: RequestInit) =>
      new Promise<never>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const result = await (async () => {
      const promise = createReadinessCheck({
        history: false,
        timeoutMs: 1000,
        endpoints: ['https://slow.test'],
        platform: platform({ fetch }),
      }).run();
      await vi.advanceTimersByTimeAsync(1000);
      return promise;
    })();
    expect(result.checks[3]).toMatchObject({
      status: 'fail',
      details: { endpoints: [{ origin: 'https://slow.test', status: 'timeout', ms: 850 }] },
    });
    const tiny = createReadinessCheck({
      history: false,
      timeoutMs: 100,
      endpoints: ['https://slow.test'],
      platform: platform({ fetch }),
    }).run();
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(
      (
        await (async () => {
          await vi.advanceTimersByTimeAsync(200);
          return tiny;
        })()
      ).checks[3],
    ).toMatchObject({ details: { endpoints: [{ status: 'timeout', ms: 1 }] } });
  });

  it('stands still while a prompt waits, and resumes with what was left', async () => {
    let grant!: () => void;
    const getUserMedia = () =>
      new Promise<{ getTracks(): [] }>((resolve) => {
        grant = () => resolve({ getTracks: () => [] });
      });
    const check = createReadinessCheck({
      history: false,
      timeoutMs: 1000,
      endpoints: ['https://slow.test'],
      platform: platform({
        fetch: never,
        // Each permission read takes 150 ms: the prompt opens at 300 ms, with 700 ms of the cap left.
        permissions: {
          query: () => new Promise((resolve) => setTimeout(() => resolve({ state: 'prompt' }), 150)),
        },
        mediaDevices: {
          enumerateDevices: async () => [{ kind: 'audioinput' }, { kind: 'videoinput' }],
          getUserMedia,
        },
      }),
    });
    const promise = check.run({ requestPermissions: true });
    let done = false;
    void promise.then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(5000);
    expect(done).toBe(false);
    grant();
    await vi.advanceTimersByTimeAsync(699);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await promise;
    expect(result.checks[1]).toMatchObject({ status: 'pass', details: { prompted: true } });
    expect(result.checks[3]).toMatchObject({ status: 'skipped', reason: 'timed-out' });
    expect(result.ms).toBe(6000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a prompt left unanswered for 60 s is given up: the SDK path is skipped with why', async () => {
    const dm = {
      getMicrophones: async () => [{}],
      getCameras: async () => [{}],
      askDevicePermission: never,
    };
    const check = createReadinessCheck({
      history: false,
      timeoutMs: 1000,
      callClient: { feature: () => ({}), getDeviceManager: async () => dm },
      features: { DebugInfo: {} },
    });
    const promise = check.run({ requestPermissions: true });
    let done = false;
    void promise.then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(59_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    const devices = (await promise).checks[1];
    expect(devices).toMatchObject({
      status: 'skipped',
      reason: 'sdk-error',
      detail: 'Error: The permission prompt was not answered in time.',
    });
  });

  it('a refused prompt lets the cap run on at once, and the microphone is read as denied', async () => {
    const check = createReadinessCheck({
      history: false,
      timeoutMs: 1000,
      endpoints: ['https://slow.test'],
      platform: platform({
        fetch: never,
        permissions: { query: async () => ({ state: 'prompt' }) },
        mediaDevices: {
          enumerateDevices: async () => [{ kind: 'audioinput' }, { kind: 'videoinput' }],
          getUserMedia: () => new Promise((_, reject) => setTimeout(() => reject(new Error('NotAllowedError')), 200)),
        },
      }),
    });
    const promise = check.run({ requestPermissions: true });
    await vi.advanceTimersByTimeAsync(1200);
    const result = await promise;
    expect(result.ms).toBe(1200);
    expect(result.checks[1]).toMatchObject({
      status: 'warn',
      reason: 'microphone-denied',
      details: { prompted: true },
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a prompt answered quickly leaves the cap where it was', async () => {
    const check = createReadinessCheck({
      history: false,
      timeoutMs: 1000,
      endpoints: ['https://slow.test'],
      platform: platform({
        fetch: never,
        mediaDevices: {
          enumerateDevices: async () => [{ kind: 'audioinput' }, { kind: 'videoinput' }],
          getUserMedia: async () => ({ getTracks: () => [] }),
        },
      }),
    });
    const promise = check.run({ requestPermissions: true });
    await vi.advanceTimersByTimeAsync(1000);
    const result = await promise;
    expect(result.ms).toBe(1000);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('createReadinessCheck: abort', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('abort() keeps the finished checks, marks the others aborted with their time, and keeps the last result', async () => {
    const check = createReadinessCheck({
      history: false,
      platform: platform({ mediaDevices: { enumerateDevices: never } }),
    });
    const first = await (async () => {
      const p = check.run();
      await vi.advanceTimersByTimeAsync(6000);
      return p;
    })();
    const seen: ReturnType<typeof check.getSnapshot>[] = [];
    check.subscribe(() => seen.push(check.getSnapshot()));
    const promise = check.run();
    const rejected = expect(promise).rejects.toMatchObject({
      name: 'AbortError',
      message: 'The readiness check was aborted.',
    });
    await vi.advanceTimersByTimeAsync(250);
    check.abort();
    await rejected;
    const last = seen.at(-1);
    expect(last).toMatchObject({ state: 'aborted', result: first });
    expect(last?.checks).toEqual([
      expect.objectContaining({ id: 'environment', status: 'skipped', reason: 'not-in-browser' }),
      { id: 'devices', status: 'skipped', reason: 'aborted', ms: 250 },
      expect.objectContaining({ id: 'relays', reason: 'no-relay-urls' }),
      expect.objectContaining({ id: 'signalling', reason: 'no-endpoints' }),
      expect.objectContaining({ id: 'history', reason: 'no-history' }),
    ]);
    expect(vi.getTimerCount()).toBe(0);
    // Aborted twice, or after the end: nothing more.
    check.abort();
    expect(seen.at(-1)).toBe(last);
    const count = seen.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen).toHaveLength(count);
  });

  it('an abort during a prompt leaves no timer behind (the cap is not restarted)', async () => {
    const check = createReadinessCheck({
      history: false,
      timeoutMs: 1000,
      platform: platform({
        mediaDevices: { enumerateDevices: async () => [], getUserMedia: never },
      }),
    });
    const promise = check.run({ requestPermissions: true });
    const rejected = expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(100);
    check.abort();
    await rejected;
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a cancel during the prompt ends the devices check: nothing is read afterwards, even once the person answers', async () => {
    let allow!: () => void;
    const stop = vi.fn();
    const query = vi.fn(async () => ({ state: 'prompt' }));
    const enumerateDevices = vi.fn(async () => [{ kind: 'audioinput' }]);
    const getUserMedia = () =>
      new Promise<{ getTracks(): Array<{ stop(): void }> }>((resolve) => {
        allow = () => resolve({ getTracks: () => [{ stop }] });
      });
    const check = createReadinessCheck({
      history: false,
      platform: platform({ permissions: { query }, mediaDevices: { enumerateDevices, getUserMedia } }),
    });
    const run = check.run({ requestPermissions: true });
    const rejected = expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(10);
    check.abort();
    await rejected;
    await vi.advanceTimersByTimeAsync(10);
    allow();
    await vi.advanceTimersByTimeAsync(10);
    expect(query).toHaveBeenCalledTimes(2);
    expect(enumerateDevices).not.toHaveBeenCalled();
    expect(stop).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('abort() without a run does nothing', () => {
    const check = createReadinessCheck({ history: false });
    const listener = vi.fn();
    check.subscribe(listener);
    check.abort();
    expect(listener).not.toHaveBeenCalled();
    expect(check.getSnapshot().state).toBe('idle');
  });

  it('a run signal aborts the run; its listener is removed when the run ends', async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const check = createReadinessCheck({
      history: false,
      platform: platform({ mediaDevices: { enumerateDevices: never } }),
    });
    const promise = check.run({ signal: controller.signal });
    const rejected = expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await rejected;
    expect(check.getSnapshot().state).toBe('aborted');
    expect(add).toHaveBeenCalledWith('abort', expect.any(Function), { once: true });

    const later = new AbortController();
    const removeLater = vi.spyOn(later.signal, 'removeEventListener');
    const result = await createReadinessCheck({ history: false }).run({ signal: later.signal });
    expect(removeLater).toHaveBeenCalledWith('abort', expect.any(Function));
    later.abort();
    expect(result.verdict).toBe('untested');
    expect(remove).toHaveBeenCalled();
  });

  it('a signal given to a second run() during a run aborts the shared run', async () => {
    const check = createReadinessCheck({
      history: false,
      platform: platform({ mediaDevices: { enumerateDevices: never } }),
    });
    const first = check.run();
    const controller = new AbortController();
    const second = check.run({ signal: controller.signal });
    expect(second).toBe(first);
    const rejected = expect(first).rejects.toMatchObject({ name: 'AbortError' });
    controller.abort();
    await rejected;
    expect(check.getSnapshot().state).toBe('aborted');
    // After the abort, run() starts afresh.
    const again = check.run();
    expect(again).not.toBe(first);
    check.abort();
    await expect(again).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('the signal of a joined run, aborted after the run ended, changes nothing', async () => {
    const check = createReadinessCheck({ history: false });
    const controller = new AbortController();
    const first = check.run();
    expect(check.run({ signal: controller.signal })).toBe(first);
    const result = await first;
    const done = check.getSnapshot();
    controller.abort();
    expect(check.getSnapshot()).toBe(done);
    expect(done).toMatchObject({ state: 'done', result });
  });

  it('the listener a joined run adds to its signal is removed when the run ends (done or aborted)', async () => {
    const joinedSignal = () => {
      const controller = new AbortController();
      const add = vi.spyOn(controller.signal, 'addEventListener');
      const remove = vi.spyOn(controller.signal, 'removeEventListener');
      return { signal: controller.signal, add, remove };
    };
    const check = createReadinessCheck({ history: false });
    const done = joinedSignal();
    const first = check.run();
    expect(check.run({ signal: done.signal })).toBe(first);
    await first;
    expect(done.add).toHaveBeenCalledOnce();
    expect(done.remove).toHaveBeenCalledWith('abort', done.add.mock.calls[0]?.[1]);

    const hanging = createReadinessCheck({
      history: false,
      platform: platform({ mediaDevices: { enumerateDevices: never } }),
    });
    const aborted = joinedSignal();
    const running = hanging.run();
    const rejected = expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(hanging.run({ signal: aborted.signal })).toBe(running);
    hanging.abort();
    await rejected;
    expect(aborted.remove).toHaveBeenCalledWith('abort', aborted.add.mock.calls[0]?.[1]);
  });

  it('endpoints and iceServers are copied when the check is created: changing the arrays later changes no run', async () => {
    const endpoints = ['https://a.test'];
    const urls = ['turn:a.example'];
    const iceServers = [{ urls, username: 'u', credential: 'c' }];
    const fetch = vi.fn(async (_url: string) => ({ body: null }));
    const pc = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 5 }));
    const check = createReadinessCheck({
      history: false,
      endpoints,
      iceServers,
      platform: platform({ fetch, RTCPeerConnection: pc.RTCPeerConnection }),
    });
    endpoints.push('https://late.test');
    urls.push('turn:late.example');
    iceServers.push({ urls: ['turn:later.example'], username: 'u', credential: 'c' });
    const promise = check.run();
    await vi.advanceTimersByTimeAsync(100);
    await promise;
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['https://a.test']);
    expect(pc.instances.map((i) => i.url)).toEqual(['turn:a.example']);
  });

  it('an aborted signal rejects at once, publishes nothing and does not join a run under way', async () => {
    const check = createReadinessCheck({
      history: false,
      platform: platform({ mediaDevices: { enumerateDevices: never } }),
    });
    const listener = vi.fn();
    check.subscribe(listener);
    await expect(check.run({ signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
      message: 'The readiness check was aborted.',
    });
    expect(listener).not.toHaveBeenCalled();
    const running = check.run();
    await expect(check.run({ signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(check.getSnapshot().state).toBe('running');
    check.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('createReadinessCheck: subscribers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('every listener is called, a throwing one included; unsubscribe stops only that one', async () => {
    const check = createReadinessCheck({ history: false });
    const calls: string[] = [];
    check.subscribe(() => {
      calls.push('broken');
      throw new Error('view broke');
    });
    const off = check.subscribe(() => calls.push('ok'));
    await check.run();
    expect(calls.length).toBeGreaterThanOrEqual(4);
    expect(calls.filter((c) => c === 'ok')).toHaveLength(calls.length / 2);
    off();
    calls.length = 0;
    await check.run();
    expect(calls.every((c) => c === 'broken')).toBe(true);
    expect(calls.length).toBeGreaterThan(0);
  });
});
