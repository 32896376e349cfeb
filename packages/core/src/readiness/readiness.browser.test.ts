// The pre-join readiness check in real Chromium against real parts: the ACS Calling SDK (offline, on the localhost
// origin Vitest serves the page from; fake camera and microphones), a real coturn on loopback
// (packages/core/test/coturn.globalSetup.ts) and local HTTPS endpoints (packages/core/test/signalling.globalSetup.ts).
import { CallClient, Features } from '@azure/communication-calling';
import { afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createOutcomeHistory } from '../history/outcomeHistory.js';
import {
  createReadinessCheck,
  type ReadinessCheckId,
  type ReadinessCheckOptions,
  type ReadinessCheckResult,
  type ReadinessResult,
} from '../index.js';
import type { RelayProbeIceServer } from '../probe/probeRelays.js';

const { host, port, tlsPort, closedUdpPort, closedTcpPort, username, credential } = inject('coturn');
const { upOrigin, refusedOrigin, silentOrigin } = inject('signalling');

const UDP = `turn:${host}:${port}`;
const TCP = `turn:${host}:${port}?transport=tcp`;
const CLOSED_UDP = `turn:${host}:${closedUdpPort}`;
const CLOSED_TCP = `turn:${host}:${closedTcpPort}?transport=tcp`;
const good = (urls: string | string[]): RelayProbeIceServer => ({ urls, username, credential });

/** A short cap keeps the blocked cases quick; the default (6 s) is measured in the P8 benchmark. */
const CAP = 2000;

