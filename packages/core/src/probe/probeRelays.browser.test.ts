// The relay probe in real Chromium against a REAL coturn on loopback (started by packages/core/test/coturn.globalSetup.ts).

import { deepText } from '@call-diagnostics/testing';
import { beforeEach, describe, expect, inject, it, vi } from 'vitest';
import {
  probeRelays,
  type RelayPeerConnectionConstructor,
  type RelayProbeIceServer,
  type RelayProbeOptions,
} from '../index.js';

const coturn = inject('coturn');
const { host, port, tlsPort, closedUdpPort, closedTcpPort, username, credential } = coturn;

// The real RTCPeerConnection must satisfy the probe's structural constructor type.
const Native: RelayPeerConnectionConstructor = RTCPeerConnection;

/** Counts the real peer connections the probe opens and closes. */
let opened: RTCPeerConnection[] = [];
class CountingPc extends RTCPeerConnection {
  constructor(configuration: RTCConfiguration) {
    super(configuration);
    opened.push(this);
  }
}

const good = (urls: string | string[]): RelayProbeIceServer => ({ urls, username, credential });
const probe = (servers: RelayProbeIceServer[], options: RelayProbeOptions = {}) =>
  probeRelays(servers, { RTCPeerConnection: CountingPc, timeoutMs: 2000, ...options });

const UDP = `turn:${host}:${port}`;
const TCP = `turn:${host}:${port}?transport=tcp`;
const TLS = `turns:localhost:${tlsPort}?transport=tcp`;
const CLOSED_UDP = `turn:${host}:${closedUdpPort}`;
const CLOSED_TCP = `turn:${host}:${closedTcpPort}?transport=tcp`;

beforeEach(() => {
  opened = [];
});

/** Exactly `count` peer connections were opened, and every one is closed, whatever the outcome. */
function expectClosed(count: number) {
  expect(opened).toHaveLength(count);
  expect(opened.map((pc) => pc.signalingState)).toEqual(opened.map(() => 'closed'));
}

