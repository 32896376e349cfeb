import { readFileSync } from 'node:fs';
import { createFakeCall, deepText } from '@call-diagnostics/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lookupCallEnd } from '../catalog/codes.js';
import { callEndMeaning } from '../catalog/meanings.js';
import { createCallDiagnostics } from '../createCallDiagnostics.js';
import type { DiagnosticEvent } from '../events.js';
import type { RecurrenceClassification } from '../history/classifyRecurrence.js';
import { createMemoryHistory } from '../history/outcomeHistory.js';
import type { ReadinessResult } from '../readiness/types.js';
import { createDiagnosticsStore } from '../store/createDiagnosticsStore.js';
import { type DiagnosticsState, INITIAL_RELAY, INITIAL_STATE } from '../store/state.js';
import type { DiagnosticTelemetryRecord } from '../telemetry/telemetry.js';
import { createSupportReport, type SupportReport, supportReportFileName } from './createSupportReport.js';
import { REDACTED } from './redact.js';
import { KIT_VERSION } from './version.js';

/**
 * The support report's exact output (JSON and text), its boundaries and its inputs: what support reads in a ticket
 * is the contract, line by line.
 */

const AT = Date.UTC(2024, 8, 22, 16, 41, 45);
const iso = (ms: number) => new Date(ms).toISOString();

const PERSISTENT: RecurrenceClassification = {
  kind: 'persistent',
  reason: 'consecutive-failures',
  failures: 3,
  total: 4,
  consecutiveFailures: 3,
};

/** A call that ended 410/3112, with every field the text prints. IDs hold `+` and 7 digits (a phone number's shape). */
const FULL_STATE: DiagnosticsState = {
  ...INITIAL_STATE,
  call: { source: 'call', id: 'call+1234567', participantId: 'participant+7654321', state: 'Disconnected' },
  relay: {
    ...INITIAL_RELAY,
    status: 'failed',
    since: AT + 4000,
    unreachableSince: AT + 2000,
    recoveredAt: AT + 3000,
    failedAt: AT + 4000,
    episode: 1,
  },
  ended: { at: AT + 4000, callId: 'call+1234567', code: 410, subCode: 3112 },
  timeline: [
    { at: AT, kind: 'attached', name: 'call' },
    { at: AT + 2000, kind: 'diagnostic', name: 'networkRelaysNotReachable', value: true },
    // A time lost on the way (NaN, or null from a state saved as JSON) prints as `?`.
    { at: Number.NaN, kind: 'diagnostic', name: 'networkReceiveQuality', value: 3 },
    { at: AT + 4000, kind: 'ended', name: '410/3112' },
  ],
  issues: [
    { at: AT + 2500, reason: 'get-latest-threw', detail: 'media stream gone' },
    { at: Number.NaN, reason: 'subscribe-threw', detail: undefined },
  ],
  recurrence: PERSISTENT,
};

const READINESS: ReadinessResult = {
  verdict: 'blocked',
  startedAt: AT - 1900,
  finishedAt: AT - 1000,
  ms: 900,
  untested: ['history', 'signalling'],
  checks: [
    { id: 'environment', status: 'pass', reason: 'supported', ms: 40 },
    { id: 'devices', status: 'fail', reason: 'no-microphone', ms: 80 },
  ],
} as unknown as ReadinessResult;

const PROBE = { mode: 'allocation', results: [{ url: 'turn:relay.example.com:3478', status: 'timeout', ms: 5000 }] };

