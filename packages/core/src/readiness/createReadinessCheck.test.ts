import { createFakeRelayPeerConnection, type FakeRelayBehaviour } from '@call-diagnostics/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from '../history/outcomeHistory.js';
import { createReadinessCheck, readinessVerdict } from './createReadinessCheck.js';
import type { ReadinessCheckResult, ReadinessPlatform, ReadinessResult } from './types.js';

const TURN = [
  { urls: ['turn:relay.test:3478', 'turn:relay.test:443?transport=tcp'], username: 'u-123', credential: 'c-456' },
];

function platform(over: Partial<ReadinessPlatform> & { relay?: (url: string) => FakeRelayBehaviour } = {}) {
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

afterEach(() => {
  vi.useRealTimers();
});

describe('createReadinessCheck: options', () => {
  it.each([
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
  ])('%j → TypeError naming the option', (options, message) => {
    expect(() => createReadinessCheck(options as never)).toThrow(TypeError);
    expect(() => createReadinessCheck(options as never)).toThrow(message);
  });
});

describe('createReadinessCheck: the checks', () => {
  it('all fine: every check passes and the verdict is ready', async () => {
    const { platform: p } = platform();
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
    const { platform: p } = platform();
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
    const { platform: p } = platform();
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
    const { platform: p } = platform();
    const result = await createReadinessCheck({
      iceServers: TURN,
      platform: { ...p, RTCPeerConnection: undefined },
    }).run();
    // Node has no window: without WebRTC and without a CallClient, environment is skipped as not-in-browser.
    expect(byId(result, 'environment')).toMatchObject({ status: 'skipped', reason: 'not-in-browser' });
    expect(byId(result, 'relays')).toMatchObject({ status: 'skipped', reason: 'not-in-browser' });
  });

  it('devices: nothing listed before access is granted is permission-needed, not "no microphone"', async () => {
    const { platform: p } = platform({
      permissions: { query: async () => ({ state: 'prompt' }) },
      mediaDevices: { enumerateDevices: async () => [] },
    });
    const result = await createReadinessCheck({ platform: p, history: false }).run();
    expect(byId(result, 'devices')).toMatchObject({ status: 'warn', reason: 'permission-needed' });
  });

  it('devices: prompts only with requestPermissions, through the SDK', async () => {
    const { platform: p } = platform({ permissions: { query: async () => ({ state: 'prompt' }) } });
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
    const { platform: p } = platform({
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
    const udpBlocked = platform({
      relay: (url) =>
        url.includes('transport=tcp') ? { kind: 'reachable', afterMs: 5 } : { kind: 'error', afterMs: 5, code: 701 },
    });
    const r1 = await createReadinessCheck({ iceServers: TURN, platform: udpBlocked.platform, history: false }).run();
    expect(byId(r1, 'relays')).toMatchObject({ status: 'warn', reason: 'udp-blocked-tcp-works' });
    const allBlocked = platform({ relay: () => ({ kind: 'error', afterMs: 5, code: 701 }) });
    const r2 = await createReadinessCheck({ iceServers: TURN, platform: allBlocked.platform, history: false }).run();
    expect(byId(r2, 'relays')).toMatchObject({ status: 'fail', reason: 'relays-blocked' });
    expect(r2.verdict).toBe('blocked');
    expect(allBlocked.pc.openCount()).toBe(0);
  });

  it('relays: wrong credential → relay-auth-failed (the app, not the network)', async () => {
    const { platform: p } = platform({ relay: () => ({ kind: 'error', afterMs: 5, code: 401 }) });
    const result = await createReadinessCheck({ iceServers: TURN, platform: p, history: false }).run();
    expect(byId(result, 'relays')).toMatchObject({ status: 'fail', reason: 'relay-auth-failed' });
  });

  it('relays without credentials: a 401 answer proves reachability; stun: URLs keep their display form', async () => {
    const seen: string[] = [];
    const { platform: p } = platform({
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
    const { platform: p } = platform({ relay: () => ({ kind: 'silent' }) });
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
    const { platform: p } = platform({ fetch });
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

  it('signalling: a never-answering endpoint is a timeout within the cap', async () => {
    const fetch = vi.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<never>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    const { platform: p } = platform({ fetch });
    const started = Date.now();
    const result = await createReadinessCheck({
      endpoints: ['https://slow.test'],
      timeoutMs: 500,
      platform: p,
      history: false,
    }).run();
    expect(Date.now() - started).toBeLessThan(1000);
    const signalling = byId(result, 'signalling');
    expect(signalling.status).toBe('fail');
    expect(signalling.details).toEqual({ endpoints: [expect.objectContaining({ status: 'timeout' })] });
  });

  it('history: the last calls ended with 410/3112 → warn with the count', async () => {
    const history = createMemoryHistory();
    history.record({ at: Date.now() - 5000, code: 0 });
    history.record({ at: Date.now() - 3000, code: 410, subCode: 3112 });
    history.record({ at: Date.now() - 1000, code: 410, subCode: 3112 });
    const { platform: p } = platform();
    const result = await createReadinessCheck({ history, platform: p }).run();
    expect(byId(result, 'history')).toMatchObject({ status: 'warn', reason: 'recent-relay-failures' });
    expect(byId(result, 'history').details).toMatchObject({ recentRelayFailures: 2, outcomes: 3 });
  });

  it('the cap stands still while the person answers the permission prompt', async () => {
    const stop = vi.fn();
    const { platform: p } = platform({
      mediaDevices: {
        enumerateDevices: async () => [{ kind: 'audioinput' }, { kind: 'videoinput' }],
        getUserMedia: () => new Promise((resolve) => setTimeout(() => resolve({ getTracks: () => [{ stop }] }), 600)),
      },
    });
    const check = createReadinessCheck({ platform: p, history: false, timeoutMs: 300 });
    const result = await check.run({ requestPermissions: true });
    expect(byId(result, 'devices')).toMatchObject({ status: 'pass', reason: 'devices-available' });
    expect(byId(result, 'devices').details).toMatchObject({ prompted: true, microphonePermission: 'granted' });
    expect(stop).toHaveBeenCalledOnce();
  });

  it('abort during an unanswered prompt settles at once and leaves no timer', async () => {
    vi.useFakeTimers();
    const { platform: p } = platform({
      mediaDevices: { enumerateDevices: async () => [], getUserMedia: () => new Promise(() => {}) },
    });
    const check = createReadinessCheck({ platform: p, history: false });
    const run = check.run({ requestPermissions: true });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(check.getSnapshot().state).toBe('running');
    check.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a check that outlives the cap is skipped as timed-out', async () => {
    const { platform: p } = platform();
    const client = {
      feature: () => ({ getEnvironmentInfo: () => new Promise(() => {}) }),
      getDeviceManager: async () => fakeDeviceManager(),
    };
    const result = await createReadinessCheck({
      callClient: client,
      features: FEATURES,
      timeoutMs: 300,
      platform: p,
    }).run();
    expect(byId(result, 'environment')).toMatchObject({ status: 'skipped', reason: 'timed-out' });
    expect(result.verdict).toBe('warnings');
  });
});

describe('createReadinessCheck: the run', () => {
  it('publishes progress per check and the same snapshot object until something changes', async () => {
    const { platform: p } = platform();
    const check = createReadinessCheck({ iceServers: TURN, platform: p, history: false });
    expect(check.getSnapshot().state).toBe('idle');
    expect(check.getSnapshot()).toBe(check.getSnapshot());
    const states: string[] = [];
    const unsubscribe = check.subscribe(() => states.push(check.getSnapshot().state));
    check.subscribe(() => {
      throw new Error('a broken listener must not break the run');
    });
    const result = await check.run();
    unsubscribe();
    expect(states[0]).toBe('running');
    expect(states.at(-1)).toBe('done');
    expect(states.length).toBeGreaterThanOrEqual(3);
    expect(check.getSnapshot().result).toBe(result);
  });

  it('run() twice at once returns the same run', async () => {
    const { platform: p, pc } = platform();
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
    const { platform: p, pc } = platform({ relay: () => ({ kind: 'silent' }), fetch });
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
    const { platform: p, pc } = platform();
    const check = createReadinessCheck({ iceServers: TURN, platform: p });
    await expect(check.run({ signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(pc.instances.length).toBe(0);
    expect(check.getSnapshot().state).toBe('idle');
  });
});

describe('readinessVerdict', () => {
  const c = (id: ReadinessCheckResult['id'], status: ReadinessCheckResult['status']) =>
    ({ id, status, reason: 'aborted', ms: 0 }) as ReadinessCheckResult;
  it.each([
    [['pass', 'pass', 'pass', 'skipped', 'skipped'], 'ready'],
    [['pass', 'pass', 'skipped', 'pass', 'pass'], 'warnings'],
    [['pass', 'warn', 'pass', 'pass', 'pass'], 'warnings'],
    [['pass', 'pass', 'fail', 'pass', 'pass'], 'blocked'],
    [['skipped', 'skipped', 'skipped', 'skipped', 'skipped'], 'untested'],
    [['skipped', 'skipped', 'skipped', 'skipped', 'fail'], 'blocked'],
  ] as const)('%j → %s', (statuses, verdict) => {
    const ids = ['environment', 'devices', 'relays', 'signalling', 'history'] as const;
    expect(readinessVerdict(ids.map((id, i) => c(id, statuses[i] as ReadinessCheckResult['status'])))).toBe(verdict);
  });
});
