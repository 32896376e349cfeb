// The five readiness checks, called one by one with a context the test builds: each check's status and reason for
// each behaviour of the platform, and exactly what it reads and keeps.
import { createFakeRelayPeerConnection } from '@call-diagnostics/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../test/memoryStorage.js';
import { createMemoryHistory, createOutcomeHistory } from '../history/outcomeHistory.js';
import {
  type CheckContext,
  checkDevices,
  checkEnvironment,
  checkHistory,
  checkRelays,
  checkSignalling,
  errorDetail,
} from './checks.js';
import type { ReadinessPlatform } from './types.js';

function ctx(over: Partial<CheckContext> = {}): CheckContext {
  return {
    callClient: undefined,
    features: undefined,
    iceServers: undefined,
    endpoints: [],
    history: false,
    userId: undefined,
    requestPermissions: false,
    platform: {},
    signal: new AbortController().signal,
    budgetMs: 1000,
    now: Date.now,
    whilePrompting: (prompt) => prompt,
    ...over,
  };
}

const FEATURES = { DebugInfo: { name: 'DebugInfo' } };
/** Some RTCPeerConnection: WebRTC is there (what it does is not read by these checks). */
const Pc = createFakeRelayPeerConnection(() => ({ kind: 'silent' })).RTCPeerConnection;

function client(feature: unknown, deviceManager: unknown = undefined) {
  return {
    feature: vi.fn(() => feature),
    getDeviceManager: vi.fn(async () => deviceManager),
  };
}