const ENVIRONMENT = {
  userAgent: 'Mozilla/5.0 Chrome/128',
  platform: 'Windows',
  brands: ['Chromium 128', 'Google Chrome 128'],
  mobile: false,
  language: 'en-US',
  online: true,
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createSupportReport: the text, line by line', () => {
  it('prints every section in order, with the IDs whole and `?` for a lost time', () => {
    const { text } = createSupportReport({
      state: FULL_STATE,
      serverCallId: 'server+2345678',
      sdkVersion: '1.46.1',
      environment: ENVIRONMENT,
      readiness: READINESS,
      probe: PROBE,
      now: AT + 5000,
    });
    const meaning = callEndMeaning(lookupCallEnd(410, 3112));
    expect(meaning).toMatch(/relay/);
    expect(text).toBe(
      [
        'Call diagnostics report',
        '',
        'Generated: 2024-09-22T16:41:50.000Z',
        'Call ID: call+1234567',
        'Server call ID: server+2345678',
        'Participant ID: participant+7654321',
        'Call state: Disconnected',
        'First seen: 2024-09-22T16:41:45.000Z',
        'Ended: 2024-09-22T16:41:49.000Z',
        'End code: 410/3112',
        `Meaning: ${meaning}`,
        'Category: ExpectedError',
        'Relay status: failed',
        'Relays unreachable since: 2024-09-22T16:41:47.000Z',
        'Relays recovered at: 2024-09-22T16:41:48.000Z',
        'Classification: persistent (consecutive-failures; 3 of 4 calls failed, 3 in a row)',
        `Kit version: ${KIT_VERSION}`,
        'SDK version: 1.46.1',
        'Browser: Mozilla/5.0 Chrome/128',
        'Platform: Windows',
        'Brands: Chromium 128, Google Chrome 128',
        'Language: en-US',
        '',
        'Timeline:',
        '  2024-09-22T16:41:45.000Z  attached  call',
        '  2024-09-22T16:41:47.000Z  diagnostic  networkRelaysNotReachable = true',
        '  ?  diagnostic  networkReceiveQuality = 3',
        '  2024-09-22T16:41:49.000Z  ended  410/3112',
        '',
        'Source issues:',
        '  2024-09-22T16:41:47.500Z  get-latest-threw: media stream gone',
        '  ?  subscribe-threw',
        '',
        'Readiness check before the call: blocked (900 ms, 2024-09-22T16:41:44.000Z)',
        '  environment: pass (supported, 40 ms)',
        '  devices: fail (no-microphone, 80 ms)',
        '  Not tested: history, signalling',
        '',
        'Relay probe:',
        '  {',
        '    "mode": "allocation",',
        '    "results": [',
        '      {',
        '        "url": "turn:relay.example.com:3478",',
        '        "status": "timeout",',
        '        "ms": 5000',
        '      }',
        '    ]',
        '  }',
      ].join('\n'),
    );
  });

  it('an empty state prints the header, the time, the relay status and the kit version only', () => {
    const { text } = createSupportReport({ state: INITIAL_STATE, environment: false, now: 0 });
    expect(text).toBe(
      [
        'Call diagnostics report',
        '',
        'Generated: 1970-01-01T00:00:00.000Z',
        'Relay status: reachable',
        `Kit version: ${KIT_VERSION}`,
      ].join('\n'),
    );
  });

  it('leaves out empty, null and undefined values; an end without a code is `unknown`', () => {
    const state: DiagnosticsState = {
      ...INITIAL_STATE,
      // From JavaScript or a state saved as JSON: nulls where the types say undefined.
      call: { ...INITIAL_STATE.call, id: '', state: null as unknown as string },
      ended: { at: AT, callId: undefined, code: undefined, subCode: undefined },
    };
    const { json, text } = createSupportReport({
      state,
      sdkVersion: '',
      environment: { userAgent: null as unknown as string, platform: '', brands: [], language: '' },
      now: AT,
    });
    expect(json.end).toEqual({
      code: undefined,
      subCode: undefined,
      codeText: '',
      meaning: undefined,
      category: undefined,
      key: undefined,
    });
    expect(text).toBe(
      [
        'Call diagnostics report',
        '',
        'Generated: 2024-09-22T16:41:45.000Z',
        'Ended: 2024-09-22T16:41:45.000Z',
        'End code: unknown',
        'Relay status: reachable',
        `Kit version: ${KIT_VERSION}`,
      ].join('\n'),
    );
  });

  it('a readiness result with nothing untested has no `Not tested` line, and a lost time prints as `?`', () => {
    const readiness = { ...READINESS, untested: [], finishedAt: Number.NaN, checks: [] } as unknown as ReadinessResult;
    const { json, text } = createSupportReport({ state: INITIAL_STATE, environment: false, now: 0, readiness });
    expect(json.readiness).toEqual({ verdict: 'blocked', at: undefined, ms: 900, untested: [], checks: [] });
    expect(text.split('\n').slice(-2)).toEqual(['', 'Readiness check before the call: blocked (900 ms, ?)']);
  });

  it('prints a probe that is not an object as JSON too (a string quoted, null as null)', () => {
    const tail = (probe: unknown) =>
      createSupportReport({ state: INITIAL_STATE, environment: false, now: 0, probe }).text.split('\n').slice(-3);
    expect(tail('udp blocked')).toEqual(['', 'Relay probe:', '  "udp blocked"']);
    expect(tail(null)).toEqual(['', 'Relay probe:', '  null']);
    expect(tail(42)).toEqual(['', 'Relay probe:', '  42']);
  });

  it('the call and participant ID lines keep what looks like personal data; other lines do not', () => {
    const state: DiagnosticsState = {
      ...FULL_STATE,
      issues: [{ at: AT, reason: 'get-latest-threw', detail: 'dialled +14255550123' }],
    };
    const { json, text } = createSupportReport({ state, environment: false, now: AT });
    expect(json.call.callId).toBe('call+1234567');
    expect(json.call.participantId).toBe('participant+7654321');
    expect(text).toContain('\nCall ID: call+1234567\n');
    expect(text).toContain('\nParticipant ID: participant+7654321\n');
    expect(text).toContain(`get-latest-threw: dialled ${REDACTED}`);
    expect(text).not.toContain('14255550123');
  });
});

