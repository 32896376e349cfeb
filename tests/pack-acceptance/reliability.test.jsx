// Issue 22 ("Trust, second round") as an app meets it, against the installed tarballs only (public entry points of
// @call-diagnostics/core, /react and /testing): one test per item of its "Done when" — tracks stopped after
// cancel-then-allow and no prompt after a cancel; a local 600 then silence is not `pass`, a contradicted 701 is; no
// token in an option error; another user's short maxAgeMs leaves your history alone; every redaction form removed and
// Chrome/131.0.0.0 kept; the Application Insights sink never throws; classifyRecurrence reads the seed's two users.
// The browser parts (permission prompt, getUserMedia, RTCPeerConnection) are hand-made to the shape of the real APIs
// or come from @call-diagnostics/testing, as an app's own tests would use them.
import {
  classifyRecurrence,
  createApplicationInsightsSink,
  createCallDiagnostics,
  createOutcomeHistory,
  createReadinessCheck,
  probeRelays,
  redact,
  redactText,
} from '@call-diagnostics/core';
import { CallReadinessCheck } from '@call-diagnostics/react';
import { createFakeRelayPeerConnection } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const byId = (result, id) => result.checks.find((c) => c.id === id);

/** A media track as the browser hands it out: live until stopped (the camera light goes off on stop()). */
function liveTrack(kind) {
  const track = {
    kind,
    readyState: 'live',
    stop: vi.fn(() => {
      track.readyState = 'ended';
    }),
  };
  return track;
}

/**
 * A browser whose permission prompt stays open until the person answers: `getUserMedia` resolves only when the test
 * calls `allow()`, with a stream of two live tracks. The permission state reads `prompt`.
 */
function personAtThePrompt() {
  const tracks = [liveTrack('audio'), liveTrack('video')];
  let allow = () => {};
  const getUserMedia = vi.fn(
    () =>
      new Promise((resolve) => {
        allow = () => resolve({ getTracks: () => [...tracks] });
      }),
  );
  const platform = {
    permissions: { query: async () => ({ state: 'prompt' }) },
    mediaDevices: { enumerateDevices: async () => [], getUserMedia },
    fetch: async () => ({ body: null }),
  };
  return { platform, tracks, getUserMedia, allow: () => allow() };
}

/** Waits until every track the person's browser handed out is stopped (`ended`). */
const everyTrackStopped = (person, how) =>
  vi.waitFor(
    () =>
      expect(
        person.tracks.map((t) => t.readyState),
        how,
      ).toEqual(['ended', 'ended']),
    {
      timeout: 1000,
      interval: 5,
    },
  );

/** Tests that wait for real timers or a lazily loaded chunk. */
const SLOW = { timeout: 30_000 };

