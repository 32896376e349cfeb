import { afterEach, describe, expect, it, vi } from 'vitest';
import { lookupCallEnd } from '../catalog/codes.js';
import { callEndMeaning } from '../catalog/meanings.js';
import { createCallDiagnostics } from '../createCallDiagnostics.js';
import type { RecurrenceClassification } from '../history/classifyRecurrence.js';
import type { ReadinessResult } from '../readiness/types.js';
import { createDiagnosticsStore } from '../store/createDiagnosticsStore.js';
import { type DiagnosticsState, INITIAL_RELAY, INITIAL_STATE } from '../store/state.js';
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