describe('probeRelays against coturn in Chromium', () => {
  it('is a real RTCPeerConnection', () => {
    expect(typeof Native).toBe('function');
  });

  it('UDP: reachable, relayProtocol udp', async () => {
    const { results, summary } = await probe([good(UDP)]);
    expect(results[0]).toMatchObject({ url: UDP, transport: 'udp', status: 'reachable', relayProtocol: 'udp' });
    expect(results[0]?.ms).toBeLessThan(2000);
    expect(summary).toMatchObject({ verdict: 'all-reachable', working: ['udp'] });
    expectClosed(1);
  });

  it('TCP (?transport=tcp): reachable, relayProtocol tcp', async () => {
    const { results } = await probe([good(TCP)]);
    expect(results[0]).toMatchObject({ transport: 'tcp', status: 'reachable', relayProtocol: 'tcp' });
    expectClosed(1);
  });

  it('TLS (turns: with the self-signed certificate for localhost): reachable, relayProtocol tls', async () => {
    const { results } = await probe([good(TLS)]);
    expect(results[0]).toMatchObject({ url: TLS, transport: 'tls', status: 'reachable', relayProtocol: 'tls' });
    expectClosed(1);
  });

  it('wrong password: auth-failed (401), decided at once', async () => {
    const { results, summary } = await probe([{ urls: [UDP, TCP], username, credential: 'wrong-password' }]);
    expect(results.map((r) => [r.status, r.errorCode])).toEqual([
      ['auth-failed', 401],
      ['auth-failed', 401],
    ]);
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(1500);
    expect(summary.verdict).toBe('auth-failed');
    expectClosed(2);
  });

  it('closed UDP port: ends within the configured timeout (the browser alone waits ~40 s)', async () => {
    const started = performance.now();
    const { results, summary } = await probe([good(CLOSED_UDP)], { timeoutMs: 2000, overallTimeoutMs: 2000 });
    const elapsed = performance.now() - started;
    expect(['timeout', 'unreachable']).toContain(results[0]?.status);
    expect(elapsed).toBeLessThan(2600);
    expect(summary).toMatchObject({ verdict: 'all-blocked', working: [], blocked: ['udp'] });
    expectClosed(1);
  });

  it('closed TCP port: unreachable (701)', async () => {
    const { results } = await probe([good(CLOSED_TCP)]);
    expect(results[0]).toMatchObject({ transport: 'tcp', status: 'unreachable', errorCode: 701 });
    expect(results[0]?.ms).toBeLessThan(1500);
    expectClosed(1);
  });

  it("a host no resolver knows: the browser's own 701s (STUN and TURN, per interface) decide only when gathering ends", async () => {
    // Chromium raises "STUN host lookup received error." for the binding it also tries at a TURN server's address,
    // then "TURN host lookup received error." for the relay, once per network interface, then ends gathering.
    const { results } = await probe([good('turn:nowhere.invalid:3478')]);
    expect(results[0]).toMatchObject({
      status: 'unreachable',
      errorCode: 701,
      errorText: 'TURN host lookup received error.',
    });
    expect(results[0]?.ms).toBeLessThan(1500);
    expectClosed(1);
  });

  it('malformed URLs: invalid-url, no peer connection for what the parser rejects', async () => {
    const { results, summary } = await probe([good([`turn:${host}:notaport`, 'turn:', `http://${host}:${port}`])]);
    expect(results.map((r) => r.status)).toEqual(['invalid-url', 'invalid-url', 'invalid-url']);
    expect(summary.verdict).toBe('no-testable-servers');
    expectClosed(0);
  });

  it('stun: is reported as not testable here', async () => {
    const { results } = await probe([{ urls: `stun:${host}:${port}` }]);
    expect(results[0]).toMatchObject({ status: 'unsupported' });
    expectClosed(0);
  });

  it('mixed list: UDP blocked, TCP and TLS work → udp-blocked-tcp-works', async () => {
    const { results, summary } = await probe([good([CLOSED_UDP, TCP]), good(TLS), { urls: 'turn:' }]);
    expect(results.map((r) => [r.transport, r.status])).toEqual([
      ['udp', expect.stringMatching(/^(timeout|unreachable)$/)],
      ['tcp', 'reachable'],
      ['tls', 'reachable'],
      ['udp', 'invalid-url'],
    ]);
    expect(summary).toMatchObject({ verdict: 'udp-blocked-tcp-works', working: ['tcp', 'tls'], blocked: ['udp'] });
    expect(summary.ms).toBeLessThan(2600);
    expectClosed(3);
  });

  it('everything blocked: all-blocked within the timeout', async () => {
    const { summary } = await probe([good([CLOSED_UDP, CLOSED_TCP])]);
    expect(summary).toMatchObject({ verdict: 'all-blocked', reachable: 0, tested: 2 });
    expect(summary.ms).toBeLessThan(2600);
    expectClosed(2);
  });

  it('abort: rejects with AbortError and closes the open peer connections', async () => {
    const controller = new AbortController();
    const promise = probe([good([CLOSED_UDP, `${CLOSED_UDP}?transport=udp`])], {
      signal: controller.signal,
      timeoutMs: 5000,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(opened.length).toBe(2);
    controller.abort();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expectClosed(2);
  });

  it('planted secret: the credential never appears in results, summary, errors or console output', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const report = await probe([
      good([UDP, TCP, CLOSED_TCP]),
      { urls: [UDP], username, credential: `${credential}-wrong` },
      good([`turn:${username}:${credential}@${host}:${port}`]),
    ]);
    const text = JSON.stringify(report);
    expect(text).not.toContain(credential);
    expect(text).not.toContain(username);
    const controller = new AbortController();
    const aborted = probe([good(CLOSED_UDP)], { signal: controller.signal });
    controller.abort();
    const error = (await aborted.catch((e: unknown) => e)) as Error;
    expect(`${error.message}\n${error.stack}`).not.toContain(credential);
    for (const spy of spies) {
      expect(deepText(spy.mock.calls)).not.toContain(credential);
      spy.mockRestore();
    }
    expectClosed(5);
  });
});