test(
  'readiness: a cancel while the permission prompt is open, then Allow, stops every track; a cancel before the prompt opens none',
  SLOW,
  async () => {
    // The core check cancelled by abort() and by the run's signal, each while the prompt is open.
    const cancels = [
      ['abort()', (check) => check.abort()],
      ['its signal', (_check, controller) => controller.abort()],
    ];
    for (const [how, cancel] of cancels) {
      const person = personAtThePrompt();
      const check = createReadinessCheck({ history: false, platform: person.platform, timeoutMs: 20_000 });
      const controller = new AbortController();
      const run = check.run({ requestPermissions: true, signal: controller.signal });
      const rejected = expect(run, how).rejects.toMatchObject({ name: 'AbortError' });
      await vi.waitFor(() => expect(person.getUserMedia).toHaveBeenCalledOnce(), { timeout: 2000, interval: 5 });
      cancel(check, controller);
      await rejected;
      expect(person.tracks.map((t) => t.readyState)).toEqual(['live', 'live']); // the prompt is still open
      person.allow(); // the person clicks Allow after the cancel: the browser hands out a live stream
      await everyTrackStopped(person, how);
      for (const track of person.tracks) expect(track.stop, how).toHaveBeenCalledOnce();
    }

    // In <CallReadinessCheck>: unmounted, Cancel and "Join anyway", each while the prompt is open.
    const uiCancels = [
      ['unmount', (view) => view.unmount()],
      ['Cancel', () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))],
      ['Join anyway', () => fireEvent.click(screen.getByRole('button', { name: 'Join anyway' }))],
    ];
    for (const [how, cancel] of uiCancels) {
      const person = personAtThePrompt();
      const onJoin = vi.fn();
      const view = render(
        <FluentProvider theme={webLightTheme}>
          <CallReadinessCheck history={false} platform={person.platform} requestPermissions autoStart onJoin={onJoin} />
        </FluentProvider>,
      );
      await waitFor(() => expect(person.getUserMedia, how).toHaveBeenCalledOnce(), { timeout: 15_000 });
      act(() => cancel(view));
      if (how === 'Join anyway') expect(onJoin).toHaveBeenCalledOnce();
      person.allow();
      await everyTrackStopped(person, how);
      cleanup();
    }

    // Cancelled while the permission state is still being read (before the device step): no prompt, ever.
    let answer = () => {};
    const answered = new Promise((resolve) => {
      answer = resolve;
    });
    const query = vi.fn(async () => {
      await answered;
      return { state: 'prompt' };
    });
    const getUserMedia = vi.fn(async () => ({ getTracks: () => [liveTrack('audio')] }));
    const check = createReadinessCheck({
      history: false,
      timeoutMs: 20_000,
      platform: { permissions: { query }, mediaDevices: { enumerateDevices: async () => [], getUserMedia } },
    });
    const run = check.run({ requestPermissions: true });
    const rejected = expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await vi.waitFor(() => expect(query).toHaveBeenCalled(), { timeout: 2000, interval: 5 });
    check.abort();
    await rejected;
    answer(); // the permission state arrives after the cancel
    await sleep(100);
    expect(query).toHaveBeenCalled();
    expect(getUserMedia).not.toHaveBeenCalled();
  },
);