describe('createSupportReport: the JSON', () => {
  it('a normal end (code 0) says so; an unknown code has no meaning, category or key (and does not throw)', () => {
    const end = (code: number, subCode?: number) =>
      createSupportReport({
        state: { ...INITIAL_STATE, ended: { at: AT, callId: 'c', code, subCode } },
        environment: false,
        now: AT,
      }).json.end;
    expect(end(0, 0)?.meaning).toBe('The call ended normally.');
    expect(end(0)?.meaning).toBe('The call ended normally.');
    expect(end(987_654, 1)).toEqual({
      code: 987_654,
      subCode: 1,
      codeText: '987654/1',
      meaning: undefined,
      category: undefined,
      key: undefined,
    });
  });

  it('generatedAt is the given time; without one (or with NaN) it is now', () => {
    vi.useFakeTimers({ now: AT + 60_000, toFake: ['Date'] });
    const at = (now: number | undefined) =>
      createSupportReport({ state: INITIAL_STATE, environment: false, now }).json.generatedAt;
    expect(at(AT + 5000)).toBe(iso(AT + 5000));
    expect(at(0)).toBe(iso(0));
    expect(at(undefined)).toBe(iso(AT + 60_000));
    expect(at(Number.NaN)).toBe(iso(AT + 60_000));
  });

  it('times that are not finite numbers become undefined, never a thrown RangeError', () => {
    const state: DiagnosticsState = {
      ...INITIAL_STATE,
      relay: { ...INITIAL_RELAY, unreachableSince: Number.NaN, recoveredAt: Number.POSITIVE_INFINITY },
      ended: { at: Number.NaN, callId: 'c', code: 0, subCode: 0 },
      timeline: [{ at: Number.NaN, kind: 'state', name: 'Connected' }],
    };
    const { json } = createSupportReport({ state, environment: false, now: 0 });
    expect(json.call.firstSeenAt).toBeUndefined();
    expect(json.call.endedAt).toBeUndefined();
    expect(json.relay.unreachableSince).toBeUndefined();
    expect(json.relay.recoveredAt).toBeUndefined();
    expect(json.timeline).toEqual([{ at: undefined, kind: 'state', name: 'Connected' }]);
  });

  it('the classification given wins over the state’s; without one, the state’s is used', () => {
    const transient: RecurrenceClassification = {
      kind: 'transient',
      reason: 'succeeded-before',
      failures: 1,
      total: 5,
      consecutiveFailures: 1,
    };
    const base = { environment: false as const, now: 0 };
    expect(
      createSupportReport({ ...base, state: INITIAL_STATE, classification: transient }).json.classification,
    ).toEqual(transient);
    expect(createSupportReport({ ...base, state: FULL_STATE, classification: transient }).json.classification).toEqual(
      transient,
    );
    expect(createSupportReport({ ...base, state: FULL_STATE }).json.classification).toEqual(PERSISTENT);
    expect(createSupportReport({ ...base, state: INITIAL_STATE }).json.classification).toBeUndefined();
  });

  it('environment: navigator by default, the given object, or nothing at all with `false`', () => {
    vi.stubGlobal('navigator', { userAgent: 'UA-from-navigator', language: 'fr-FR', onLine: true });
    const env = (environment?: SupportReport['environment'] | false) =>
      createSupportReport({ state: INITIAL_STATE, now: 0, environment });
    expect(env().json.environment).toEqual({ userAgent: 'UA-from-navigator', language: 'fr-FR', online: true });
    expect(env().text).toContain('\nBrowser: UA-from-navigator\n');
    expect(env({ platform: 'Linux' }).json.environment).toEqual({ platform: 'Linux' });
    expect(env(false).json.environment).toEqual({});
    expect(env(false).text).not.toContain('Browser');
  });

  it('the IDs lose the app’s rules and secrets but stay otherwise whole; absent IDs stay undefined', () => {
    const state: DiagnosticsState = {
      ...INITIAL_STATE,
      call: { ...INITIAL_STATE.call, id: 'call-tenant-42-8:acs:x', participantId: undefined },
    };
    const { json } = createSupportReport({ state, redact: ['tenant-42'], environment: false, now: 0 });
    expect(json.call.callId).toBe(`call-${REDACTED}-8:acs:x`);
    expect(json.call.serverCallId).toBeUndefined();
    expect(json.call.participantId).toBeUndefined();
    const withServer = createSupportReport({
      state,
      serverCallId: 'srv-tenant-42',
      redact: ['tenant-42'],
      environment: false,
      now: 0,
    });
    expect(withServer.json.call.serverCallId).toBe(`srv-${REDACTED}`);
    expect(withServer.text).toContain(`\nServer call ID: srv-${REDACTED}\n`);
  });
});

