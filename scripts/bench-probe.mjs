// `node scripts/bench-probe.mjs` (also run by `pnpm bench`): the relay probe in real Chromium against a real coturn
// on loopback (started and stopped by packages/core/test/coturn.globalSetup.ts). Writes bench/.results/probe.json
// and prints the figures.
//   P4 probe time when reachable (UDP, TCP, TLS) and when everything is blocked (default 5 s timeout)
//   P5 N relay URLs in parallel vs the slowest single one (goal: <= 1.2x)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(`${root}bench/.results`, { recursive: true });
execFileSync('pnpm', ['exec', 'vitest', 'run', '-c', 'vitest.bench-probe.config.ts', '--reporter=dot'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env },
});
const probe = JSON.parse(readFileSync(`${root}bench/.results/probe.json`, 'utf8'));
const r = probe.reachable;
console.log(`P4 reachable (loopback), p50/p95 over ${probe.runs} runs:`);
for (const t of ['udp', 'tcp', 'tls']) console.log(`  ${t}: ${r[t].p50} / ${r[t].p95} ms`);
console.log(
  `P4 everything blocked, default 5 s timeout: ${probe.allBlocked.ms} ms (${probe.allBlocked.statuses.join(', ')})`,
);
console.log(
  `P5 ${probe.parallel.n} URLs in parallel: p50 ${probe.parallel.parallelP50Ms} ms vs slowest single p50 ` +
    `${probe.parallel.slowestSingleP50Ms} ms = ${probe.parallel.ratio}x (goal <= 1.2x)`,
);
console.log(
  `P5 ${probe.parallelBlocked.n} blocked URLs in parallel: ${probe.parallelBlocked.parallelMs} ms vs one: ` +
    `${probe.parallelBlocked.singleMs} ms = ${probe.parallelBlocked.ratio}x`,
);
console.log(
  `P5 ${probe.parallelRtt.n} URLs at ${probe.parallelRtt.rttMs} ms RTT: p50 ${probe.parallelRtt.parallelP50Ms} ms vs ` +
    `slowest single p50 ${probe.parallelRtt.slowestSingleP50Ms} ms = ${probe.parallelRtt.ratio}x`,
);