test(
  'relay probe: a local 600 then silence is not pass; a 701 contradicted by a relay candidate is pass',
  SLOW,
  async () => {
    // Chromium's own errors, per network interface (address masked), for the TURN URL: no answer from the server.
    const LOCAL_600 = [
      'IP address family does not match.',
      'Address not associated with the desired network interface.',
    ];
    const v6 = { address: '[0:0:0:x:x:x:x:x]', port: 38716 };
    const local600ThenSilence = (text) =>
      createFakeRelayPeerConnection((url) => ({
        kind: 'script',
        events: [{ afterMs: 5, type: 'icecandidateerror', errorCode: 600, errorText: text, url, ...v6 }],
      }));
    const credentials = { username: 'app-user', credential: 'app-credential' };

    for (const text of LOCAL_600) {
      const report = await probeRelays([{ urls: 'turn:relay.contoso.example:3478', ...credentials }], {
        RTCPeerConnection: local600ThenSilence(text).RTCPeerConnection,
        timeoutMs: 200,
      });
      expect(report.results).toHaveLength(1);
      expect(report.results[0]).toMatchObject({ status: 'unreachable', errorCode: 600 });
      expect(report.summary.verdict).toBe('all-blocked');

      // The readiness check: with the app's TURN credentials (allocation) and without (reachability: before the fix a
      // 600 counted as the server's answer there), the relays check is warn or fail, never pass; the verdict not ready.
      for (const iceServers of [
        [{ urls: 'turn:relay.contoso.example:3478', ...credentials }],
        [{ urls: 'stun:relay.contoso.example:3478' }],
      ]) {
        const check = createReadinessCheck({
          iceServers,
          history: false,
          timeoutMs: 400,
          platform: {
            RTCPeerConnection: local600ThenSilence(text).RTCPeerConnection,
            permissions: { query: async () => ({ state: 'granted' }) },
            mediaDevices: { enumerateDevices: async () => [{ kind: 'audioinput' }, { kind: 'videoinput' }] },
          },
        });
        const result = await check.run();
        const relays = byId(result, 'relays');
        expect(['warn', 'fail'], `${text} ${iceServers[0].urls}`).toContain(relays.status);
        expect(relays.details.results.map((r) => r.status)).toEqual(['unreachable']);
        expect(result.verdict).not.toBe('ready');
      }
    }

    // A 701 on one interface ("TURN host lookup received error."), then a relay candidate on another: reachable.
    const contradicted701 = () =>
      createFakeRelayPeerConnection((url) => ({
        kind: 'script',
        events: [
          {
            afterMs: 15,
            type: 'icecandidateerror',
            errorCode: 701,
            errorText: 'TURN host lookup received error.',
            url,
            ...v6,
          },
          {
            afterMs: 60,
            type: 'icecandidate',
            candidate: {
              type: 'relay',
              relayProtocol: 'udp',
              candidate: 'candidate:1 1 udp 1 192.0.2.10 50000 typ relay',
            },
          },
          { afterMs: 110, type: 'icecandidate', candidate: null },
        ],
      }));
    const report = await probeRelays([{ urls: 'turn:relay.contoso.example:3478', ...credentials }], {
      RTCPeerConnection: contradicted701().RTCPeerConnection,
    });
    expect(report.results).toHaveLength(1);
    expect(report.results[0]).toMatchObject({ status: 'reachable', relayProtocol: 'udp' });
    expect(report.summary.verdict).toBe('all-reachable');

    const check = createReadinessCheck({
      iceServers: [{ urls: 'turn:relay.contoso.example:3478', ...credentials }],
      history: false,
      platform: { RTCPeerConnection: contradicted701().RTCPeerConnection },
    });
    expect(byId(await check.run(), 'relays')).toMatchObject({ status: 'pass', reason: 'relays-reachable' });
  },
);

test('no token in the text of an option error (createReadinessCheck throws; probeRelays reports)', async () => {
  const TOKEN = 'tok-PL4NTED-5e2b9c';
  const USER = 'alice-PL4NTED';
  /** The error `createReadinessCheck(options)` throws. */
  const thrown = (options) => {
    try {
      createReadinessCheck(options);
    } catch (error) {
      return error;
    }
    throw new Error(`no error for ${Object.keys(options)}`);
  };
  const cases = [
    ['endpoints[0]', { endpoints: [`ftp://files.contoso.example/x?access_token=${TOKEN}`] }],
    ['endpoints[0]', { endpoints: [`token.contoso.example/x?access_token=${TOKEN}`] }],
    ['endpoints[1]', { endpoints: ['https://contoso.example/', `wss://signal.contoso.example/?token=${TOKEN}`] }],
    ['endpoints', { endpoints: `https://contoso.example/?access_token=${TOKEN}` }],
    ['iceServers', { iceServers: `turn:${USER}:${TOKEN}@relay.contoso.example` }],
    ['iceServers[0]', { iceServers: [{ urls: 3478, username: USER, credential: TOKEN }] }],
    ['iceServers[0]', { iceServers: [{ urls: [`turn:${USER}:${TOKEN}@relay.contoso.example`, 42] }] }],
    ['history', { history: `token=${TOKEN}` }],
    ['platform', { platform: `access_token=${TOKEN}` }],
  ];
  for (const [option, options] of cases) {
    const error = thrown(options);
    expect(error, option).toBeInstanceOf(TypeError);
    expect(error.message, option).toContain(`options.${option} `);
    expect(error.message, option).not.toContain(TOKEN);
    expect(error.message, option).not.toContain(USER);
  }

  // probeRelays throws nothing for a bad ICE server: its results say what is wrong, without the credentials.
  const refuses = createFakeRelayPeerConnection((url) => ({
    kind: 'script',
    // A browser that refuses the configuration quotes it.
    fail: {
      construct: Object.assign(
        new Error(
          `Failed to construct 'RTCPeerConnection': bad ICE server {"urls":"${url}","username":"${USER}","credential":"${TOKEN}"}`,
        ),
        { name: 'SyntaxError' },
      ),
    },
  }));
  const report = await probeRelays(
    [
      { urls: `turn:${USER}:${TOKEN}@relay.contoso.example:3478` },
      { urls: `turn:relay.contoso.example:3478?transport=tcp&token=${TOKEN}`, username: USER, credential: TOKEN },
    ],
    { RTCPeerConnection: refuses.RTCPeerConnection },
  );
  expect(report.results.map((r) => r.status)).toEqual(['invalid-url', 'invalid-url']);
  for (const result of report.results) expect(result.errorText).toEqual(expect.any(String));
  expect(JSON.stringify(report)).not.toContain(TOKEN);
  expect(JSON.stringify(report)).not.toContain(USER);
});