describe('createSupportReport: what it reads from', () => {
  it('a store: its snapshot, with the extra probe, time and environment', () => {
    const store = createDiagnosticsStore();
    store.dispatch({ type: 'attached', at: AT, source: 'manual', callId: 'store-call', participantId: 'p-1' });
    const { json } = createSupportReport(store, { probe: { ok: true }, now: AT + 1000, environment: false });
    expect(json.call.callId).toBe('store-call');
    expect(json.call.participantId).toBe('p-1');
    expect(json.generatedAt).toBe(iso(AT + 1000));
    expect(json.probe).toEqual({ ok: true });
    expect(json.environment).toEqual({});
  });

  it('a diagnostics object: its keepPersonalData, unless the extra options say otherwise', () => {
    const d = createCallDiagnostics({ history: false, keepPersonalData: true });
    d.dispatch({ type: 'sourceIssue', at: AT, reason: 'get-latest-threw', detail: 'peer 10.1.2.3 left' });
    const detail = (extra: { keepPersonalData?: boolean }) =>
      createSupportReport(d, { environment: false, now: AT, ...extra }).json.issues[0]?.detail;
    expect(detail({})).toBe('peer 10.1.2.3 left');
    expect(detail({ keepPersonalData: false })).toBe(`peer ${REDACTED} left`);
    const plain = createCallDiagnostics({ history: false });
    plain.dispatch({ type: 'sourceIssue', at: AT, reason: 'get-latest-threw', detail: 'peer 10.1.2.3 left' });
    const plainDetail = (extra: { keepPersonalData?: boolean }) =>
      createSupportReport(plain, { environment: false, now: AT, ...extra }).json.issues[0]?.detail;
    expect(plainDetail({})).toBe(`peer ${REDACTED} left`);
    expect(plainDetail({ keepPersonalData: true })).toBe('peer 10.1.2.3 left');
  });
});

describe('supportReportFileName', () => {
  const report = (callId: string | undefined, generatedAt = '2024-09-22T16:41:50.123Z') =>
    ({ call: { callId }, generatedAt }) as SupportReport;

  it('keeps letters, digits and dashes of the call ID, and turns the time’s : and . into dashes', () => {
    expect(supportReportFileName(report('3f2504e0-4f89:11d3/9a0c.0305 e82c'))).toBe(
      'call-diagnostics-3f2504e0-4f8911d39a0c0305e82c-2024-09-22T16-41-50-123Z.json',
    );
  });

  it('cuts the ID to 40 characters', () => {
    const long = `${'a'.repeat(30)}-${'b'.repeat(30)}`;
    expect(supportReportFileName(report(long))).toBe(
      `call-diagnostics-${long.slice(0, 40)}-2024-09-22T16-41-50-123Z.json`,
    );
  });

  it('says `call` when there is no ID, or nothing of it is safe', () => {
    expect(supportReportFileName(report(undefined))).toBe('call-diagnostics-call-2024-09-22T16-41-50-123Z.json');
    expect(supportReportFileName(report(':/.?'))).toBe('call-diagnostics-call-2024-09-22T16-41-50-123Z.json');
  });
});

