import { createFakeCall } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { createCallDiagnostics } from '../createCallDiagnostics.js';
import { createMemoryHistory } from '../history/outcomeHistory.js';
import { KIT_VERSION } from '../report/version.js';
import { INITIAL_STATE } from '../store/state.js';
import { type ApplicationInsightsLike, createApplicationInsightsSink } from './applicationInsights.js';
import { createTelemetryRecord, type DiagnosticTelemetryRecord } from './telemetry.js';

type Tracked = Parameters<ApplicationInsightsLike['trackEvent']>[0];

function fakeAppInsights() {
  const events: Tracked[] = [];
  return { events, trackEvent: vi.fn((event: Tracked) => void events.push(event)) };
}

const AT = Date.parse('2026-11-20T09:00:00.000Z');

function record(overrides: Partial<DiagnosticTelemetryRecord> = {}): DiagnosticTelemetryRecord {
  return { ...createTelemetryRecord('callEnded', INITIAL_STATE, { at: AT }), ...overrides };
}

describe('createApplicationInsightsSink', () => {
  it('turns a 410/3112 call into one trackEvent per record, named CallDiagnostics.<kind>, with the record fields', async () => {
    const ai = fakeAppInsights();
    const call = createFakeCall({ id: 'call-3112', participantId: 'participant-7' });
    const diagnostics = createCallDiagnostics({
      source: { kind: 'call', call },
      history: createMemoryHistory(),
      sdkVersion: '1.46.1',
      now: () => AT,
      onDiagnosticEvent: createApplicationInsightsSink(ai),
    });
    call.controls.raiseNetwork('networkRelaysNotReachable', true);
    call.controls.end({ code: 410, subCode: 3112 });
    diagnostics.track('retryPressed');

    await vi.dynamicImportSettled(); // the telemetry record builder is fetched on the first record
    expect(ai.events.map((e) => e.name)).toEqual([
      'CallDiagnostics.relaysUnreachable',
      'CallDiagnostics.callEnded',
      'CallDiagnostics.retryPressed',
    ]);
    const ended = ai.events[1]?.properties;
    expect(ended).toEqual({
      schema: 'call-diagnostics/v1',
      kind: 'callEnded',
      at: '2026-11-20T09:00:00.000Z',
      CorrelationId: 'call-3112',
      ParticipantId: 'participant-7',
      endCode: 410,
      endSubCode: 3112,
      endCodeText: '410/3112',
      relayStatus: 'failed',
      unreachableSince: '2026-11-20T09:00:00.000Z',
      classification: 'unknown',
      failures: 1,
      total: 1,
      consecutiveFailures: 1,
      kitVersion: KIT_VERSION,
      sdkVersion: '1.46.1',
    });
    // Fields a record leaves empty (here Identifier: no userId) are left out (the SDK would send the text "undefined").
    expect(ended).not.toHaveProperty('Identifier');
    expect(ai.events[0]?.properties).not.toHaveProperty('endCode');
    expect(Object.values(ai.events[0]?.properties ?? {})).not.toContain(undefined);
    diagnostics.dispose();
  });

  it('adds nothing but the record and the properties the app gives; the record wins a name clash', () => {
    const ai = fakeAppInsights();
    const sink = createApplicationInsightsSink(ai, {
      properties: { app: 'contoso-web', release: '1.4.2', CorrelationId: 'spoofed', beta: false },
    });
    sink(record({ CorrelationId: 'call-1' }));
    const properties = ai.events[0]?.properties ?? {};
    expect(properties).toMatchObject({ app: 'contoso-web', release: '1.4.2', beta: false, CorrelationId: 'call-1' });
    const recordKeys = Object.entries(record({ CorrelationId: 'call-1' }))
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    expect(new Set(Object.keys(properties))).toEqual(new Set([...recordKeys, 'app', 'release', 'beta']));
  });

  it('sends the record as the kit redacted it, and redacts the extra properties: planted secrets never reach trackEvent', async () => {
    const ai = fakeAppInsights();
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl';
    const call = createFakeCall({ id: 'call-7?token=planted-query-secret', participantId: 'participant-planted-name' });
    const diagnostics = createCallDiagnostics({
      source: { kind: 'call', call },
      history: false,
      redact: ['planted-name'],
      onDiagnosticEvent: createApplicationInsightsSink(ai, {
        properties: { sessionToken: 'planted-extra-secret', note: `Bearer ${jwt}` },
      }),
    });
    call.controls.end({ code: 410, subCode: 3112 });
    await vi.dynamicImportSettled(); // the telemetry record builder is fetched on the first record
    expect(ai.events).toHaveLength(1);
    const sent = JSON.stringify(ai.events);
    for (const secret of ['planted-extra-secret', jwt, 'planted-query-secret', 'planted-name']) {
      expect(sent).not.toContain(secret);
    }
    expect(ai.events[0]?.properties).toMatchObject({ sessionToken: '[redacted]', endCodeText: '410/3112' });
    diagnostics.dispose();
  });

  it('takes a name prefix and a sampling filter', () => {
    const ai = fakeAppInsights();
    const sample = vi.fn((r: { kind: string }) => r.kind === 'callEnded');
    const sink = createApplicationInsightsSink(ai, { namePrefix: 'Contoso.Calls', sample });
    sink(record({ kind: 'panelOpened' }));
    sink(record({ kind: 'callEnded' }));
    expect(sample).toHaveBeenCalledTimes(2);
    expect(ai.events.map((e) => e.name)).toEqual(['Contoso.Calls.callEnded']);
  });

  it('passes a readiness record through under its own kind', () => {
    const ai = fakeAppInsights();
    const sink = createApplicationInsightsSink(ai);
    sink({
      ...record(),
      kind: 'readinessChecked',
      verdict: 'blocked',
      relays: 'fail',
    } as unknown as DiagnosticTelemetryRecord);
    expect(ai.events[0]).toMatchObject({
      name: 'CallDiagnostics.readinessChecked',
      properties: { verdict: 'blocked', relays: 'fail' },
    });
  });

  it('a throwing, missing or non-function trackEvent (or a throwing filter) drops the record and never throws', () => {
    const onError = vi.fn();
    const boom = new Error('ingestion down');
    const throwing = {
      trackEvent: () => {
        throw boom;
      },
    };
    expect(() => createApplicationInsightsSink(throwing, { onError })(record())).not.toThrow();
    expect(onError).toHaveBeenLastCalledWith(boom);

    const missing = {} as ApplicationInsightsLike;
    expect(() => createApplicationInsightsSink(missing, { onError })(record())).not.toThrow();
    expect(onError.mock.lastCall?.[0]).toBeInstanceOf(TypeError);
    expect(String(onError.mock.lastCall?.[0])).toMatch(/no trackEvent/);

    const later: { trackEvent?: unknown } = {};
    const sink = createApplicationInsightsSink(later as ApplicationInsightsLike);
    expect(() => sink(record())).not.toThrow(); // no onError: silently dropped
    const events: unknown[] = [];
    later.trackEvent = (e: unknown) => events.push(e); // looked up on every record
    sink(record());
    expect(events).toHaveLength(1);

    const getterThrows = Object.defineProperty({}, 'trackEvent', {
      get: () => {
        throw boom;
      },
    });
    expect(() =>
      createApplicationInsightsSink(getterThrows as ApplicationInsightsLike, { onError })(record()),
    ).not.toThrow();

    const ai = fakeAppInsights();
    const badFilter = createApplicationInsightsSink(ai, {
      sample: () => {
        throw boom;
      },
      onError: () => {
        throw new Error('handler too');
      },
    });
    expect(() => badFilter(record())).not.toThrow();
    expect(ai.events).toHaveLength(0);
  });

  it('through createCallDiagnostics, a throwing trackEvent leaves the diagnosis intact', () => {
    const call = createFakeCall({ id: 'call-x' });
    const diagnostics = createCallDiagnostics({
      source: { kind: 'call', call },
      history: false,
      onDiagnosticEvent: createApplicationInsightsSink({
        trackEvent: () => {
          throw new Error('down');
        },
      }),
    });
    expect(() => call.controls.end({ code: 410, subCode: 3112 })).not.toThrow();
    expect(diagnostics.getSnapshot().ended).toMatchObject({ code: 410, subCode: 3112 });
    diagnostics.dispose();
  });

  it('a bad argument at creation is a clear TypeError naming the option and its type, never its value', () => {
    const ai = fakeAppInsights();
    const create =
      (...args: unknown[]) =>
      () =>
        (createApplicationInsightsSink as (...a: unknown[]) => unknown)(...args);
    expect(create(undefined)).toThrow(
      new TypeError(
        'createApplicationInsightsSink: appInsights must be your Application Insights instance (an object with trackEvent) (got undefined)',
      ),
    );
    expect(create(null)).toThrow(/appInsights must be .* \(got null\)/);
    expect(create(ai, null)).toThrow(/options must be an object \(got null\)/);
    expect(create(ai, { namePrefix: '' })).toThrow(
      /options.namePrefix must be a non-empty string \(got an empty string\)/,
    );
    expect(create(ai, { namePrefix: '  ' })).toThrow(
      /options.namePrefix must be a non-empty string \(got a blank string\)/,
    );
    expect(create(ai, { namePrefix: 42 })).toThrow(/options.namePrefix must be a non-empty string \(got number\)/);
    expect(create(ai, { properties: ['a'] })).toThrow(/options.properties must be an object \(got an array\)/);
    expect(create(ai, { properties: { nested: { a: 1 } } })).toThrow(
      /options.properties.nested must be a string, a finite number or a boolean \(got object\)/,
    );
    expect(create(ai, { properties: { ratio: Number.NaN } })).toThrow(
      /options.properties.ratio must be .* \(got number\)/,
    );
    expect(create(ai, { sample: 0.1 })).toThrow(/options.sample must be a function \(got number\)/);
    expect(create(ai, { onError: 'log' })).toThrow(/options.onError must be a function \(got a string\)/);
    expect(ai.events).toHaveLength(0);
  });

  it('a connection string (or any string) passed in place of the instance is never quoted in the error', () => {
    const key = 'InstrumentationKey=00000000-planted-0000-0000-000000000000;IngestionEndpoint=https://planted.example/';
    const errorOf = (...args: unknown[]): TypeError => {
      try {
        (createApplicationInsightsSink as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        return error as TypeError;
      }
      throw new Error('expected a TypeError');
    };
    const wrongInstance = errorOf(key);
    expect(wrongInstance).toBeInstanceOf(TypeError);
    expect(wrongInstance.message).toBe(
      'createApplicationInsightsSink: appInsights must be your Application Insights instance (an object with trackEvent) (got a string)',
    );
    const ai = fakeAppInsights();
    const messages = [
      wrongInstance,
      errorOf(ai, key),
      errorOf(ai, { namePrefix: ` ${key}`.replace(/\S/g, ' ') }),
      errorOf(ai, { onError: key }),
      errorOf(ai, { sample: key }),
      errorOf(ai, { properties: { connection: { key } } }),
      errorOf(ai, { properties: { 'alice@contoso.com': [key] } }),
    ].map((error) => error.message);
    for (const message of messages) {
      expect(message).toMatch(/^createApplicationInsightsSink: /);
      expect(message).not.toMatch(/planted|InstrumentationKey|alice|contoso/);
    }
    expect(messages[1]).toMatch(/options must be an object \(got a string\)/);
    expect(messages[6]).toMatch(/options\.properties\.\[redacted\] must be .* \(got an array\)/);
  });
});

describe('a record that is not a telemetry record (issue 22: the sink never throws)', () => {
  const secret = 'InstrumentationKey=planted-record-secret';
  it.each<[string, unknown, string]>([
    ['undefined', undefined, 'the record must be a telemetry record (an object with a kind) (got undefined)'],
    ['null', null, 'the record must be a telemetry record (an object with a kind) (got null)'],
    ['a number', 42, 'the record must be a telemetry record (an object with a kind) (got number)'],
    ['a string', secret, 'the record must be a telemetry record (an object with a kind) (got a string)'],
    ['an array', [secret], 'the record must be a telemetry record (an object with a kind) (got an array)'],
    ['a function', () => secret, 'the record must be a telemetry record (an object with a kind) (got function)'],
    ['an object without a kind', {}, "the record's kind must be a non-empty string (got undefined)"],
    [
      'a record without a kind',
      { CorrelationId: secret },
      "the record's kind must be a non-empty string (got undefined)",
    ],
    ['a kind that is a number', { kind: 42 }, "the record's kind must be a non-empty string (got number)"],
    ['an empty kind', { kind: '' }, "the record's kind must be a non-empty string (got an empty string)"],
    ['a blank kind', { kind: '   ' }, "the record's kind must be a non-empty string (got a blank string)"],
    ['a kind that is an object', { kind: { secret } }, "the record's kind must be a non-empty string (got object)"],
  ])('%s goes to onError as a TypeError naming what is wrong, never the value; nothing sent', (_name, bad, what) => {
    const ai = fakeAppInsights();
    const onError = vi.fn();
    const sample = vi.fn(() => true);
    const sink = createApplicationInsightsSink(ai, { onError, sample }) as (r: unknown) => void;
    expect(() => sink(bad)).not.toThrow();
    expect(onError).toHaveBeenCalledOnce();
    const error = onError.mock.calls[0]?.[0] as TypeError;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(`createApplicationInsightsSink: ${what}; record dropped`);
    expect(error.message).not.toContain('planted');
    expect(sample).not.toHaveBeenCalled();
    expect(ai.trackEvent).not.toHaveBeenCalled();

    // Without onError: dropped silently; an onError that throws is not rethrown either.
    expect(() => (createApplicationInsightsSink(ai) as (r: unknown) => void)(bad)).not.toThrow();
    const throwingHandler = createApplicationInsightsSink(ai, {
      onError: () => {
        throw new Error('handler too');
      },
    }) as (r: unknown) => void;
    expect(() => throwingHandler(bad)).not.toThrow();
    expect(ai.trackEvent).not.toHaveBeenCalled();

    // The sink carries on: the next good record is sent.
    sink(record());
    expect(ai.events.map((e) => e.name)).toEqual(['CallDiagnostics.callEnded']);
  });
});

describe('the readiness check through the same sink', () => {
  it('a finished check arrives as CallDiagnostics.readinessChecked with its verdict and statuses only', async () => {
    const { createReadinessCheck } = await import('../readiness/createReadinessCheck.js');
    const ai = fakeAppInsights();
    const check = createReadinessCheck({
      history: false,
      endpoints: ['https://down.test/path?user=8:acs:planted-user'],
      platform: { fetch: async () => Promise.reject(new TypeError('Failed to fetch')) },
      onDiagnosticEvent: createApplicationInsightsSink(ai),
    });
    await check.run();
    expect(ai.trackEvent).toHaveBeenCalledOnce();
    const [event] = ai.trackEvent.mock.calls[0] as [{ name: string; properties: Record<string, unknown> }];
    expect(event.name).toBe('CallDiagnostics.readinessChecked');
    expect(event.properties).toMatchObject({ kind: 'readinessChecked', verdict: 'blocked', signalling: 'fail' });
    expect(event.properties.relays).toBe('skipped');
    expect(JSON.stringify(event)).not.toMatch(/planted|down\.test/);
  });
});

describe('a record the sink cannot read (issue 22)', () => {
  const loopy = (): DiagnosticTelemetryRecord => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    return { ...record(), extra: loop } as unknown as DiagnosticTelemetryRecord;
  };
  const throwing = (key: string): DiagnosticTelemetryRecord =>
    Object.defineProperty({ ...record() }, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });

  it.each([
    ['a circular record', loopy],
    ['a getter that throws', () => throwing('CorrelationId')],
    ['a kind whose getter throws', () => throwing('kind')],
  ])('%s goes to onError, never to the caller, and nothing is sent', (_name, make) => {
    const ai = fakeAppInsights();
    const onError = vi.fn();
    const sample = vi.fn(() => true);
    const sink = createApplicationInsightsSink(ai, { onError, sample });
    expect(() => sink(make())).not.toThrow();
    expect(onError).toHaveBeenCalledOnce();
    expect(ai.events).toHaveLength(0);
    expect(sample).not.toHaveBeenCalled();
    // Without onError: dropped, silently.
    expect(() => createApplicationInsightsSink(ai)(make())).not.toThrow();
  });

  it('a nested value JSON cannot write (a bigint) goes to onError too', () => {
    const ai = fakeAppInsights();
    const onError = vi.fn();
    const bad = { ...record(), extra: { n: 1n } } as unknown as DiagnosticTelemetryRecord;
    expect(() => createApplicationInsightsSink(ai, { onError })(bad)).not.toThrow();
    expect(onError).toHaveBeenCalledOnce();
    expect(ai.events).toHaveLength(0);
  });

  it('sample receives a frozen copy: the app’s record is not handed out, and what is sent is what was read', () => {
    const ai = fakeAppInsights();
    const original = {
      ...record({ CorrelationId: 'call-1' }),
      nested: { a: 1 },
    } as unknown as DiagnosticTelemetryRecord;
    let seen: unknown;
    const onError = vi.fn();
    const sink = createApplicationInsightsSink(ai, {
      onError,
      sample: (r) => {
        seen = r;
        (r as { CorrelationId: string }).CorrelationId = 'changed by the filter';
        return true;
      },
    });
    sink(original);
    expect(seen).not.toBe(original);
    expect(Object.isFrozen(seen)).toBe(true);
    expect(Object.isFrozen((seen as { nested: object }).nested)).toBe(true);
    expect(original.CorrelationId).toBe('call-1');
    // The filter's write threw (a frozen object, strict mode): the record is dropped and the error reported.
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(TypeError);
    expect(ai.events).toHaveLength(0);

    const passing = createApplicationInsightsSink(ai, { sample: (r) => Object.isFrozen(r) });
    passing(original);
    expect(ai.events[0]?.properties).toMatchObject({ CorrelationId: 'call-1', nested: '{"a":1}' });
  });
});