/** A Web Storage like `localStorage` (length, key, getItem, setItem, removeItem), in memory. */
function webStorage() {
  const data = new Map();
  return {
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => (data.has(key) ? data.get(key) : null),
    setItem: (key, value) => {
      data.set(key, String(value));
    },
    removeItem: (key) => {
      data.delete(key);
    },
    keys: () => [...data.keys()],
  };
}

test("history: another user's short maxAgeMs leaves your outcomes alone", () => {
  const DAY = 24 * 60 * 60 * 1000;
  const NOW = Date.UTC(2026, 11, 7, 12);
  const storage = webStorage();
  /** Records `outcomes` for `userId` on this device; returns the storage keys that appeared. */
  const recordFor = (userId, at, outcomes) => {
    const before = new Set(storage.keys());
    const history = createOutcomeHistory({ storage, userId, now: () => at });
    for (const outcome of outcomes) expect(history.record(outcome)).toBe(true);
    return storage.keys().filter((key) => !before.has(key));
  };
  // Yours, two days ago: a 410/3112 then a good call.
  const mine = [
    { at: NOW - 2 * DAY, code: 410, subCode: 3112 },
    { at: NOW - 2 * DAY + 60_000, code: 0 },
  ];
  const myKeys = recordFor('alice@contoso.com', NOW - 2 * DAY + 60_000, mine);
  expect(myKeys.length).toBeGreaterThan(0);
  // A third user's history, 40 days old: past the library's default age (30 days), so pruning it is fine.
  const staleKeys = recordFor('carol@contoso.com', NOW - 40 * DAY, [{ at: NOW - 40 * DAY, code: 0 }]);
  expect(staleKeys).toHaveLength(1);

  // Another user on the same device, with a history kept only one day.
  const theirs = createOutcomeHistory({ storage, userId: 'bob@contoso.com', maxAgeMs: DAY, now: () => NOW });
  expect(theirs.record({ at: NOW, code: 0 })).toBe(true);
  expect(theirs.list()).toEqual([{ at: NOW, code: 0 }]);

  // Pruning ran (the 40-day-old history is gone), yet your outcomes are all still there.
  expect(storage.keys()).not.toContain(staleKeys[0]);
  for (const key of myKeys) expect(storage.keys()).toContain(key);
  expect(createOutcomeHistory({ storage, userId: 'alice@contoso.com', now: () => NOW }).list()).toEqual(mine);
});

