// P4/P5: the relay probe in real Chromium against a real coturn on loopback. Prints figures and writes them to
// bench/.results/probe.json; asserts only that each scenario ended the way it should (timings are measured, not
// tested).
import { probeRelays, type RelayProbeIceServer } from '@call-diagnostics/core';
import { expect, inject, test } from 'vitest';
import { commands } from 'vitest/browser';

const { host, port, tlsPort, closedUdpPort, closedTcpPort, username, credential } = inject('coturn');
const server = (urls: string | string[]): RelayProbeIceServer => ({ urls, username, credential });
const UDP = `turn:${host}:${port}`;
const TCP = `turn:${host}:${port}?transport=tcp`;
const TLS = `turns:localhost:${tlsPort}?transport=tcp`;
const RUNS = 15;

const results: Record<string, unknown> = { runs: RUNS };
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const pick = (values: number[], p: number) =>
  sorted(values)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] as number;
const stats = (values: number[]) => ({ p50: pick(values, 50), p95: pick(values, 95), max: Math.max(...values) });
const round = (n: number) => Math.round(n * 10) / 10;

async function timed(servers: RelayProbeIceServer[], options: Parameters<typeof probeRelays>[1] = {}) {
  const start = performance.now();
  const report = await probeRelays(servers, options);
  return { ms: performance.now() - start, report };
}

test('P4: probe time when reachable (loopback), per transport', async () => {
  const out: Record<string, ReturnType<typeof stats>> = {};
  for (const [name, url] of [
    ['udp', UDP],
    ['tcp', TCP],
    ['tls', TLS],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const { ms, report } = await timed([server(url)]);
      expect(report.results[0], `${name} run ${i} ${JSON.stringify(report.results[0])}`).toMatchObject({
        status: 'reachable',
      });
      times.push(ms);
    }
    out[name] = stats(times.map(round));
    console.log(`BENCH P4 reachable ${name}: p50 ${out[name].p50} ms, p95 ${out[name].p95} ms`);
  }
  results.reachable = out;
});

test('P4: probe time when everything is blocked (default 5 s timeout)', async () => {
  const { ms, report } = await timed([
    server([`turn:${host}:${closedUdpPort}`, `turn:${host}:${closedTcpPort}?transport=tcp`]),
  ]);
  expect(report.summary.verdict).toBe('all-blocked');
  results.allBlocked = {
    ms: round(ms),
    statuses: report.results.map((r) => `${r.transport}:${r.status}${r.errorCode ? `/${r.errorCode}` : ''}@${r.ms}ms`),
  };
  console.log(`BENCH P4 everything blocked (default timeout): ${round(ms)} ms`, results.allBlocked);
});

test('P5: N servers in parallel vs the slowest single one', async () => {
  const urls = [
    UDP,
    TCP,
    TLS,
    `${UDP}?transport=udp`,
    `turn:localhost:${port}?transport=tcp`,
    `turns:localhost:${tlsPort}`,
  ];
  const singles: number[][] = urls.map(() => []);
  const parallel: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    for (const [index, url] of urls.entries()) singles[index]?.push((await timed([server(url)])).ms);
    const { ms, report } = await timed([server(urls)]);
    expect(report.summary.verdict).toBe('all-reachable');
    parallel.push(ms);
  }
  const singleP50 = singles.map((times) => pick(times, 50));
  const slowestSingle = Math.max(...singleP50);
  const parallelP50 = pick(parallel, 50);
  results.parallel = {
    n: urls.length,
    singleP50Ms: singleP50.map(round),
    slowestSingleP50Ms: round(slowestSingle),
    parallelP50Ms: round(parallelP50),
    parallelP95Ms: round(pick(parallel, 95)),
    ratio: Math.round((parallelP50 / slowestSingle) * 100) / 100,
  };
  // Blocked: N silent UDP URLs in parallel end together at the timeout, not N × timeout.
  const blockedUrls = Array.from({ length: urls.length }, () => `turn:${host}:${closedUdpPort}`);
  const single = await timed([server(blockedUrls[0] as string)], { overallTimeoutMs: 2000 });
  expect(single.report.results[0]?.status).toBe('timeout');
  const many = await timed([server(blockedUrls)], { overallTimeoutMs: 2000 });
  results.parallelBlocked = {
    n: blockedUrls.length,
    timeoutMs: 2000,
    singleMs: round(single.ms),
    parallelMs: round(many.ms),
    ratio: Math.round((many.ms / single.ms) * 100) / 100,
  };
  console.log('BENCH P5 parallel', results.parallel, results.parallelBlocked);
});

test('P5: N servers in parallel vs the slowest single one, at 40 ms RTT (delaying proxy)', async () => {
  const delayed = inject('coturnDelayed');
  {
    const d = (urls: string | string[]): RelayProbeIceServer => ({
      urls,
      username,
      credential,
    });
    const U = `turn:${delayed.host}:${delayed.port}`;
    const T = `${U}?transport=tcp`;
    const urls = [U, T, U, T, U, T];
    const singles: number[][] = [[], []];
    const parallel: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      singles[0]?.push((await timed([d(U)])).ms);
      singles[1]?.push((await timed([d(T)])).ms);
      const { ms, report } = await timed([d(urls)]);
      expect(report.summary.verdict).toBe('all-reachable');
      parallel.push(ms);
    }
    const slowest = Math.max(...singles.map((times) => pick(times, 50)));
    results.parallelRtt = {
      n: urls.length,
      rttMs: delayed.rttMs,
      singleP50Ms: singles.map((times) => round(pick(times, 50))),
      slowestSingleP50Ms: round(slowest),
      parallelP50Ms: round(pick(parallel, 50)),
      parallelP95Ms: round(pick(parallel, 95)),
      ratio: Math.round((pick(parallel, 50) / slowest) * 100) / 100,
    };
    console.log('BENCH P5 at 40 ms RTT', results.parallelRtt);
  }
  await commands.writeFile('bench/.results/probe.json', JSON.stringify(results, null, 2));
});