/** Secrets planted everywhere a report or a record could pick them up. None may come out. */
const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJza3lwZWlkIjoiYWNzOnNlY3JldC11c2VyIiwiZXhwIjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLXNlY3JldC1wbGFudGVk';
const TURN_USER = 'turn-user-PLANTED-1';
const TURN_CREDENTIAL = 'turn-cred-PLANTED-2';
const APP_SECRET = 'tenant-contoso-PLANTED-3';
const APP_PATTERN_SECRET = 'case-884213';
const PASSWORD = 'hunter2-PLANTED-4';
const SECRETS = [
  JWT,
  TURN_USER,
  TURN_CREDENTIAL,
  APP_SECRET,
  APP_PATTERN_SECRET,
  PASSWORD,
  'c2lnbmF0dXJlLXNlY3JldC1wbGFudGVk',
];

const probe = {
  servers: [
    {
      urls: [
        `turn:relay.contoso.com:3478?transport=udp`,
        `turns:${TURN_USER}:${TURN_CREDENTIAL}@relay.contoso.com:443`,
      ],
      username: TURN_USER,
      credential: TURN_CREDENTIAL,
      result: 'timeout',
    },
  ],
  token: JWT,
  note: `probe failed for ${APP_SECRET} using Bearer ${JWT}; password=${PASSWORD}`,
  nested: { auth: { password: PASSWORD }, ticket: `support ${APP_PATTERN_SECRET}` },
};

const events: DiagnosticEvent[] = [
  {
    type: 'attached',
    at: AT,
    source: 'manual',
    callId: 'call-410',
    participantId: 'participant-1',
    state: 'Connected',
  },
  { type: 'diagnosticChanged', at: AT + 2000, area: 'network', diagnostic: 'networkRelaysNotReachable', value: true },
  { type: 'sourceIssue', at: AT + 2500, reason: 'get-latest-threw', detail: `media: token ${JWT} for ${APP_SECRET}` },
  { type: 'callStateChanged', at: AT + 4000, state: 'Disconnected' },
  { type: 'callEnded', at: AT + 4000, callId: 'call-410', code: 410, subCode: 3112 },
];
const redactRules = [APP_SECRET, /case-\d+/];