test('redaction: every form issue 22 lists is removed by redactText/redact, and Chrome/131.0.0.0 is kept', () => {
  const basic = btoa('alice:s3cret-PL4NTED');
  /** [form, text, what must not come out]. */
  const FORMS = [
    ['a phone number with spaces', 'dialled +1 425 555 0123 twice', '425 555 0123'],
    ['a phone number with dashes', 'dialled +1-425-555-0123', '425-555-0123'],
    ['a phone number with dots', 'dialled +1.425.555.0123', '425.555.0123'],
    ['a tel: URI', 'join by phone: tel:+1-425-555-0199', '425-555-0199'],
    ['a phoneNumber field (JSON)', '{"phoneNumber":"4255550123"}', '4255550123'],
    ['a phoneNumber field (query)', 'dial?phoneNumber=4255550124&x=1', '4255550124'],
    ['a percent-encoded ACS id', 'user=8%3Aacs%3Ab6aada1f-0b1d-47ac-866f-91aae00a1d01_0000', 'b6aada1f-0b1d'],
    ['a percent-encoded e-mail address', 'login_hint=alice%40contoso.com', 'alice%40contoso'],
    ['a percent-encoded sig%3D', 'https://x.blob.example/c?sv=1%26sig%3DSIGPL4NTED%26se%3D2', 'SIGPL4NTED'],
    ['a percent-encoded token%3D', 'redirect=%2Fcb%3Ftoken%3DTOKPL4NTED', 'TOKPL4NTED'],
    ['bearer in lower case', 'sent bearer abcDEF123PL4NTED to the API', 'abcDEF123PL4NTED'],
    ['BEARER in capitals', 'auth failed: BEARER abcDEF456PL4NTED', 'abcDEF456PL4NTED'],
    ['bEaReR in mixed case', 'header bEaReR abcDEF789PL4NTED', 'abcDEF789PL4NTED'],
    ['basic in lower case', `header basic ${basic}`, basic],
    ['BASIC in capitals', `AUTHORIZATION: BASIC ${basic}`, basic],
    [
      'Authorization: SharedKey account:signature',
      'Authorization: SharedKey acct:SIGNATUREPL4NTED==',
      'SIGNATUREPL4NTED',
    ],
    ['an OAuth code=', 'https://app.contoso.example/cb?code=OAUTHPL4NTED&state=1', 'OAUTHPL4NTED'],
    ['a bot id (28:)', 'bot 28:b6aada1f-0b1d-47ac-866f-91aae00a1d01 joined', 'b6aada1f-0b1d'],
    ['a TURN REST username (1700000000:alice)', 'allocation failed for 1700000000:alice', 'alice'],
    [
      'a PEM body',
      '-----BEGIN PRIVATE KEY-----\nMIIEvPL4NTEDbody\nAAAA\n-----END PRIVATE KEY-----',
      'MIIEvPL4NTEDbody',
    ],
    ['an IPv6 zone id', 'peer fe80::1%eth0 left', 'eth0'],
    ['a real IPv4 address', 'GET http://203.0.113.42/relay', '203.0.113.42'],
    [
      'a TURN URL whose password holds a /',
      'ICE failed turn:user:ab/cd+secret==@relay.example.com:3478',
      'ab/cd+secret==',
    ],
  ];
  for (const [form, text, leak] of FORMS) {
    expect(redactText(text), form).not.toContain(leak);
    expect(redactText(text), form).toContain('[redacted]');
    expect(JSON.stringify(redact({ message: text })), form).not.toContain(leak);
  }

  // No over-redaction: a browser version and an app's release stay.
  const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0.0.0 Safari/537.36';
  expect(redactText(ua)).toBe(ua);
  expect(redactText("config { release: '1.4.2.1' }")).toBe("config { release: '1.4.2.1' }");
  expect(redact({ userAgent: ua, release: '1.4.2.1', relay: '203.0.113.42' })).toEqual({
    userAgent: ua,
    release: '1.4.2.1',
    relay: '[redacted]',
  });
  // Phone fields in objects go; two keys that redact to the same name keep both values.
  expect(redact({ phoneNumber: '4255550123' })).toEqual({ phoneNumber: '[redacted]' });
  const collided = redact({ 'alice@contoso.com': 'first', 'bob@contoso.com': 'second' });
  expect(Object.values(collided).sort()).toEqual(['first', 'second']);
  expect(JSON.stringify(collided)).not.toMatch(/alice|bob/);

  // The development console: a TURN URL whose password holds a / in an SDK error's text does not reach it in full.
  vi.stubEnv('NODE_ENV', 'development');
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const call = {
    id: 'reliability-call',
    state: 'Connected',
    feature() {
      throw new Error('ICE failed turn:user:ab/cd+secret==@relay.example.com:3478');
    },
    on() {},
    off() {},
  };
  const diagnostics = createCallDiagnostics({ history: false, features: { UserFacingDiagnostics: {} } });
  diagnostics.attach({ kind: 'call', call });
  const said = warn.mock.calls.map((args) => args.map(String).join(' ')).join('\n');
  expect(said).toContain('relay.example.com');
  expect(said).not.toContain('ab/cd');
  expect(said).not.toContain('secret==');
  diagnostics.dispose();
});