async function settle<T>(promise: Promise<T>, ms = 10_000): Promise<T> {
  await vi.advanceTimersByTimeAsync(ms);
  return promise;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('errorDetail', () => {
  it('names an Error, stringifies anything else, redacts and keeps 300 characters', () => {
    expect(errorDetail(new TypeError('bad thing'))).toBe('TypeError: bad thing');
    expect(errorDetail('plain')).toBe('plain');
    expect(errorDetail(42)).toBe('42');
    expect(errorDetail(new Error('token=abc123def'))).not.toContain('abc123def');
    expect(errorDetail(new Error('x'.repeat(400)))).toBe(`Error: ${'x'.repeat(293)}`);
  });
});

describe('checkEnvironment', () => {
  it('outside a page, without WebRTC or a CallClient: skipped as not-in-browser', async () => {
    expect(await checkEnvironment(ctx())).toEqual({ status: 'skipped', reason: 'not-in-browser' });
  });

  it('in a page (a document or a window) without WebRTC: fail no-webrtc', async () => {
    vi.stubGlobal('document', {});
    expect(await checkEnvironment(ctx())).toEqual({ status: 'fail', reason: 'no-webrtc', details: { webrtc: false } });
    vi.unstubAllGlobals();
    vi.stubGlobal('window', {});
    expect(await checkEnvironment(ctx())).toEqual({ status: 'fail', reason: 'no-webrtc', details: { webrtc: false } });
  });

  it('with a CallClient but no WebRTC: fail no-webrtc, and the SDK is not asked', async () => {
    const c = client({});
    expect(await checkEnvironment(ctx({ callClient: c, features: FEATURES }))).toEqual({
      status: 'fail',
      reason: 'no-webrtc',
      details: { webrtc: false },
    });
    expect(c.feature).not.toHaveBeenCalled();
  });

  it('WebRTC from the platform or the global one, without a CallClient: pass webrtc-available', async () => {
    expect(await checkEnvironment(ctx({ platform: { RTCPeerConnection: Pc } }))).toEqual({
      status: 'pass',
      reason: 'webrtc-available',
      details: { webrtc: true },
    });
    vi.stubGlobal('RTCPeerConnection', Pc);
    expect(await checkEnvironment(ctx())).toMatchObject({ status: 'pass', reason: 'webrtc-available' });
  });

  it('a RTCPeerConnection that is not a function is no WebRTC', async () => {
    vi.stubGlobal('document', {});
    expect(await checkEnvironment(ctx({ platform: { RTCPeerConnection: {} as never } }))).toMatchObject({
      status: 'fail',
      reason: 'no-webrtc',
    });
  });

  const env = (info: unknown) =>
    checkEnvironment(
      ctx({
        callClient: client({ getEnvironmentInfo: async () => info }),
        features: FEATURES,
        platform: { RTCPeerConnection: Pc },
      }),
    );

  it("asks the SDK's DebugInfo and keeps what it says, strings cut at 80 characters", async () => {
    const c = client({
      getEnvironmentInfo: async () => ({
        environment: { platform: 'Windows', browser: 'x'.repeat(100), browserVersion: 140 },
        isSupportedPlatform: true,
        isSupportedBrowser: true,
        isSupportedBrowserVersion: true,
        isSupportedEnvironment: true,
      }),
    });
    const outcome = await checkEnvironment(
      ctx({ callClient: c, features: FEATURES, platform: { RTCPeerConnection: Pc } }),
    );
    expect(c.feature).toHaveBeenCalledWith(FEATURES.DebugInfo);
    expect(outcome).toEqual({
      status: 'pass',
      reason: 'supported',
      details: {
        webrtc: true,
        platform: 'Windows',
        browser: 'x'.repeat(80),
        browserVersion: undefined,
        isSupportedPlatform: true,
        isSupportedBrowser: true,
        isSupportedBrowserVersion: true,
        isSupportedEnvironment: true,
      },
    });
  });

  it.each([
    [
      { isSupportedBrowser: false, isSupportedBrowserVersion: false, isSupportedPlatform: false },
      'unsupported-browser',
    ],
    [{ isSupportedBrowserVersion: false, isSupportedPlatform: false }, 'unsupported-browser-version'],
    [{ isSupportedPlatform: false }, 'unsupported-platform'],
    [{ isSupportedEnvironment: false }, 'unsupported-browser'],
    [{ isSupportedEnvironment: 'true' }, 'unsupported-browser'],
  ])('%j → warn %s', async (flags, reason) => {
    const info = {
      isSupportedPlatform: true,
      isSupportedBrowser: true,
      isSupportedBrowserVersion: true,
      isSupportedEnvironment: true,
      ...flags,
    };
    const outcome = await env(info);
    expect(outcome).toMatchObject({ status: 'warn', reason });
  });

  it('an answer that is not an object, or null, is read as nothing known: warn', async () => {
    const outcome = await env(undefined);
    expect(outcome).toEqual({
      status: 'warn',
      reason: 'unsupported-browser',
      details: {
        webrtc: true,
        platform: undefined,
        browser: undefined,
        browserVersion: undefined,
        isSupportedPlatform: undefined,
        isSupportedBrowser: undefined,
        isSupportedBrowserVersion: undefined,
        isSupportedEnvironment: undefined,
      },
    });
    expect(await env({ isSupportedEnvironment: 1, isSupportedBrowser: 'no' })).toMatchObject({
      reason: 'unsupported-browser',
      details: { isSupportedEnvironment: undefined, isSupportedBrowser: undefined },
    });
  });

  it('a feature without getEnvironmentInfo(), a null feature, or a throwing SDK: skipped sdk-error with the detail', async () => {
    const run = (c: unknown) =>
      checkEnvironment(ctx({ callClient: c as never, features: FEATURES, platform: { RTCPeerConnection: Pc } }));
    const missing = 'TypeError: callClient.feature(Features.DebugInfo) has no getEnvironmentInfo()';
    expect(await run(client({}))).toEqual({
      status: 'skipped',
      reason: 'sdk-error',
      detail: missing,
      details: { webrtc: true },
    });
    expect(await run(client(null))).toMatchObject({ detail: missing });
    expect(await run(client({ getEnvironmentInfo: 'no' }))).toMatchObject({ detail: missing });
    expect(
      await run(
        client({
          getEnvironmentInfo: async () => {
            throw new Error('SDK down');
          },
        }),
      ),
    ).toEqual({ status: 'skipped', reason: 'sdk-error', detail: 'Error: SDK down', details: { webrtc: true } });
  });
});

describe('checkDevices', () => {
  const media = (kinds: string[], extra: object = {}) => ({
    enumerateDevices: async () => kinds.map((kind) => ({ kind })),
    ...extra,
  });
  const permissions = (mic: string, cam = mic) => ({
    query: vi.fn(async ({ name }: { name: string }) => ({
      state: name === 'microphone' ? mic : name === 'camera' ? cam : 'not-a-permission',
    })),
  });

  it('reads counts and both permissions through the browser, without prompting', async () => {
    const p = permissions('granted', 'prompt');
    const outcome = await checkDevices(
      ctx({
        platform: {
          permissions: p,
          mediaDevices: media(['audioinput', 'audioinput', 'videoinput', 'audiooutput', 'other']),
        },
      }),
    );
    expect(outcome).toEqual({
      status: 'pass',
      reason: 'devices-available',
      details: {
        via: 'browser',
        microphones: 2,
        cameras: 1,
        speakers: 1,
        microphonePermission: 'granted',
        cameraPermission: 'prompt',
        prompted: false,
      },
    });
    expect(p.query.mock.calls.map((c) => c[0])).toEqual([{ name: 'microphone' }, { name: 'camera' }]);
  });

  it('no speakers listed is undefined, not 0; a list that is not an array counts nothing', async () => {
    const none = await checkDevices(
      ctx({ platform: { permissions: permissions('granted'), mediaDevices: media(['audioinput', 'videoinput']) } }),
    );
    expect(none.details).toMatchObject({ speakers: undefined, microphones: 1, cameras: 1 });
    const odd = await checkDevices(
      ctx({
        platform: {
          permissions: permissions('granted'),
          mediaDevices: { enumerateDevices: async () => 'nope' as never },
        },
      }),
    );
    expect(odd).toMatchObject({ status: 'warn', reason: 'no-microphone', details: { microphones: 0, cameras: 0 } });
    const holes = await checkDevices(
      ctx({
        platform: {
          permissions: permissions('granted'),
          mediaDevices: {
            enumerateDevices: async () => [null, { kind: 'audioinput' }, { kind: 'videoinput' }] as never,
          },
        },
      }),
    );
    expect(holes).toMatchObject({ status: 'pass', details: { microphones: 1, cameras: 1 } });
  });

  it.each([
    // mic permission, cam permission, kinds → reason
    ['prompt', 'prompt', [], 'permission-needed'],
    ['unknown', 'unknown', ['videoinput'], 'permission-needed'],
    ['denied', 'granted', [], 'microphone-denied'],
    ['denied', 'granted', ['audioinput', 'videoinput'], 'microphone-denied'],
    ['granted', 'granted', ['videoinput'], 'no-microphone'],
    ['prompt', 'denied', ['audioinput', 'videoinput'], 'camera-denied'],
    ['granted', 'denied', ['audioinput'], 'camera-denied'],
    ['granted', 'granted', ['audioinput'], 'no-camera'],
    ['prompt', 'prompt', ['audioinput', 'videoinput'], 'devices-available'],
  ] as const)('mic %s, camera %s, devices %j → warn/pass %s', async (mic, cam, kinds, reason) => {
    const outcome = await checkDevices(
      ctx({ platform: { permissions: permissions(mic, cam), mediaDevices: media([...kinds]) } }),
    );
    expect(outcome).toMatchObject({ status: reason === 'devices-available' ? 'pass' : 'warn', reason });
  });

  it('permission states: unknown without the API, when query throws, or for an unknown state; the global one is used', async () => {
    const read = async (perms: ReadinessPlatform['permissions']) =>
      (await checkDevices(ctx({ platform: { permissions: perms, mediaDevices: media(['audioinput']) } }))).details;
    expect(await read(undefined)).toMatchObject({ microphonePermission: 'unknown', cameraPermission: 'unknown' });
    expect(await read({} as never)).toMatchObject({ microphonePermission: 'unknown' });
    expect(
      await read({
        query: async () => {
          throw new TypeError('camera is not a valid permission name');
        },
      }),
    ).toMatchObject({ microphonePermission: 'unknown', cameraPermission: 'unknown' });
    expect(await read({ query: async () => ({ state: 'weird' }) })).toMatchObject({ microphonePermission: 'unknown' });
    expect(await read(permissions('denied', 'granted'))).toMatchObject({
      microphonePermission: 'denied',
      cameraPermission: 'granted',
    });
    vi.stubGlobal('navigator', { permissions: permissions('granted', 'denied') });
    expect(await read(undefined)).toMatchObject({ microphonePermission: 'granted', cameraPermission: 'denied' });
  });

  it('without media devices: skipped not-in-browser outside a page, no-media-devices in one', async () => {
    expect(await checkDevices(ctx())).toEqual({ status: 'skipped', reason: 'not-in-browser' });
    expect(await checkDevices(ctx({ platform: { mediaDevices: {} as never } }))).toEqual({
      status: 'skipped',
      reason: 'not-in-browser',
    });
    vi.stubGlobal('document', {});
    expect(await checkDevices(ctx())).toEqual({ status: 'skipped', reason: 'no-media-devices' });
  });

  it("uses the global navigator's media devices", async () => {
    vi.stubGlobal('navigator', { mediaDevices: media(['audioinput', 'videoinput']) });
    expect(await checkDevices(ctx())).toMatchObject({
      status: 'pass',
      details: { via: 'browser', microphones: 1, cameras: 1, microphonePermission: 'unknown' },
    });
  });

  it('with requestPermissions: getUserMedia for audio and video, through whilePrompting, tracks stopped', async () => {
    const stop = vi.fn();
    const getUserMedia = vi.fn(async () => ({ getTracks: () => [{ stop }, { stop }] }));
    const whilePrompting = vi.fn(<T>(p: Promise<T>) => p);
    const outcome = await checkDevices(
      ctx({
        requestPermissions: true,
        whilePrompting: whilePrompting as CheckContext['whilePrompting'],
        platform: {
          permissions: permissions('prompt'),
          mediaDevices: media(['audioinput', 'videoinput'], { getUserMedia }),
        },
      }),
    );
    expect(getUserMedia).toHaveBeenCalledWith({ audio: true, video: true });
    expect(whilePrompting).toHaveBeenCalledOnce();
    expect(stop).toHaveBeenCalledTimes(2);
    expect(outcome).toMatchObject({
      status: 'pass',
      details: { microphonePermission: 'granted', cameraPermission: 'granted', prompted: true },
    });
  });

  it('a refused getUserMedia re-reads the permissions; a microphone not granted becomes denied', async () => {
    let reads = 0;
    const perms = {
      query: async ({ name }: { name: string }) => {
        reads += 1;
        if (reads <= 2) return { state: 'prompt' };
        return { state: name === 'microphone' ? 'prompt' : name === 'camera' ? 'granted' : 'not-a-permission' };
      },
    };
    const getUserMedia = async () => {
      throw new DOMException('denied', 'NotAllowedError');
    };
    const outcome = await checkDevices(
      ctx({
        requestPermissions: true,
        platform: { permissions: perms, mediaDevices: media(['audioinput', 'videoinput'], { getUserMedia }) },
      }),
    );
    expect(outcome).toMatchObject({
      status: 'warn',
      reason: 'microphone-denied',
      details: { microphonePermission: 'denied', cameraPermission: 'granted', prompted: true },
    });
    expect(reads).toBe(4);
  });

  it('a refused getUserMedia with the microphone granted meanwhile keeps it granted', async () => {
    const getUserMedia = async () => {
      throw new Error('camera busy');
    };
    const outcome = await checkDevices(
      ctx({
        requestPermissions: true,
        platform: {
          permissions: permissions('granted', 'denied'),
          mediaDevices: media(['audioinput', 'videoinput'], { getUserMedia }),
        },
      }),
    );
    expect(outcome).toMatchObject({
      reason: 'camera-denied',
      details: { microphonePermission: 'granted', cameraPermission: 'denied' },
    });
  });

  it('a stream that arrives after the prompt was given up (a cancel) still has every track stopped', async () => {
    const stop = vi.fn();
    let allow!: () => void;
    const getUserMedia = () =>
      new Promise<{ getTracks(): Array<{ stop(): void }> }>((resolve) => {
        allow = () => resolve({ getTracks: () => [{ stop }, { stop }] });
      });
    const cancelled = checkDevices(
      ctx({
        requestPermissions: true,
        whilePrompting: () => Promise.reject(new Error('The readiness check was aborted.')),
        platform: { permissions: permissions('prompt'), mediaDevices: media(['audioinput'], { getUserMedia }) },
      }),
    );
    await cancelled;
    expect(stop).not.toHaveBeenCalled();
    allow();
    await Promise.resolve();
    await Promise.resolve();
    expect(stop).toHaveBeenCalledTimes(2);
  });

  it('a run cancelled before the prompt opens asks nothing: no getUserMedia, no askDevicePermission', async () => {
    const controller = new AbortController();
    controller.abort();
    const getUserMedia = vi.fn();
    await expect(
      checkDevices(
        ctx({
          requestPermissions: true,
          signal: controller.signal,
          platform: { permissions: permissions('prompt'), mediaDevices: media(['audioinput'], { getUserMedia }) },
        }),
      ),
    ).rejects.toMatchObject({ name: 'AbortError', message: 'The readiness check was aborted.' });
    expect(getUserMedia).not.toHaveBeenCalled();
    const askDevicePermission = vi.fn();
    const manager = { getMicrophones: async () => [{}], getCameras: async () => [{}], askDevicePermission };
    await expect(
      checkDevices(ctx({ requestPermissions: true, signal: controller.signal, callClient: client({}, manager) })),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(askDevicePermission).not.toHaveBeenCalled();
  });

  it('no prompt without requestPermissions, or without getUserMedia', async () => {
    const getUserMedia = vi.fn();
    const without = await checkDevices(
      ctx({ platform: { permissions: permissions('prompt'), mediaDevices: media(['audioinput'], { getUserMedia }) } }),
    );
    expect(getUserMedia).not.toHaveBeenCalled();
    expect(without.details).toMatchObject({ prompted: false });
    const noApi = await checkDevices(
      ctx({
        requestPermissions: true,
        platform: { permissions: permissions('prompt'), mediaDevices: media(['audioinput']) },
      }),
    );
    expect(noApi.details).toMatchObject({ prompted: false, microphonePermission: 'prompt' });
  });

  describe('through the SDK', () => {
    const dm = (over: Record<string, unknown> = {}) => ({
      isSpeakerSelectionAvailable: true,
      getMicrophones: async () => [{}, {}],
      getCameras: async () => [{}],
      getSpeakers: async () => [{}, {}, {}],
      askDevicePermission: vi.fn(async () => ({ audio: true, video: false })),
      ...over,
    });

    it('counts the DeviceManager lists and reads the permissions without prompting', async () => {
      const manager = dm();
      const outcome = await checkDevices(
        ctx({ callClient: client({}, manager), platform: { permissions: permissions('granted') } }),
      );
      expect(outcome).toEqual({
        status: 'pass',
        reason: 'devices-available',
        details: {
          via: 'sdk',
          microphones: 2,
          cameras: 1,
          speakers: 3,
          microphonePermission: 'granted',
          cameraPermission: 'granted',
          prompted: false,
        },
      });
      expect(manager.askDevicePermission).not.toHaveBeenCalled();
    });

    it('speakers are undefined without speaker selection or getSpeakers(); lists that are not arrays count 0', async () => {
      const noSelection = await checkDevices(
        ctx({
          callClient: client({}, dm({ isSpeakerSelectionAvailable: false })),
          platform: { permissions: permissions('granted') },
        }),
      );
      expect(noSelection.details).toMatchObject({ speakers: undefined });
      const noGetter = await checkDevices(
        ctx({
          callClient: client({}, dm({ getSpeakers: undefined })),
          platform: { permissions: permissions('granted') },
        }),
      );
      expect(noGetter.details).toMatchObject({ speakers: undefined });
      const odd = await checkDevices(
        ctx({
          callClient: client({}, dm({ getMicrophones: async () => null, getSpeakers: async () => 'x' })),
          platform: { permissions: permissions('granted') },
        }),
      );
      expect(odd).toMatchObject({ reason: 'no-microphone', details: { microphones: 0, speakers: 0 } });
    });

    it('with requestPermissions: askDevicePermission through whilePrompting; its answer sets both permissions', async () => {
      const manager = dm();
      const whilePrompting = vi.fn(<T>(p: Promise<T>) => p);
      const outcome = await checkDevices(
        ctx({
          callClient: client({}, manager),
          requestPermissions: true,
          whilePrompting: whilePrompting as CheckContext['whilePrompting'],
          platform: { permissions: permissions('prompt') },
        }),
      );
      expect(manager.askDevicePermission).toHaveBeenCalledWith({ audio: true, video: true });
      expect(whilePrompting).toHaveBeenCalledOnce();
      expect(outcome).toMatchObject({
        status: 'warn',
        reason: 'camera-denied',
        details: { microphonePermission: 'granted', cameraPermission: 'denied', prompted: true },
      });
      const nothing = await checkDevices(
        ctx({
          callClient: client({}, dm({ askDevicePermission: async () => undefined })),
          requestPermissions: true,
          platform: { permissions: permissions('granted') },
        }),
      );
      expect(nothing).toMatchObject({
        reason: 'microphone-denied',
        details: { microphonePermission: 'denied', cameraPermission: 'denied' },
      });
    });

    it('an answer granting both sets both permissions to granted', async () => {
      const outcome = await checkDevices(
        ctx({
          callClient: client({}, dm({ askDevicePermission: async () => ({ audio: true, video: true }) })),
          requestPermissions: true,
          platform: { permissions: permissions('prompt') },
        }),
      );
      expect(outcome).toMatchObject({
        status: 'pass',
        details: { microphonePermission: 'granted', cameraPermission: 'granted', prompted: true },
      });
    });

    it('without askDevicePermission there is no prompt', async () => {
      const outcome = await checkDevices(
        ctx({
          callClient: client({}, dm({ askDevicePermission: undefined })),
          requestPermissions: true,
          platform: { permissions: permissions('prompt') },
        }),
      );
      expect(outcome.details).toMatchObject({ prompted: false, microphonePermission: 'prompt' });
    });

    it('a DeviceManager without getMicrophones() or getCameras() throws a TypeError', async () => {
      for (const manager of [undefined, dm({ getMicrophones: undefined }), dm({ getCameras: 'x' })]) {
        await expect(checkDevices(ctx({ callClient: client({}, manager) }))).rejects.toThrow(
          new TypeError('callClient.getDeviceManager() did not return a DeviceManager'),
        );
      }
    });
  });
});

/** The relay probe's peer connections, answering per URL after 5 ms: a relay candidate, an error code, or nothing. */
function relayPc(answer: (url: string) => 'relay' | number | 'silent') {
  const fake = createFakeRelayPeerConnection((url) => {
    const a = answer(url);
    if (a === 'relay') return { kind: 'reachable', afterMs: 5 };
    return a === 'silent' ? { kind: 'silent' } : { kind: 'error', afterMs: 5, code: a, text: `e${a}` };
  });
  return {
    Ctor: fake.RTCPeerConnection,
    seen: fake.instances,
    urls: () => fake.instances.map((i) => i.configuration.iceServers[0]),
  };
}

describe('checkRelays', () => {
  it('no servers: skipped no-relay-urls', async () => {
    expect(await checkRelays(ctx())).toEqual({ status: 'skipped', reason: 'no-relay-urls' });
    expect(await checkRelays(ctx({ iceServers: [] }))).toEqual({ status: 'skipped', reason: 'no-relay-urls' });
  });

  it('no WebRTC: skipped outside a page, fail in a page or with a RTCPeerConnection that is not a function', async () => {
    const servers = [{ urls: 'turn:h.example' }];
    expect(await checkRelays(ctx({ iceServers: servers }))).toEqual({ status: 'skipped', reason: 'not-in-browser' });
    expect(await checkRelays(ctx({ iceServers: servers, platform: { RTCPeerConnection: {} as never } }))).toEqual({
      status: 'fail',
      reason: 'no-webrtc',
    });
    vi.stubGlobal('document', {});
    expect(await checkRelays(ctx({ iceServers: servers }))).toEqual({ status: 'fail', reason: 'no-webrtc' });
  });

  it('uses the global RTCPeerConnection when the platform has none', async () => {
    const pc = relayPc(() => 'relay');
    vi.stubGlobal('RTCPeerConnection', pc.Ctor);
    const outcome = await checkRelays(
      ctx({ iceServers: [{ urls: 'turn:h.example', username: 'u', credential: 'c' }] }),
    );
    expect(outcome).toMatchObject({ status: 'pass', reason: 'relays-reachable' });
    expect(pc.seen).toHaveLength(1);
  });

  it('allocation: only entries with a string username and credential; the rest beside them is not probed', async () => {
    const pc = relayPc(() => 'relay');
    const outcome = await checkRelays(
      ctx({
        platform: { RTCPeerConnection: pc.Ctor },
        iceServers: [
          { urls: ['turn:a.example', 'stun:a.example'], username: 'app-user', credential: 'app-cred' },
          { urls: 'turn:b.example', username: 'only-user' },
          { urls: 'turn:c.example', credential: 'only-cred' },
        ],
      }),
    );
    expect(pc.urls()).toEqual([{ urls: 'turn:a.example', username: 'app-user', credential: 'app-cred' }]);
    expect(outcome).toMatchObject({
      status: 'pass',
      reason: 'relays-reachable',
      details: { mode: 'allocation', summary: { verdict: 'all-reachable', tested: 1 } },
    });
    expect(outcome.details?.results.map((r) => r.url)).toEqual(['turn:a.example']);
  });

  it('reachability: stun:/turn: without credentials become turn:/turns: with a known, non-secret credential', async () => {
    vi.useFakeTimers();
    const pc = relayPc(() => 401);
    const outcome = await settle(
      checkRelays(
        ctx({
          platform: { RTCPeerConnection: pc.Ctor },
          iceServers: [
            {
              urls: [
                'stun:s.example',
                'stuns:s.example:443',
                'turn:t.example:80?transport=tcp',
                'turns:t.example?transport=tcp',
              ],
            },
            { urls: 'stun:s.example:3479', username: 'u', credential: 'c' },
          ],
        }),
      ),
    );
    const credential = { username: 'call-diagnostics-reachability', credential: 'not-a-secret' };
    expect(pc.urls()).toEqual([
      { urls: 'turn:s.example:3478', ...credential },
      { urls: 'turns:s.example:443', ...credential },
      { urls: 'turn:t.example:80?transport=tcp', ...credential },
      { urls: 'turns:t.example:5349', ...credential },
      { urls: 'turn:s.example:3479', ...credential },
    ]);
    expect(outcome).toMatchObject({ status: 'pass', reason: 'relays-answered', details: { mode: 'reachability' } });
    expect(outcome.details?.results).toEqual([
      { url: 'stun:s.example', transport: 'udp', status: 'reachable', errorCode: 401, ms: 5 },
      { url: 'stuns:s.example:443', transport: 'tls', status: 'reachable', errorCode: 401, ms: 5 },
      { url: 'turn:t.example:80?transport=tcp', transport: 'tcp', status: 'reachable', errorCode: 401, ms: 5 },
      { url: 'turns:t.example?transport=tcp', transport: 'tls', status: 'reachable', errorCode: 401, ms: 5 },
      { url: 'stun:s.example:3479', transport: 'udp', status: 'reachable', errorCode: 401, ms: 5 },
    ]);
  });

  it('reachability: a server error is an answer too; unreachable and timeouts keep their status under the app URL', async () => {
    vi.useFakeTimers();
    const pc = relayPc((url) => (url.includes('err') ? 508 : url.includes('down') ? 701 : 'relay'));
    const outcome = await settle(
      checkRelays(
        ctx({
          budgetMs: 200,
          platform: { RTCPeerConnection: pc.Ctor },
          iceServers: [{ urls: ['stun:err.example', 'stun:down.example?transport=tcp', 'turn:ok.example'] }],
        }),
      ),
    );
    expect(outcome.details?.results).toEqual([
      { url: 'stun:err.example', transport: 'udp', status: 'reachable', errorCode: 508, ms: 5 },
      {
        url: 'stun:down.example?transport=tcp',
        transport: 'tcp',
        status: 'unreachable',
        errorCode: 701,
        errorText: 'e701',
        ms: 5,
      },
      { url: 'turn:ok.example', transport: 'udp', status: 'reachable', relayProtocol: 'udp', ms: 5 },
    ]);
    expect(outcome).toMatchObject({ status: 'warn', reason: 'partly-reachable' });
  });

  it('invalid URLs: with credentials they go to the allocation probe, without to the reachability one', async () => {
    const pc = relayPc(() => 'relay');
    const withCreds = await checkRelays(
      ctx({
        platform: { RTCPeerConnection: pc.Ctor },
        iceServers: [{ urls: ['turn:bad host', 'turn:ok.example'], username: 'u', credential: 'c' }],
      }),
    );
    expect(withCreds).toMatchObject({ status: 'pass', reason: 'relays-reachable', details: { mode: 'allocation' } });
    expect(withCreds.details?.results.map((r) => [r.url, r.status])).toEqual([
      ['turn:bad host', 'invalid-url'],
      ['turn:ok.example', 'reachable'],
    ]);
    const withoutCreds = await checkRelays(
      ctx({ platform: { RTCPeerConnection: pc.Ctor }, iceServers: [{ urls: ['turn:bad host', 'stun:ok.example'] }] }),
    );
    expect(withoutCreds).toMatchObject({
      status: 'pass',
      reason: 'relays-answered',
      details: { mode: 'reachability' },
    });
    expect(withoutCreds.details?.results.map((r) => [r.url, r.status, r.errorText])).toEqual([
      ['turn:bad host', 'invalid-url', 'Missing or invalid host name.'],
      ['stun:ok.example', 'reachable', undefined],
    ]);
  });

  it('stun: and stuns: URLs are tested for reachability even beside credentials', async () => {
    const pc = relayPc(() => 401);
    const outcome = await checkRelays(
      ctx({
        platform: { RTCPeerConnection: pc.Ctor },
        iceServers: [{ urls: ['stun:a.example', 'stuns:b.example'], username: 'u', credential: 'c' }],
      }),
    );
    expect(outcome).toMatchObject({ status: 'pass', reason: 'relays-answered', details: { mode: 'reachability' } });
    expect(pc.urls().map((u) => u?.urls)).toEqual(['turn:a.example:3478', 'turns:b.example:5349']);
  });

  it('only invalid URLs: skipped no-relay-urls, with what was found', async () => {
    const pc = relayPc(() => 'relay');
    const outcome = await checkRelays(
      ctx({
        platform: { RTCPeerConnection: pc.Ctor },
        iceServers: [{ urls: 'turn:', username: 'u', credential: 'c' }],
      }),
    );
    expect(outcome).toMatchObject({
      status: 'skipped',
      reason: 'no-relay-urls',
      details: { mode: 'allocation', summary: { verdict: 'no-testable-servers' } },
    });
    expect(pc.seen).toEqual([]);
  });

  it.each([
    ['allocation', { a: 'relay', b: 'relay' }, 'pass', 'relays-reachable'],
    ['allocation', { a: 701, b: 'relay' }, 'warn', 'udp-blocked-tcp-works'],
    ['allocation', { a: 'relay', b: 701 }, 'warn', 'partly-reachable'],
    ['allocation', { a: 401, b: 701 }, 'fail', 'relay-auth-failed'],
    ['allocation', { a: 508, b: 701 }, 'fail', 'relay-server-error'],
    ['allocation', { a: 701, b: 701 }, 'fail', 'relays-blocked'],
    ['reachability', { a: 701, b: 701 }, 'fail', 'relays-blocked'],
    ['reachability', { a: 701, b: 'relay' }, 'warn', 'udp-blocked-tcp-works'],
  ] as const)('%s, %j → %s %s', async (mode, answers, status, reason) => {
    const pc = relayPc((url) => (url.includes('a.example') ? answers.a : answers.b));
    const creds = mode === 'allocation' ? { username: 'u', credential: 'c' } : {};
    const outcome = await checkRelays(
      ctx({
        platform: { RTCPeerConnection: pc.Ctor },
        iceServers: [{ urls: ['turn:a.example', 'turn:b.example?transport=tcp'], ...creds }],
      }),
    );
    expect(outcome).toMatchObject({ status, reason, details: { mode } });
  });

  it("the browser's own errors are no answer: a local 600 then silence is never pass (reachability: udp-blocked)", async () => {
    vi.useFakeTimers();
    const fake = createFakeRelayPeerConnection(() => ({
      kind: 'script',
      events: [
        {
          afterMs: 5,
          type: 'icecandidateerror',
          errorCode: 600,
          errorText: 'IP address family does not match.',
          address: '[0:0:0:x:x:x:x:x]',
          url: 'turn:s.example:3478?transport=udp',
        },
      ],
    }));
    const outcome = await settle(
      checkRelays(
        ctx({
          budgetMs: 300,
          platform: { RTCPeerConnection: fake.RTCPeerConnection },
          iceServers: [{ urls: 'stun:s.example' }],
        }),
      ),
    );
    expect(outcome).toMatchObject({ status: 'warn', reason: 'udp-blocked', details: { mode: 'reachability' } });
    expect(outcome.details?.results).toEqual([
      {
        url: 'stun:s.example',
        transport: 'udp',
        status: 'unreachable',
        errorCode: 600,
        errorText: 'IP address family does not match.',
        ms: 300,
      },
    ]);
  });

  it('a 701 on one interface and a relay candidate on another: pass (allocation)', async () => {
    vi.useFakeTimers();
    const fake = createFakeRelayPeerConnection(() => ({
      kind: 'script',
      events: [
        {
          afterMs: 17,
          type: 'icecandidateerror',
          errorCode: 701,
          errorText: 'TURN host lookup received error.',
          address: '[0:0:0:x:x:x:x:x]',
          url: 'turn:a.example:3478?transport=udp',
        },
        { afterMs: 75, type: 'icecandidate', candidate: { type: 'relay', relayProtocol: 'udp' } },
      ],
    }));
    const outcome = await settle(
      checkRelays(
        ctx({
          platform: { RTCPeerConnection: fake.RTCPeerConnection },
          iceServers: [{ urls: 'turn:a.example', username: 'u', credential: 'c' }],
        }),
      ),
    );
    expect(outcome).toMatchObject({ status: 'pass', reason: 'relays-reachable' });
  });

  it('all blocked without credentials: UDP only is a warning (udp-blocked); TLS tested is a failure', async () => {
    const pc = relayPc(() => 701);
    const udpOnly = await checkRelays(
      ctx({ platform: { RTCPeerConnection: pc.Ctor }, iceServers: [{ urls: ['stun:a.example', 'turn:b.example'] }] }),
    );
    expect(udpOnly).toMatchObject({ status: 'warn', reason: 'udp-blocked' });
    const tls = await checkRelays(
      ctx({ platform: { RTCPeerConnection: pc.Ctor }, iceServers: [{ urls: ['stun:a.example', 'turns:b.example'] }] }),
    );
    expect(tls).toMatchObject({ status: 'fail', reason: 'relays-blocked' });
    const allocationUdpOnly = await checkRelays(
      ctx({
        platform: { RTCPeerConnection: pc.Ctor },
        iceServers: [{ urls: 'turn:b.example', username: 'u', credential: 'c' }],
      }),
    );
    expect(allocationUdpOnly).toMatchObject({ status: 'fail', reason: 'relays-blocked' });
  });

  it('the probe gets the budget as its overall timeout (at least 1 ms), the signal and the clock', async () => {
    vi.useFakeTimers();
    const pc = relayPc(() => 'silent');
    const run = (budgetMs: number) =>
      checkRelays(
        ctx({
          budgetMs,
          platform: { RTCPeerConnection: pc.Ctor },
          iceServers: [{ urls: 'turn:a.example', username: 'u', credential: 'c' }],
        }),
      );
    const p1 = run(700);
    await vi.advanceTimersByTimeAsync(700);
    expect((await p1).details?.results[0]).toMatchObject({ status: 'timeout', ms: 700 });
    const p2 = run(0);
    await vi.advanceTimersByTimeAsync(1);
    expect((await p2).details?.results[0]).toMatchObject({ status: 'timeout', ms: 1 });
    let t = 1000;
    const p3 = checkRelays(
      ctx({
        now: () => t,
        platform: { RTCPeerConnection: relayPc(() => 'relay').Ctor },
        iceServers: [{ urls: 'turn:a.example', username: 'u', credential: 'c' }],
      }),
    );
    t = 1042.4;
    await vi.advanceTimersByTimeAsync(10);
    const outcome = await p3;
    expect(outcome.details?.summary.ms).toBe(42);
    expect(outcome.details?.results[0]?.ms).toBe(42);
    const controller = new AbortController();
    const aborted = checkRelays(
      ctx({
        signal: controller.signal,
        platform: { RTCPeerConnection: pc.Ctor },
        iceServers: [{ urls: 'turn:a.example', username: 'u', credential: 'c' }],
      }),
    );
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('checkSignalling', () => {
  it('no endpoints: skipped no-endpoints; no fetch at all: skipped not-in-browser', async () => {
    expect(await checkSignalling(ctx())).toEqual({ status: 'skipped', reason: 'no-endpoints' });
    vi.stubGlobal('fetch', undefined);
    expect(await checkSignalling(ctx({ endpoints: ['https://a.test'] }))).toEqual({
      status: 'skipped',
      reason: 'not-in-browser',
    });
  });

  it('uses the global fetch when the platform has none', async () => {
    const fetch = vi.fn(async () => ({ body: null }));
    vi.stubGlobal('fetch', fetch);
    expect(await checkSignalling(ctx({ endpoints: ['https://a.test/x'] }))).toMatchObject({ status: 'pass' });
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('fetches each endpoint once, without credentials or body, and keeps only its origin', async () => {
    const cancel = vi.fn();
    const thisArgs: unknown[] = [];
    const fetch = vi.fn(function (this: unknown) {
      thisArgs.push(this);
      return Promise.resolve({ body: { cancel } });
    });
    let t = 100;
    const outcome = await checkSignalling(
      ctx({
        now: () => (t += 10.4),
        endpoints: ['https://a.test/path?id=8:acs:1', 'http://b.test:8080/'],
        platform: { fetch },
      }),
    );
    expect(fetch.mock.calls).toEqual([
      [
        'https://a.test/path?id=8:acs:1',
        {
          method: 'HEAD',
          mode: 'no-cors',
          credentials: 'omit',
          cache: 'no-store',
          referrerPolicy: 'no-referrer',
          signal: expect.any(AbortSignal),
        },
      ],
      ['http://b.test:8080/', expect.objectContaining({ method: 'HEAD' })],
    ]);
    expect(thisArgs).toEqual([globalThis, globalThis]);
    expect(cancel).toHaveBeenCalledTimes(2);
    expect(outcome).toEqual({
      status: 'pass',
      reason: 'endpoints-reachable',
      details: {
        endpoints: [
          { origin: 'https://a.test', status: 'reachable', httpStatus: 'opaque', ms: expect.any(Number) },
          { origin: 'http://b.test:8080', status: 'reachable', httpStatus: 'opaque', ms: expect.any(Number) },
        ],
      },
    });
    for (const e of outcome.details?.endpoints ?? []) expect(Number.isInteger(e.ms) && e.ms > 0).toBe(true);
  });

  it('a body whose cancel() throws, or no answer object, is still reachable', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.includes('a.')
        ? {
            body: {
              cancel: () => {
                throw new TypeError('opaque');
              },
            },
          }
        : undefined,
    );
    const outcome = await checkSignalling(
      ctx({ endpoints: ['https://a.test', 'https://b.test'], platform: { fetch: fetch as never } }),
    );
    expect(outcome).toMatchObject({ status: 'pass', reason: 'endpoints-reachable' });
  });

  it('refused endpoints fail, all named in the detail; a timeout is told apart from a refusal', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn((url: string, init?: RequestInit) => {
      if (url.includes('down')) return Promise.reject(new TypeError('Failed to fetch'));
      if (url.includes('slow')) {
        return new Promise<never>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        );
      }
      return Promise.resolve({ body: null });
    });
    const promise = checkSignalling(
      ctx({
        budgetMs: 300,
        endpoints: ['https://up.test', 'https://down.test/x', 'https://slow.test:444/y'],
        platform: { fetch },
      }),
    );
    await vi.advanceTimersByTimeAsync(299);
    let done = false;
    void promise.then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const outcome = await promise;
    expect(outcome).toEqual({
      status: 'fail',
      reason: 'endpoints-unreachable',
      detail: 'https://down.test unreachable; https://slow.test:444 timeout',
      details: {
        endpoints: [
          { origin: 'https://up.test', status: 'reachable', httpStatus: 'opaque', ms: 0 },
          { origin: 'https://down.test', status: 'unreachable', ms: 0 },
          { origin: 'https://slow.test:444', status: 'timeout', ms: 300 },
        ],
      },
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([
    [{ type: 'basic', status: 200 }, 'reachable', 200],
    [{ type: 'cors', status: 204 }, 'reachable', 204],
    [{ type: 'basic', status: 401 }, 'reachable', 401],
    [{ type: 'basic', status: 404 }, 'reachable', 404],
    [{ type: 'basic', status: 405 }, 'reachable', 405],
    [{ type: 'basic', status: 500 }, 'reachable', 500],
    [{ type: 'basic', status: 403 }, 'unreachable', 403],
    [{ type: 'basic', status: 407 }, 'unreachable', 407],
    [{ type: 'basic', status: 451 }, 'unreachable', 451],
    [{ type: 'basic', status: 502 }, 'unreachable', 502],
    [{ type: 'basic', status: 503 }, 'unreachable', 503],
    [{ type: 'basic', status: 504 }, 'unreachable', 504],
    [{ type: 'basic', status: 511 }, 'unreachable', 511],
    [{ type: 'opaque', status: 0 }, 'reachable', 'opaque'],
    [{ type: 'opaque', status: 403 }, 'reachable', 'opaque'],
    [{ type: 'basic', status: 0 }, 'reachable', 'opaque'],
    [{ status: '403' }, 'reachable', 'opaque'],
    [{}, 'reachable', 'opaque'],
  ])('an answer %j: %s, httpStatus %s', async (answer, status, httpStatus) => {
    const outcome = await checkSignalling(
      ctx({ endpoints: ['https://a.test/x'], platform: { fetch: async () => answer as never } }),
    );
    expect(outcome.details?.endpoints[0]).toMatchObject({ status, httpStatus });
    expect(outcome.status).toBe(status === 'reachable' ? 'pass' : 'fail');
  });

  it("a blocking status is named in the detail: 'origin unreachable (HTTP 403)'", async () => {
    const fetch = async (url: string) =>
      url.includes('proxy') ? { type: 'basic', status: 403, body: null } : Promise.reject(new TypeError('Failed'));
    const outcome = await checkSignalling(
      ctx({ endpoints: ['https://proxy.test/a?token=x', 'https://down.test/'], platform: { fetch } }),
    );
    expect(outcome).toMatchObject({
      status: 'fail',
      detail: 'https://proxy.test unreachable (HTTP 403); https://down.test unreachable',
    });
  });

  it('a budget of 0 still waits 1 ms; the run signal aborts the fetches and its listener is removed after', async () => {
    vi.useFakeTimers();
    const fetch = (_url: string, init?: RequestInit) =>
      new Promise<never>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const p0 = checkSignalling(ctx({ budgetMs: 0, endpoints: ['https://a.test'], platform: { fetch } }));
    await vi.advanceTimersByTimeAsync(1);
    expect((await p0).details?.endpoints[0]).toMatchObject({ status: 'timeout' });

    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const promise = checkSignalling(
      ctx({ budgetMs: 5000, signal: controller.signal, endpoints: ['https://a.test'], platform: { fetch } }),
    );
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    const outcome = await promise;
    expect(outcome.details?.endpoints[0]).toMatchObject({ status: 'unreachable' });
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('checkHistory', () => {
  it('history: false or an empty history is skipped no-history', async () => {
    expect(await checkHistory(ctx({ history: false }))).toEqual({ status: 'skipped', reason: 'no-history' });
    expect(await checkHistory(ctx({ history: createMemoryHistory() }))).toEqual({
      status: 'skipped',
      reason: 'no-history',
    });
  });

  it('an OutcomeHistory: pass history-clear, or warn with the recent relay failures', async () => {
    const history = createMemoryHistory();
    history.record({ at: Date.now() - 1000, code: 0 });
    expect(await checkHistory(ctx({ history }))).toEqual({
      status: 'pass',
      reason: 'history-clear',
      details: { outcomes: 1, recentRelayFailures: 0, recurrence: 'unknown' },
    });
    history.record({ at: Date.now() - 500, code: 410, subCode: 3112 });
    expect(await checkHistory(ctx({ history }))).toMatchObject({
      status: 'warn',
      reason: 'recent-relay-failures',
      details: { outcomes: 2, recentRelayFailures: 1 },
    });
  });

  it("a Storage-like object: that user's history only", async () => {
    const s = memoryStorage();
    const writer = createOutcomeHistory({ storage: s, userId: 'alice' });
    writer.record({ at: Date.now() - 1000, code: 410, subCode: 3112 });
    expect(await checkHistory(ctx({ history: s, userId: 'alice' }))).toMatchObject({
      status: 'warn',
      details: { outcomes: 1, recentRelayFailures: 1 },
    });
    expect(await checkHistory(ctx({ history: s, userId: 'bob' }))).toEqual({ status: 'skipped', reason: 'no-history' });
  });

  it('history: false reads nothing, not even the global localStorage', async () => {
    const s = memoryStorage();
    createOutcomeHistory({ storage: s }).record({ at: Date.now() - 1000, code: 410, subCode: 3112 });
    vi.stubGlobal('localStorage', s);
    expect(await checkHistory(ctx({ history: false }))).toEqual({ status: 'skipped', reason: 'no-history' });
  });

  it('no history option: the global localStorage, for the device', async () => {
    const s = memoryStorage();
    createOutcomeHistory({ storage: s }).record({ at: Date.now() - 1000, code: 0 });
    vi.stubGlobal('localStorage', s);
    expect(await checkHistory(ctx({ history: undefined }))).toMatchObject({ status: 'pass', details: { outcomes: 1 } });
  });
});

describe("checkEnvironment without features: the SDK's own Features, loaded lazily", () => {
  // The SDK module, replaced for this group only: its `Features` can lose DebugInfo.
  const DEBUG_INFO = { real: 'DebugInfo' };
  const sdk: { features: { DebugInfo?: unknown } } = { features: { DebugInfo: DEBUG_INFO } };
  beforeAll(() => {
    vi.doMock('@azure/communication-calling', () => ({
      get Features() {
        return sdk.features;
      },
    }));
  });
  afterAll(() => {
    vi.doUnmock('@azure/communication-calling');
  });
  const withClient = (feature: unknown) =>
    checkEnvironment(
      ctx({
        callClient: { feature, getDeviceManager: async () => undefined } as never,
        platform: { RTCPeerConnection: Pc },
      }),
    );

  it("asks the SDK's own Features.DebugInfo", async () => {
    sdk.features = { DebugInfo: DEBUG_INFO };
    const feature = vi.fn(() => ({ getEnvironmentInfo: async () => ({ isSupportedEnvironment: true }) }));
    const outcome = await withClient(feature);
    expect(feature).toHaveBeenCalledWith(DEBUG_INFO);
    expect(outcome).toMatchObject({ status: 'pass', reason: 'supported' });
  });

  it('an SDK without Features.DebugInfo: skipped sdk-error, saying so', async () => {
    sdk.features = {};
    const feature = vi.fn();
    const outcome = await withClient(feature);
    expect(feature).not.toHaveBeenCalled();
    expect(outcome).toEqual({
      status: 'skipped',
      reason: 'sdk-error',
      detail: 'Error: the SDK has no Features.DebugInfo',
      details: { webrtc: true },
    });
  });
});