function assertClean(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('createSupportReport: no planted secret or personal data', () => {
  it('holds what support needs, as JSON and text, with no planted secret (and says nothing on the console)', async () => {
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => {}),
    );
    const records: DiagnosticTelemetryRecord[] = [];
    const diagnostics = createCallDiagnostics({
      history: createMemoryHistory({ now: () => AT + 5000 }),
      userId: '8:acs:user-1',
      sdkVersion: '1.46.1',
      redact: redactRules,
      onDiagnosticEvent: (record) => records.push(record),
      now: () => AT + 5000,
    });
    for (const event of events) diagnostics.dispatch(event);
    diagnostics.track('retryPressed');
    const { json, text } = createSupportReport(diagnostics, {
      probe,
      environment: { userAgent: `Mozilla/5.0 Chrome/128 ${APP_SECRET}`, platform: 'Windows' },
    });

    expect(json).toMatchObject({
      schema: 'call-diagnostics-report/v1',
      kitVersion: KIT_VERSION,
      sdkVersion: '1.46.1',
      call: { callId: 'call-410', participantId: 'participant-1', endedAt: '2024-09-22T16:41:49.000Z' },
      end: { code: 410, subCode: 3112, codeText: '410/3112', key: 'relaysNotReachable', category: 'ExpectedError' },
      relay: { status: 'failed', unreachableSince: '2024-09-22T16:41:47.000Z' },
      classification: { kind: 'unknown', reason: 'first-failure' },
      environment: { platform: 'Windows' },
    });
    expect(json.end?.meaning).toMatch(/no relay candidates/);
    expect(json.timeline.map((e) => e.name)).toEqual([
      'manual',
      'networkRelaysNotReachable',
      'get-latest-threw',
      'Disconnected',
      '410/3112',
    ]);
    expect(text).toContain('Call ID: call-410');
    expect(text).toContain('End code: 410/3112');
    expect(text).toContain('Classification: unknown');
    expect(text).toContain('networkRelaysNotReachable = true');

    assertClean(text);
    assertClean(JSON.stringify(json));
    await vi.dynamicImportSettled(); // the telemetry record builder is fetched on the first record
    expect(records.map((r) => r.kind)).toEqual(['relaysUnreachable', 'callEnded', 'retryPressed']);
    assertClean(JSON.stringify(records));
    for (const spy of consoleSpies) assertClean(deepText(spy.mock.calls));
  });

  it('carries the server call ID when the call offers it', async () => {
    const call = createFakeCall({ id: 'call-7', participantId: 'p-7', serverCallId: 'server-call-7' });
    const diagnostics = createCallDiagnostics({ history: false });
    diagnostics.attach({ kind: 'call', call });
    call.controls.end({ code: 410, subCode: 3112 });
    await Promise.resolve();
    await Promise.resolve();
    expect(diagnostics.getServerCallId()).toBe('server-call-7');
    const { json, text } = createSupportReport(diagnostics, { environment: false });
    expect(json.call.serverCallId).toBe('server-call-7');
    expect(text).toContain('Server call ID: server-call-7');
    expect(supportReportFileName(json)).toMatch(/^call-diagnostics-call-7-\d{4}-.*\.json$/);
  });

  it('works on an empty state and outside a browser', () => {
    const d = createCallDiagnostics({ history: false });
    const { json, text } = createSupportReport({ state: d.getSnapshot(), now: 0 });
    expect(json.end).toBeUndefined();
    expect(json.generatedAt).toBe('1970-01-01T00:00:00.000Z');
    expect(text).toContain('Relay status: reachable');
  });

  it('summarizes the readiness check before the call: verdict, checks, untested; no details, names or URLs', () => {
    // Personal data and secrets planted in everything a readiness result can hold: none may reach the report.
    const PERSONAL = [
      "Jane Doe's AirPods",
      'jane.doe@contoso.com',
      '/identity/token',
      'relay.contoso.com',
      'Windows 11',
    ];
    const readiness: ReadinessResult = {
      verdict: 'warnings',
      startedAt: AT - 60_000,
      finishedAt: AT - 58_800,
      ms: 1200,
      untested: ['history'],
      checks: [
        {
          id: 'environment',
          status: 'pass',
          reason: 'supported',
          ms: 40,
          details: { webrtc: true, browser: 'Chrome', browserVersion: '128', platform: 'Windows 11' },
        },
        {
          id: 'devices',
          status: 'warn',
          reason: 'no-camera',
          ms: 80,
          detail: `NotReadableError: Could not start "Jane Doe's AirPods" for jane.doe@contoso.com`,
          details: {
            via: 'browser',
            microphones: 1,
            cameras: 0,
            speakers: 1,
            microphonePermission: 'granted',
            cameraPermission: 'prompt',
            prompted: false,
          },
        },
        {
          id: 'relays',
          status: 'warn',
          reason: 'udp-blocked-tcp-works',
          ms: 1100,
          details: {
            mode: 'allocation',
            results: [
              {
                url: `turn:${TURN_USER}:${TURN_CREDENTIAL}@relay.contoso.com:3478`,
                transport: 'udp',
                status: 'timeout',
                errorText: `token=${JWT}`,
                ms: 1100,
              },
            ],
            summary: {
              verdict: 'udp-blocked-tcp-works',
              working: ['tcp'],
              blocked: ['udp'],
              tested: 2,
              reachable: 1,
              ms: 1100,
            },
          },
        },
        {
          id: 'signalling',
          status: 'pass',
          reason: 'endpoints-reachable',
          ms: 200,
          detail: `https://acs.contoso.com/identity/token?user=jane.doe@contoso.com&${APP_SECRET}`,
          details: { endpoints: [{ origin: 'https://acs.contoso.com', status: 'reachable', ms: 200 }] },
        },
        { id: 'history', status: 'skipped', reason: 'no-history', ms: 1 },
      ],
    };
    const d = createCallDiagnostics({ history: false, redact: redactRules });
    for (const event of events) d.dispatch(event);
    const { json, text } = createSupportReport(d, { readiness, environment: false, now: AT + 5000 });

    expect(json.readiness).toEqual({
      verdict: 'warnings',
      at: '2024-09-22T16:40:46.200Z',
      ms: 1200,
      untested: ['history'],
      checks: [
        { id: 'environment', status: 'pass', reason: 'supported', ms: 40 },
        { id: 'devices', status: 'warn', reason: 'no-camera', ms: 80 },
        { id: 'relays', status: 'warn', reason: 'udp-blocked-tcp-works', ms: 1100 },
        { id: 'signalling', status: 'pass', reason: 'endpoints-reachable', ms: 200 },
        { id: 'history', status: 'skipped', reason: 'no-history', ms: 1 },
      ],
    });
    expect(text).toContain('Readiness check before the call: warnings (1200 ms, 2024-09-22T16:40:46.200Z)');
    expect(text).toContain('  relays: warn (udp-blocked-tcp-works, 1100 ms)');
    expect(text).toContain('  Not tested: history');
    for (const out of [text, JSON.stringify(json)]) {
      assertClean(out);
      for (const personal of PERSONAL) expect(out).not.toContain(personal);
    }
  });

  it('a report keeps the call, server call and participant IDs and drops other personal data from issues', () => {
    const d = createCallDiagnostics({ history: false });
    d.dispatch({ type: 'attached', at: 1, source: 'manual', callId: 'call-1', participantId: 'participant-1' });
    d.dispatch({
      type: 'sourceIssue',
      at: 2,
      reason: 'get-latest-threw',
      detail: `for 8:acs:b6aada1f-0b1d-47ac-866f-91aae00a1d01_00000015-6a2f-bd4c-5c3a-3a3a0d00a4f1 at 10.1.2.3`,
    });
    const input = { state: d.getSnapshot(), serverCallId: 'aHR0cHM6Ly9hcGk+1234567', environment: false as const };
    const { json, text } = createSupportReport(input);
    expect(json.call).toMatchObject({
      callId: 'call-1',
      participantId: 'participant-1',
      serverCallId: 'aHR0cHM6Ly9hcGk+1234567',
    });
    expect(json.issues[0]?.detail).toBe(`for ${REDACTED} at ${REDACTED}`);
    expect(text).toContain('Server call ID: aHR0cHM6Ly9hcGk+1234567');
    expect(text).not.toMatch(/8:acs|10\.1\.2\.3/);
    const kept = createSupportReport({ ...input, keepPersonalData: true });
    expect(kept.json.issues[0]?.detail).toContain('10.1.2.3');
  });

  it('has no readiness section when the app gave no result', () => {
    const d = createCallDiagnostics({ history: false });
    const { json, text } = createSupportReport(d, { environment: false });
    expect(json.readiness).toBeUndefined();
    expect(text).not.toContain('Readiness');
  });

  it('KIT_VERSION matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(KIT_VERSION).toBe(pkg.version);
  });
});

