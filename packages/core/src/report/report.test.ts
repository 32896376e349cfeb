import { readFileSync } from 'node:fs';
import { createFakeCall, deepText } from '@call-diagnostics/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCallDiagnostics } from '../createCallDiagnostics.js';
import type { DiagnosticEvent } from '../events.js';
import { createMemoryHistory } from '../history/outcomeHistory.js';
import type { ReadinessResult } from '../readiness/types.js';
import type { DiagnosticTelemetryRecord } from '../telemetry/telemetry.js';
import { createSupportReport, supportReportFileName } from './createSupportReport.js';
import { readEnvironment } from './environment.js';
import { REDACTED, redact, redactText } from './redact.js';
import { KIT_VERSION } from './version.js';

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

const AT = Date.UTC(2024, 8, 22, 16, 41, 45);
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

afterEach(() => vi.restoreAllMocks());

describe('redact', () => {
  it('removes secret keys, JWTs, bearer tokens, URL credentials and the app’s rules', () => {
    const out = redact(probe, redactRules);
    assertClean(JSON.stringify(out));
    expect(out.servers[0]?.credential).toBe(REDACTED);
    expect(out.servers[0]?.urls[0]).toBe('turn:relay.contoso.com:3478?transport=udp');
    expect(redactText('a=1&sig=abc123&b=2')).toBe(`a=1&sig=${REDACTED}&b=2`);
  });
  it('survives cycles, functions and odd values', () => {
    const cyclic: Record<string, unknown> = { a: 1, f: () => 1, d: new Date(0), e: new Error(`x ${JWT}`) };
    cyclic.self = cyclic;
    const out = redact(cyclic) as Record<string, unknown>;
    expect(out).toEqual({ a: 1, d: '1970-01-01T00:00:00.000Z', e: { name: 'Error', message: `x ${REDACTED}` } });
    expect(redact(undefined)).toBeUndefined();
  });
});

describe('createSupportReport', () => {
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

  it('reads browser and OS from navigator.userAgentData when present', () => {
    expect(
      readEnvironment({
        userAgent: 'UA',
        platform: 'Win32',
        userAgentData: { platform: 'Windows', mobile: false, brands: [{ brand: 'Chromium', version: '128' }] },
      }),
    ).toEqual({ userAgent: 'UA', platform: 'Windows', mobile: false, brands: ['Chromium 128'] });
    expect(readEnvironment({ userAgent: 'UA', platform: 'MacIntel' })).toEqual({
      userAgent: 'UA',
      platform: 'MacIntel',
    });
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
