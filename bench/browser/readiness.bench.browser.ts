// P8: the pre-join readiness check's time to verdict in real Chromium, against real parts: the ACS SDK (warmed
// CallClient, fake devices), a real coturn on loopback and local HTTPS endpoints. Prints figures and writes them to
// bench/.results/readiness.json; asserts only that each scenario ended the way it should (timings are measured, not
// tested).
import { CallClient, Features } from '@azure/communication-calling';
import { createReadinessCheck, type RelayProbeIceServer } from '@call-diagnostics/core';

/** The readiness check's default cap (`timeoutMs`: 6 s, as its TSDoc says; not exported from the package). */
const READINESS_DEFAULT_TIMEOUT_MS = 6000;

import { expect, inject, test } from 'vitest';
import { commands } from 'vitest/browser';

const { host, port, tlsPort, closedUdpPort, closedTcpPort, username, credential } = inject('coturn');
const { upOrigin, silentOrigin } = inject('signalling');
const server = (urls: string | string[]): RelayProbeIceServer => ({ urls, username, credential });
const UDP = `turn:${host}:${port}`;
const TCP = `turn:${host}:${port}?transport=tcp`;
const TLS = `turns:localhost:${tlsPort}?transport=tcp`;
const CLOSED_UDP = `turn:${host}:${closedUdpPort}`;
const CLOSED_TCP = `turn:${host}:${closedTcpPort}?transport=tcp`;
const RUNS = 15;
const BLOCKED_RUNS = 3;

const results: Record<string, unknown> = { runs: RUNS, blockedRuns: BLOCKED_RUNS, capMs: READINESS_DEFAULT_TIMEOUT_MS };
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const pick = (values: number[], p: number) =>
  sorted(values)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] as number;
const round = (n: number) => Math.round(n * 10) / 10;
const stats = (values: number[]) => ({
  p50: round(pick(values, 50)),
  p95: round(pick(values, 95)),
  max: round(Math.max(...values)),
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let callClient: CallClient;

test('warm-up: the app has created its CallClient long before the pre-join screen', async () => {
  callClient = new CallClient();
  const start = performance.now();
  await callClient.feature(Features.DebugInfo).getEnvironmentInfo();
  await callClient.getDeviceManager();
  results.sdkFirstCallMs = round(performance.now() - start);
  console.log(`BENCH P8 warm-up: a new CallClient's first async call took ${results.sdkFirstCallMs} ms (offline)`);
});

test('P8: time to verdict, everything fine on loopback (SDK, coturn UDP/TCP/TLS, an HTTPS endpoint)', async () => {
  const times: number[] = [];
  const checkMs: Record<string, number[]> = { environment: [], devices: [], relays: [], signalling: [], history: [] };
  for (let i = 0; i < RUNS; i += 1) {
    const readiness = createReadinessCheck({
      callClient,
      features: Features,
      iceServers: [server([UDP, TCP, TLS])],
      endpoints: [`${upOrigin}/token`],
      history: false,
    });
    const start = performance.now();
    const result = await readiness.run();
    times.push(performance.now() - start);
    const statuses = Object.fromEntries(result.checks.map((c) => [c.id, `${c.status}:${c.reason}`]));
    expect(statuses, `run ${i}`).toEqual({
      // Headless Linux Chromium: the SDK itself says unsupported (a warning, not a failure).
      environment: 'warn:unsupported-browser',
      devices: 'pass:devices-available',
      relays: 'pass:relays-reachable',
      signalling: 'pass:endpoints-reachable',
      history: 'skipped:no-history',
    });
    for (const c of result.checks) checkMs[c.id]?.push(c.ms);
  }
  results.allFine = {
    ...stats(times),
    perCheckP50: Object.fromEntries(Object.entries(checkMs).map(([k, v]) => [k, round(pick(v, 50))])),
  };
  console.log('BENCH P8 all fine (loopback):', results.allFine);
});

test('P8: time to verdict, everything blocked (closed UDP and TCP relay ports, a silent endpoint; default cap)', async () => {
  const times: number[] = [];
  let statuses: string[] = [];
  for (let i = 0; i < BLOCKED_RUNS; i += 1) {
    const readiness = createReadinessCheck({
      callClient,
      features: Features,
      iceServers: [server([CLOSED_UDP, CLOSED_TCP])],
      endpoints: [silentOrigin],
      history: false,
    });
    const start = performance.now();
    const result = await readiness.run();
    times.push(performance.now() - start);
    expect(result.verdict).toBe('blocked');
    statuses = result.checks.map((c) => `${c.id}:${c.status}:${c.reason}@${c.ms}ms`);
    expect(statuses.find((s) => s.startsWith('relays:'))).toMatch(/^relays:fail:relays-blocked/);
    expect(statuses.find((s) => s.startsWith('signalling:'))).toMatch(/^signalling:fail:endpoints-unreachable/);
  }
  results.allBlocked = { ...stats(times), statuses };
  console.log('BENCH P8 all blocked (default cap):', results.allBlocked);
});

test('P8: abort to settled (blocked UDP relay and a silent endpoint, aborted 200 ms in)', async () => {
  const NativePc = globalThis.RTCPeerConnection;
  const nativeFetch = globalThis.fetch;
  let opened = 0;
  let lastCloseAt = 0;
  let pendingFetches = 0;
  let lastFetchSettledAt = 0;
  globalThis.RTCPeerConnection = class extends NativePc {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      opened += 1;
    }
    close() {
      lastCloseAt = performance.now();
      super.close();
    }
  } as typeof RTCPeerConnection;
  globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
    pendingFetches += 1;
    const promise = nativeFetch(...args);
    const settle = () => {
      pendingFetches -= 1;
      lastFetchSettledAt = performance.now();
    };
    promise.then(settle, settle);
    return promise;
  }) as typeof fetch;
  const rejected: number[] = [];
  const released: number[] = [];
  try {
    for (let i = 0; i < RUNS; i += 1) {
      opened = 0;
      const readiness = createReadinessCheck({
        iceServers: [server(CLOSED_UDP)],
        endpoints: [silentOrigin],
        history: false,
      });
      const controller = new AbortController();
      const run = readiness.run({ signal: controller.signal });
      await sleep(200);
      expect(opened).toBe(1);
      expect(pendingFetches).toBe(1);
      const abortedAt = performance.now();
      controller.abort();
      const error = await run.then(
        () => undefined,
        (e: unknown) => e,
      );
      rejected.push(performance.now() - abortedAt);
      expect(error).toMatchObject({ name: 'AbortError' });
      const by = performance.now() + 1000;
      while (pendingFetches > 0 && performance.now() < by) await sleep(1);
      expect(pendingFetches).toBe(0);
      released.push(Math.max(lastCloseAt, lastFetchSettledAt) - abortedAt);
    }
  } finally {
    globalThis.RTCPeerConnection = NativePc;
    globalThis.fetch = nativeFetch;
  }
  results.abort = { rejected: stats(rejected), released: stats(released) };
  console.log('BENCH P8 abort → run() rejected / peer connection closed and fetch settled:', results.abort);
  await commands.writeFile('bench/.results/readiness.json', JSON.stringify(results, null, 2));
});