test('createApplicationInsightsSink never throws: a broken Application Insights, a failing filter or handler, records it cannot read', () => {
  const record = () => ({
    schema: 'call-diagnostics/v1',
    kind: 'callEnded',
    CorrelationId: 'call-1',
    ParticipantId: 'participant-1',
    endCode: 410,
    endSubCode: 3112,
  });
  const boom = new Error('ingestion down');
  const throwingGetter = (key) =>
    Object.defineProperty(record(), key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });
  const circular = () => {
    const loop = {};
    loop.self = loop;
    return { ...record(), extra: loop };
  };
  const hostile = () =>
    new Proxy(record(), {
      ownKeys() {
        throw new Error('ownKeys');
      },
      get() {
        throw new Error('get');
      },
    });
  const records = [
    ['a record', record],
    ['a circular record', circular],
    ['a getter that throws', () => throwingGetter('CorrelationId')],
    ['a kind whose getter throws', () => throwingGetter('kind')],
    ['a value JSON cannot write', () => ({ ...record(), extra: { n: 1n } })],
    ['a proxy that throws on every read', hostile],
  ];
  const appInsightses = [
    [
      'a throwing trackEvent',
      () => ({
        trackEvent: vi.fn(() => {
          throw boom;
        }),
      }),
    ],
    ['no trackEvent', () => ({})],
    ['trackEvent not a function', () => ({ trackEvent: 'yes' })],
    [
      'a trackEvent getter that throws',
      () =>
        Object.defineProperty({}, 'trackEvent', {
          get() {
            throw boom;
          },
        }),
    ],
    ['a working one', () => ({ trackEvent: vi.fn() })],
  ];
  const optionses = [
    ['no options', () => ({})],
    ['an onError', () => ({ onError: vi.fn() })],
    [
      'an onError that throws and a sample that throws',
      () => ({
        onError: () => {
          throw new Error('handler too');
        },
        sample: () => {
          throw boom;
        },
      }),
    ],
    [
      'a sample that writes to the record',
      () => ({
        onError: vi.fn(),
        sample: (r) => {
          r.CorrelationId = 'changed by the filter';
          return true;
        },
      }),
    ],
  ];
  let calls = 0;
  for (const [aiName, makeAi] of appInsightses) {
    for (const [optionsName, makeOptions] of optionses) {
      const sink = createApplicationInsightsSink(makeAi(), makeOptions());
      for (const [recordName, makeRecord] of records) {
        expect(() => sink(makeRecord()), `${aiName}, ${optionsName}, ${recordName}`).not.toThrow();
        calls += 1;
      }
    }
  }
  expect(calls).toBe(appInsightses.length * optionses.length * records.length);

  // What is not sent goes to onError; a record it can read is sent; sample gets a frozen copy, not the app's record.
  const ai = { trackEvent: vi.fn() };
  const onError = vi.fn();
  let seen;
  const sink = createApplicationInsightsSink(ai, {
    onError,
    sample: (r) => {
      seen = r;
      return true;
    },
  });
  sink(circular());
  sink(throwingGetter('kind'));
  expect(onError).toHaveBeenCalledTimes(2);
  expect(ai.trackEvent).not.toHaveBeenCalled();
  const original = record();
  sink(original);
  expect(ai.trackEvent).toHaveBeenCalledOnce();
  expect(ai.trackEvent.mock.calls[0][0]).toMatchObject({
    name: 'CallDiagnostics.callEnded',
    properties: { CorrelationId: 'call-1', endSubCode: 3112 },
  });
  expect(seen).not.toBe(original);
  expect(Object.isFrozen(seen)).toBe(true);
});