describe('the quality section (issue 24)', () => {
  it('level changes with times, lowest and median MOS, and the reasons seen most often; none without a log', async () => {
    const { createSupportReport } = await import('./createSupportReport.js');
    const { INITIAL_STATE } = await import('../store/state.js');
    const assessment = (level: string, mos: number | undefined, reasons: [string, string][]) =>
      ({
        level,
        mos,
        reasons: reasons.map(([kind, direction]) => ({ kind, direction, severity: 'poor', value: 1, threshold: 1 })),
        figures: undefined,
        since: 0,
      }) as never;
    const quality = [
      { at: Date.UTC(2026, 11, 7, 10, 0, 0), assessment: assessment('good', 4.41, []) },
      {
        at: Date.UTC(2026, 11, 7, 10, 0, 30),
        assessment: assessment('poor', 1.91, [
          ['loss', 'receive'],
          ['rtt', 'send'],
        ]),
      },
      { at: Date.UTC(2026, 11, 7, 10, 1, 0), assessment: assessment('fair', 3.8, [['loss', 'receive']]) },
    ];
    const report = createSupportReport({ state: INITIAL_STATE, environment: false }, { quality });
    expect(report.json.quality).toEqual({
      changes: [
        { at: '2026-12-07T10:00:00.000Z', level: 'good', mos: 4.4, reasons: [] },
        { at: '2026-12-07T10:00:30.000Z', level: 'poor', mos: 1.9, reasons: ['loss:receive', 'rtt:send'] },
        { at: '2026-12-07T10:01:00.000Z', level: 'fair', mos: 3.8, reasons: ['loss:receive'] },
      ],
      minMos: 1.9,
      medianMos: 3.8,
      worstReasons: ['loss:receive', 'rtt:send'],
    });
    expect(report.text).toContain('Call quality: lowest MOS 1.9, median 3.8; most often loss:receive, rtt:send');
    expect(report.text).toContain('  2026-12-07T10:00:30.000Z  poor (MOS 1.9): loss:receive, rtt:send');
    expect(createSupportReport({ state: INITIAL_STATE, environment: false }).json).not.toHaveProperty('quality');
  });
});