type ById<Id extends ReadinessCheckId> = Extract<ReadinessCheckResult, { id: Id }>;
function check<Id extends ReadinessCheckId>(result: ReadinessResult, id: Id): ById<Id> {
  const found = result.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} check in the result`);
  return found as ById<Id>;
}

/** A run with history off (this page's localStorage is not the point here), timed from outside. */
async function runTimed(options: ReadinessCheckOptions) {
  const started = performance.now();
  const result = await createReadinessCheck({ history: false, timeoutMs: CAP, ...options }).run();
  return { result, elapsed: performance.now() - started };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('environment and devices: the real ACS SDK in headless Chromium', () => {
  let callClient: CallClient;
  beforeAll(async () => {
    expect(location.hostname).toBe('localhost'); // the SDK refuses http://127.0.0.1
    callClient = new CallClient();
    // A new CallClient's first async call waits ~7 s offline (a configuration fetch that cannot succeed here). An app
    // creates its client at start, long before a pre-join screen: warm it, as the app would have.
    await callClient.feature(Features.DebugInfo).getEnvironmentInfo();
    await callClient.getDeviceManager();
  }, 30_000);

  it('without requestPermissions: reads the permission state, never prompts; the SDK says headless Linux is unsupported', async () => {
    const deviceManager = await callClient.getDeviceManager();
    const ask = vi.spyOn(deviceManager, 'askDevicePermission');
    const getUserMedia = vi.spyOn(navigator.mediaDevices, 'getUserMedia');
    const expected = {
      microphone: (await navigator.permissions.query({ name: 'microphone' as PermissionName })).state,
      camera: (await navigator.permissions.query({ name: 'camera' as PermissionName })).state,
    };

    const { result, elapsed } = await runTimed({ callClient, features: Features });

    const environment = check(result, 'environment');
    expect(environment).toMatchObject({
      status: 'warn',
      // isSupportedBrowser is the first thing the SDK denies, so it is the reason.
      reason: 'unsupported-browser',
      details: {
        webrtc: true,
        platform: 'Linux',
        isSupportedPlatform: false,
        isSupportedBrowser: false,
        isSupportedBrowserVersion: false,
        isSupportedEnvironment: false,
      },
    });
    expect(environment.details?.browser).toMatch(/chrom/i);
    expect(environment.details?.browserVersion).toMatch(/^\d+\./);

    const devices = check(result, 'devices');
    expect(devices.details).toMatchObject({
      via: 'sdk',
      microphones: 3,
      cameras: 1,
      prompted: false,
      microphonePermission: expected.microphone,
      cameraPermission: expected.camera,
    });
    expect(ask).not.toHaveBeenCalled();
    expect(getUserMedia).not.toHaveBeenCalled();
    // The fake UI grants access up front, so the state read is 'granted' and the devices pass.
    expect(devices).toMatchObject({ status: 'pass', reason: 'devices-available' });

    expect(check(result, 'relays')).toMatchObject({ status: 'skipped', reason: 'no-relay-urls' });
    expect(result.verdict).toBe('warnings');
    // Warmed, the SDK answers before the cap (cold, its first call alone takes ~7 s: see the cold CallClient test).
    expect(elapsed).toBeLessThan(CAP);
  });

  it('run({ requestPermissions: true }): asks the SDK once for audio and video, lists 3 microphones and 1 camera', async () => {
    const deviceManager = await callClient.getDeviceManager();
    const ask = vi.spyOn(deviceManager, 'askDevicePermission');
    // Opening the fake camera and microphones can take seconds on a loaded 2-core machine: not what is tested here.
    const readiness = createReadinessCheck({ callClient, features: Features, history: false, timeoutMs: 20_000 });
    const result = await readiness.run({ requestPermissions: true });
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith({ audio: true, video: true });
    expect(check(result, 'devices')).toMatchObject({
      status: 'pass',
      reason: 'devices-available',
      details: {
        via: 'sdk',
        microphones: 3,
        cameras: 1,
        microphonePermission: 'granted',
        cameraPermission: 'granted',
        prompted: true,
      },
    });
  });

  it('a cold CallClient (its first call waits ~7 s offline): environment and devices skipped as timed-out at the cap, never pass', async () => {
    const { result, elapsed } = await runTimed({ callClient: new CallClient(), features: Features });
    expect(check(result, 'environment')).toMatchObject({ status: 'skipped', reason: 'timed-out' });
    expect(check(result, 'devices')).toMatchObject({ status: 'skipped', reason: 'timed-out' });
    expect(result.untested).toEqual(['environment', 'devices', 'relays', 'signalling', 'history']);
    expect(result.verdict).toBe('untested');
    expect(elapsed).toBeLessThan(CAP + 100);
  });

  it('a disposed CallClient: the SDK throws, the devices check is skipped as sdk-error with its message; run() resolves', async () => {
    const disposed = new CallClient();
    await disposed.dispose();
    const { result } = await runTimed({ callClient: disposed, features: Features });
    const devices = check(result, 'devices');
    expect(devices).toMatchObject({ status: 'skipped', reason: 'sdk-error' });
    expect(devices.detail).toMatch(/disposed/i);
    // Its DebugInfo still waits for the configuration it cannot fetch offline: the cap ends it.
    expect(['timed-out', 'sdk-error']).toContain(check(result, 'environment').reason);
    expect(result.verdict).toBe('untested');
  });

  it('without a CallClient: WebRTC present, devices from the browser (fake devices, access granted)', async () => {
    const { result } = await runTimed({ requestPermissions: true, timeoutMs: 20_000 });
    expect(check(result, 'environment')).toMatchObject({ status: 'pass', reason: 'webrtc-available' });
    expect(check(result, 'devices')).toMatchObject({
      status: 'pass',
      reason: 'devices-available',
      details: { via: 'browser', microphonePermission: 'granted', cameraPermission: 'granted', prompted: true },
    });
    const details = check(result, 'devices').details;
    expect(details?.microphones).toBeGreaterThanOrEqual(1);
    expect(details?.cameras).toBe(1);
  });
});

describe('relays: a real coturn on loopback', () => {
  it('correct credential over UDP and TCP: pass relays-reachable, in well under a second', async () => {
    const { result, elapsed } = await runTimed({ iceServers: [good([UDP, TCP])] });
    const relays = check(result, 'relays');
    expect(relays).toMatchObject({ status: 'pass', reason: 'relays-reachable', details: { mode: 'allocation' } });
    expect(relays.details?.results.map((r) => [r.transport, r.status])).toEqual([
      ['udp', 'reachable'],
      ['tcp', 'reachable'],
    ]);
    expect(elapsed).toBeLessThan(1500);
  });

  it('UDP port closed, TCP open: warn udp-blocked-tcp-works, decided before the cap', async () => {
    const { result, elapsed } = await runTimed({ iceServers: [good([CLOSED_UDP, TCP])] });
    expect(check(result, 'relays')).toMatchObject({
      status: 'warn',
      reason: 'udp-blocked-tcp-works',
      details: { summary: { working: ['tcp'], blocked: ['udp'] } },
    });
    expect(elapsed).toBeLessThan(CAP + 100);
  });

  it('every transport closed: fail relays-blocked within the cap (not skipped as timed-out)', async () => {
    const { result, elapsed } = await runTimed({ iceServers: [good([CLOSED_UDP, CLOSED_TCP])] });
    expect(check(result, 'relays')).toMatchObject({ status: 'fail', reason: 'relays-blocked' });
    expect(result.verdict).toBe('blocked');
    expect(result.ms).toBeLessThanOrEqual(CAP);
    expect(elapsed).toBeLessThan(CAP + 100);
  });

  it('wrong credential: fail relay-auth-failed (401), decided at once', async () => {
    const { result, elapsed } = await runTimed({
      iceServers: [{ urls: [UDP, TCP], username, credential: 'wrong-password' }],
    });
    const relays = check(result, 'relays');
    expect(relays).toMatchObject({ status: 'fail', reason: 'relay-auth-failed' });
    expect(relays.details?.results.map((r) => r.errorCode)).toEqual([401, 401]);
    expect(elapsed).toBeLessThan(1500);
    expect(JSON.stringify(result)).not.toContain('wrong-password');
  });

  it('reachability mode: stun: and a credential-less turn: to coturn both answer → pass relays-answered', async () => {
    const stun = `stun:${host}:${port}`;
    const tls = `turns:localhost:${tlsPort}?transport=tcp`;
    const { result, elapsed } = await runTimed({ iceServers: [{ urls: stun }, { urls: [TCP, tls] }] });
    const relays = check(result, 'relays');
    expect(relays).toMatchObject({ status: 'pass', reason: 'relays-answered', details: { mode: 'reachability' } });
    // Reported under the URLs the app gave (probed as turn:/turns: with a known-bad credential).
    expect(relays.details?.results.map((r) => [r.url, r.transport, r.status, r.errorCode])).toEqual([
      [stun, 'udp', 'reachable', 401],
      [TCP, 'tcp', 'reachable', 401],
      [tls, 'tls', 'reachable', 401],
    ]);
    expect(elapsed).toBeLessThan(1500);
  });

  it('reachability mode: stun: and turn: on the same host and port are each reported under their own URL', async () => {
    // The usual coturn setup lists both on one port; the stun: one is probed as that same turn: URL.
    const stun = `stun:${host}:${port}`;
    const { result } = await runTimed({ iceServers: [{ urls: [stun, UDP] }] });
    expect(check(result, 'relays').details?.results.map((r) => [r.url, r.status])).toEqual([
      [stun, 'reachable'],
      [UDP, 'reachable'],
    ]);
  });

  it('reachability mode, UDP port closed (UDP only tested): warn udp-blocked, not fail', async () => {
    const { result } = await runTimed({ iceServers: [{ urls: `stun:${host}:${closedUdpPort}` }] });
    expect(check(result, 'relays')).toMatchObject({
      status: 'warn',
      reason: 'udp-blocked',
      details: { mode: 'reachability', summary: { blocked: ['udp'] } },
    });
  });

  it('reachability mode, UDP and TCP closed: fail relays-blocked', async () => {
    const { result, elapsed } = await runTimed({
      iceServers: [{ urls: [`stun:${host}:${closedUdpPort}`, CLOSED_TCP] }],
    });
    expect(check(result, 'relays')).toMatchObject({ status: 'fail', reason: 'relays-blocked' });
    expect(elapsed).toBeLessThan(CAP + 100);
  });
});

describe('signalling: local HTTPS endpoints', () => {
  it('an HTTPS endpoint that answers: pass, only its origin kept', async () => {
    // A pass asserts no timing: a roomy cap, so a loaded machine's slow TLS handshake is not a timeout.
    const { result } = await runTimed({ endpoints: [`${upOrigin}/api/token?user=8:acs:secret-id`], timeoutMs: 10_000 });
    const signalling = check(result, 'signalling');
    expect(signalling).toMatchObject({
      status: 'pass',
      reason: 'endpoints-reachable',
      details: { endpoints: [{ origin: upOrigin, status: 'reachable' }] },
    });
    expect(JSON.stringify(result)).not.toContain('secret-id');
  });

  it('a cross-origin answer is opaque: reachable, and the result says the status could not be seen', async () => {
    const { result } = await runTimed({ endpoints: [`${upOrigin}/ok`], timeoutMs: 10_000 });
    expect(check(result, 'signalling')).toMatchObject({
      status: 'pass',
      details: { endpoints: [{ origin: upOrigin, status: 'reachable', httpStatus: 'opaque' }] },
    });
  });

  it('a readable 403 (a block page, here the test server refusing a path) is not reachable; a readable 200 is', async () => {
    // The page's own origin answers no-cors fetches readably: Vite refuses files outside its allow list with 403.
    const blocked = `${location.origin}/@fs/etc/hosts`;
    const page = location.href;
    const { result } = await runTimed({ endpoints: [blocked, page], timeoutMs: 10_000 });
    const signalling = check(result, 'signalling');
    expect(signalling).toMatchObject({ status: 'fail', reason: 'endpoints-unreachable' });
    expect(signalling.details?.endpoints.map((e) => [e.status, e.httpStatus])).toEqual([
      ['unreachable', 403],
      ['reachable', 200],
    ]);
    expect(signalling.detail).toBe(`${location.origin} unreachable (HTTP 403)`);
  });

  it('a redirect to a host that is down: reported unreachable (no-cors fetches must follow redirects)', async () => {
    // Known limit, pinned: `redirect: 'manual'` would keep the endpoint's own answer, but in no-cors mode Chromium
    // makes it a network error for every endpoint (tried: all four signalling tests failed).
    const { result } = await runTimed({ endpoints: [`${upOrigin}/redirect`] });
    expect(check(result, 'signalling')).toMatchObject({
      status: 'fail',
      details: { endpoints: [{ origin: upOrigin, status: 'unreachable' }] },
    });
  });

  it('a refused port: fail endpoints-unreachable naming the origin, and the relays still pass', async () => {
    const { result, elapsed } = await runTimed({
      iceServers: [good(UDP)],
      endpoints: [`${upOrigin}/ok`, `${refusedOrigin}/calling`],
    });
    const signalling = check(result, 'signalling');
    expect(signalling).toMatchObject({ status: 'fail', reason: 'endpoints-unreachable' });
    expect(signalling.detail).toBe(`${refusedOrigin} unreachable`);
    expect(signalling.details?.endpoints.map((e) => [e.origin, e.status])).toEqual([
      [upOrigin, 'reachable'],
      [refusedOrigin, 'unreachable'],
    ]);
    // A signalling failure is not a relay failure.
    expect(check(result, 'relays')).toMatchObject({ status: 'pass', reason: 'relays-reachable' });
    expect(result.verdict).toBe('blocked');
    expect(elapsed).toBeLessThan(1500);
  });

  it('a port that accepts and never answers: status timeout within the cap; wrong relay credential stays a relay failure', async () => {
    const { result, elapsed } = await runTimed({
      iceServers: [{ urls: UDP, username, credential: 'wrong-password' }],
      endpoints: [silentOrigin, upOrigin],
    });
    const signalling = check(result, 'signalling');
    expect(signalling).toMatchObject({ status: 'fail', reason: 'endpoints-unreachable' });
    expect(signalling.details?.endpoints.map((e) => [e.origin, e.status])).toEqual([
      [silentOrigin, 'timeout'],
      [upOrigin, 'reachable'],
    ]);
    expect(signalling.details?.endpoints[0]?.ms).toBeLessThanOrEqual(CAP);
    // A relay failure is not a signalling failure: each check reports its own.
    expect(check(result, 'relays')).toMatchObject({ status: 'fail', reason: 'relay-auth-failed' });
    expect(result.ms).toBeLessThanOrEqual(CAP);
    expect(elapsed).toBeLessThan(CAP + 100);
  });
});

describe("history: this device's localStorage, as the provider writes it", () => {
  it('two 410/3112 ends recorded for this user: warn recent-relay-failures; another user: no history', async () => {
    const userId = `8:acs:readiness-test-${Math.random().toString(36).slice(2)}`;
    // The same default the provider's createCallDiagnostics uses: localStorage, keyed by a hash of the user id.
    const history = createOutcomeHistory({ userId });
    try {
      history.record({ at: Date.now() - 60_000, code: 410, subCode: 3112, callId: 'call-1' });
      history.record({ at: Date.now() - 30_000, code: 410, subCode: 3112, callId: 'call-2' });
      expect(history.list()).toHaveLength(2);
      const mine = await createReadinessCheck({ userId, timeoutMs: CAP }).run();
      expect(check(mine, 'history')).toMatchObject({
        status: 'warn',
        reason: 'recent-relay-failures',
        details: { outcomes: 2, recentRelayFailures: 2 },
      });
      const other = await createReadinessCheck({ userId: `${userId}-other`, timeoutMs: CAP }).run();
      expect(check(other, 'history')).toMatchObject({ status: 'skipped', reason: 'no-history' });
      expect(JSON.stringify(mine)).not.toContain(userId);
    } finally {
      history.clear();
    }
  });
});

/** Wraps the globals a run uses, counting what it starts and what it releases. */
function trackResources() {
  const NativePc = globalThis.RTCPeerConnection;
  const nativeFetch = globalThis.fetch;
  const nativeSetTimeout = globalThis.setTimeout;
  const nativeClearTimeout = globalThis.clearTimeout;
  const pcs: RTCPeerConnection[] = [];
  const fetches = { started: 0, settled: 0 };
  /** Timers the kit's own code started (by the caller's module) and that neither fired nor were cleared. */
  const liveTimers = new Set<unknown>();
  let timersStarted = 0;

  globalThis.RTCPeerConnection = class extends NativePc {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      pcs.push(this);
    }
  } as typeof RTCPeerConnection;
  globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
    fetches.started += 1;
    const promise = nativeFetch(...args);
    promise.then(
      () => {
        fetches.settled += 1;
      },
      () => {
        fetches.settled += 1;
      },
    );
    return promise;
  }) as typeof fetch;
  const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
    handler: (...a: unknown[]) => void,
    ms?: number,
    ...rest: unknown[]
  ) => {
    const ours = /\/packages\/core\/src\/(readiness|probe)\/(?!readiness\.browser\.test)/.test(new Error().stack ?? '');
    let id: ReturnType<typeof setTimeout> | undefined;
    id = nativeSetTimeout(() => {
      liveTimers.delete(id);
      handler(...rest);
    }, ms);
    if (ours) {
      timersStarted += 1;
      liveTimers.add(id);
    }
    return id;
  }) as typeof setTimeout);
  const clearTimeoutSpy = vi.spyOn(globalThis, 'clearTimeout').mockImplementation((id) => {
    liveTimers.delete(id);
    nativeClearTimeout(id);
  });

  return {
    pcs,
    fetches,
    liveTimers,
    get timersStarted() {
      return timersStarted;
    },
    restore() {
      globalThis.RTCPeerConnection = NativePc;
      globalThis.fetch = nativeFetch;
      setTimeoutSpy.mockRestore();
      clearTimeoutSpy.mockRestore();
    },
  };
}

describe('abort and concurrent runs', () => {
  it('abort ~200 ms into a run (blocked UDP relay, silent endpoint): AbortError within 100 ms, everything released', async () => {
    const tracked = trackResources();
    try {
      const readiness = createReadinessCheck({
        history: false,
        iceServers: [good(CLOSED_UDP)],
        endpoints: [silentOrigin],
      });
      const controller = new AbortController();
      const outcome = readiness.run({ signal: controller.signal }).then(
        () => ({ error: undefined as unknown, at: performance.now() }),
        (error: unknown) => ({ error, at: performance.now() }),
      );
      await sleep(200);
      expect(readiness.getSnapshot().state).toBe('running');
      expect(tracked.pcs.length).toBeGreaterThanOrEqual(1);
      expect(tracked.fetches.started).toBe(1);
      const abortedAt = performance.now();
      controller.abort();
      const { error, at } = await outcome;
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(at - abortedAt).toBeLessThan(100);
      expect(readiness.getSnapshot().state).toBe('aborted');

      // What the run started is released within the same 100 ms.
      await vi.waitFor(
        () => {
          expect(tracked.pcs.filter((pc) => pc.signalingState !== 'closed')).toHaveLength(0);
          expect(tracked.fetches.settled).toBe(tracked.fetches.started);
          expect(tracked.liveTimers.size).toBe(0);
        },
        { timeout: 100, interval: 5 },
      );
      expect(tracked.timersStarted).toBeGreaterThanOrEqual(3); // the cap, the relay probe's, the fetch's
    } finally {
      tracked.restore();
    }
  });

  it('abort() without a signal: rejects AbortError; checks not finished are skipped as aborted', async () => {
    const tracked = trackResources();
    try {
      const readiness = createReadinessCheck({ history: false, iceServers: [good(CLOSED_UDP)] });
      const promise = readiness.run();
      await sleep(200);
      readiness.abort();
      await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
      const snapshot = readiness.getSnapshot();
      expect(snapshot.state).toBe('aborted');
      expect(snapshot.checks.find((c) => c.id === 'relays')).toMatchObject({ status: 'skipped', reason: 'aborted' });
      await vi.waitFor(
        () => {
          expect(tracked.pcs.filter((pc) => pc.signalingState !== 'closed')).toHaveLength(0);
          expect(tracked.liveTimers.size).toBe(0);
        },
        { timeout: 100, interval: 5 },
      );
    } finally {
      tracked.restore();
    }
  });

  it('run() twice at once returns the same promise (one set of probes); a later run() starts a new one', async () => {
    const tracked = trackResources();
    try {
      const readiness = createReadinessCheck({ history: false, iceServers: [good(UDP)], endpoints: [upOrigin] });
      const first = readiness.run();
      const second = readiness.run();
      expect(second).toBe(first);
      const result = await first;
      expect(result.verdict).toBe('ready');
      expect(tracked.pcs).toHaveLength(1);
      expect(tracked.fetches.started).toBe(1);
      const third = readiness.run();
      expect(third).not.toBe(first);
      await third;
      expect(tracked.pcs).toHaveLength(2);
    } finally {
      tracked.restore();
    }
  });
});

describe('permission prompts and cancels (the person answers after the run was cancelled)', () => {
  /**
   * The browser's own media devices, with the person's answer to the prompt `promptMs` late (the project's fake UI
   * grants at once) and the permission state read `queryMs` late; every stream the browser hands out is kept.
   */
  function slowPerson(promptMs: number, queryMs = 0) {
    const streams: MediaStream[] = [];
    const asked = vi.fn();
    const platform: NonNullable<ReadinessCheckOptions['platform']> = {
      permissions: {
        query: async (descriptor) => {
          await sleep(queryMs);
          return navigator.permissions.query(descriptor as PermissionDescriptor);
        },
      },
      mediaDevices: {
        enumerateDevices: () => navigator.mediaDevices.enumerateDevices(),
        getUserMedia: async (constraints) => {
          asked(constraints);
          await sleep(promptMs);
          const stream = await navigator.mediaDevices.getUserMedia(constraints);
          streams.push(stream);
          return stream;
        },
      },
    };
    return { platform, streams, asked };
  }

  it.each([
    ['abort()', (readiness: ReturnType<typeof createReadinessCheck>) => readiness.abort()],
    ['its signal', (_: unknown, controller: AbortController) => controller.abort()],
  ])(
    'cancelled by %s while the prompt is open, then allowed: every track of the stream is stopped',
    async (_, cancel) => {
      const person = slowPerson(400);
      const readiness = createReadinessCheck({ history: false, platform: person.platform, timeoutMs: 20_000 });
      const controller = new AbortController();
      const run = readiness.run({ requestPermissions: true, signal: controller.signal });
      const rejected = expect(run).rejects.toMatchObject({ name: 'AbortError' });
      await vi.waitFor(() => expect(person.asked).toHaveBeenCalledOnce(), { timeout: 2000, interval: 5 });
      cancel(readiness, controller);
      await rejected;
      // The person clicks Allow after the cancel: the browser hands out a live stream.
      await vi.waitFor(() => expect(person.streams).toHaveLength(1), { timeout: 5000, interval: 10 });
      const tracks = person.streams[0]?.getTracks() ?? [];
      expect(tracks.length).toBeGreaterThanOrEqual(2);
      await vi.waitFor(() => expect(tracks.map((t) => t.readyState)).toEqual(tracks.map(() => 'ended')), {
        timeout: 1000,
        interval: 10,
      });
    },
  );

  it('cancelled while the permission state is read: no prompt opens afterwards', async () => {
    const person = slowPerson(0, 300);
    const readiness = createReadinessCheck({ history: false, platform: person.platform, timeoutMs: 20_000 });
    const run = readiness.run({ requestPermissions: true });
    const rejected = expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await sleep(100);
    readiness.abort();
    await rejected;
    await sleep(1000);
    expect(person.asked).not.toHaveBeenCalled();
    expect(person.streams).toHaveLength(0);
  });
});