test('createApplicationInsightsSink: a value that is not a record goes to onError, never the caller; creation errors never quote the value', () => {
  const ai = { trackEvent: vi.fn() };
  const onError = vi.fn();
  const sink = createApplicationInsightsSink(ai, { onError });
  const notRecords = [undefined, null, 42, 'callEnded', [], {}, { kind: 42 }, { kind: '' }, { kind: '  ' }];
  for (const value of notRecords) expect(() => sink(value), JSON.stringify(value) ?? 'undefined').not.toThrow();
  expect(onError).toHaveBeenCalledTimes(notRecords.length);
  for (const [error] of onError.mock.calls) expect(error).toBeInstanceOf(TypeError);
  expect(ai.trackEvent).not.toHaveBeenCalled();
  // Without onError: dropped silently, still never thrown.
  const quiet = createApplicationInsightsSink(ai);
  for (const value of notRecords) expect(() => quiet(value)).not.toThrow();
  // A connection string passed where the instance goes: the error names the type, never the string.
  const secret = 'InstrumentationKey=00000000-1111-2222-3333-444444444444;IngestionEndpoint=https://example.test/';
  let message = '';
  try {
    createApplicationInsightsSink(secret);
  } catch (error) {
    message = String(error?.message);
  }
  expect(message).toMatch(/createApplicationInsightsSink/);
  expect(message).not.toMatch(/InstrumentationKey|00000000|example\.test/);
});

test("classifyRecurrence reads the seed's two users: 2 of 180 failed 3112 → transient, 6 of 6 → persistent", () => {
  // The seed (call-ends-with-410-3112): one user had 180 calls, 160 successful and two that failed with 3112 (the
  // other 18 ended otherwise); another had six calls, all of which failed with 3112.
  const START = Date.UTC(2026, 9, 1);
  const timeline = (ends) => ends.map((end, i) => ({ at: START + i * 3_600_000, ...end }));
  const OK = { code: 0 };
  const F3112 = { code: 410, subCode: 3112 };
  const OTHER = { code: 490, subCode: 4502 };
  /** 180 calls: 160 ok, 18 other ends, and 3112 at the two positions given (0-based). */
  const userA = (first, second) =>
    timeline(
      Array.from({ length: 180 }, (_, i) => {
        if (i === first || i === second) return F3112;
        return i % 10 === 5 ? OTHER : OK;
      }),
    );
  for (const [first, second] of [
    [60, 179], // the latest call is the second failure
    [40, 120], // both long ago
  ]) {
    const outcomes = userA(first, second);
    expect(outcomes.filter((o) => o.code === 0)).toHaveLength(160);
    expect(classifyRecurrence(outcomes)).toMatchObject({ kind: 'transient', failures: 2, total: 180 });
  }
  const userB = timeline([F3112, F3112, F3112, F3112, F3112, F3112]);
  expect(classifyRecurrence(userB)).toMatchObject({ kind: 'persistent', failures: 6, total: 6 });
  // The order they arrive in does not matter (the classifier sorts by time).
  expect(classifyRecurrence([...userA(60, 179)].reverse())).toMatchObject({ kind: 'transient' });
});
