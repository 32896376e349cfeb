// `node scripts/bench-readiness.mjs` (also run by `pnpm bench`): the pre-join readiness check in real Chromium (fake
// devices, the real ACS SDK with a warmed CallClient) against a real coturn and local HTTPS endpoints on loopback
// (started and stopped by packages/core/test/coturn.globalSetup.ts and signalling.globalSetup.ts). Writes
// bench/.results/readiness.json and prints the figures.
//   P8 time to verdict when everything is fine (goal <= 1.5 s), when everything is blocked (<= the 6 s cap), and from
//      abort() to settled (<= 100 ms)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ms = (n) => `${n.toFixed(1)} ms`;

/** The P8 section of docs/benchmarks.md (scripts/bench.mjs imports it) from bench/.results/readiness.json. */
export function readinessSection(r) {
  const c = r.allFine.perCheckP50;
  return `## P8 — pre-join readiness check (\`createReadinessCheck\`): time to verdict in Chromium

\`node scripts/bench-readiness.mjs\` (\`vitest.bench-readiness.config.ts\`): real Chromium with fake camera and microphones,
the real ACS SDK (\`new CallClient()\`, warmed first as an app would: offline, its first async call took
${ms(r.sdkFirstCallMs)}), coturn on 127.0.0.1 and local HTTPS endpoints (\`packages/core/test/signalling.globalSetup.ts\`),
default cap ${r.capMs / 1000} s. ${r.runs} runs per figure (${r.blockedRuns} for the blocked case, which waits for the cap).

| P8 figure | p50 | p95 | max | goal |
|---|---|---|---|---|
| everything fine on loopback (SDK environment and devices, UDP/TCP/TLS relays, one endpoint) | ${ms(r.allFine.p50)} | ${ms(r.allFine.p95)} | ${ms(r.allFine.max)} | ≤ 1,500 ms |
| everything blocked (closed UDP and TCP relay ports, an endpoint that never answers) | ${ms(r.allBlocked.p50)} | ${ms(r.allBlocked.p95)} | ${ms(r.allBlocked.max)} | ≤ ${r.capMs.toLocaleString('en-US')} ms (the cap) |
| \`abort()\` 200 ms into a blocked run → \`run()\` rejects \`AbortError\` | ${ms(r.abort.rejected.p50)} | ${ms(r.abort.rejected.p95)} | ${ms(r.abort.rejected.max)} | ≤ 100 ms |
| \`abort()\` → its peer connection closed and its fetch settled | ${ms(r.abort.released.p50)} | ${ms(r.abort.released.p95)} | ${ms(r.abort.released.max)} | ≤ 100 ms |

When everything is fine the relay check is the longest (p50 per check: environment ${ms(c.environment)}, devices
${ms(c.devices)}, relays ${ms(c.relays)}, signalling ${ms(c.signalling)}); the checks run in parallel, so the verdict
comes with the slowest. When everything is blocked, the relay probe and the fetch end on their own at the cap less
150 ms, so they report \`relays-blocked\` and \`timeout\` instead of \`timed-out\`. In headless Linux Chromium the SDK
says the browser is unsupported, so the environment check warns and the verdict is \`warnings\`, not \`ready\`.

| pre-join check | documented duration or timeout |
|---|---|
| **this kit, \`createReadinessCheck\`** | **${(r.allBlocked.max / 1000).toFixed(1)} s measured on a blocked network, ${(r.allFine.p50 / 1000).toFixed(1)} s when fine (cap ${r.capMs / 1000} s, up to 60 s)** |
| LiveKit \`ConnectionCheck\` | 15 s timeouts per step (WebSocket, TURN, …) |
| Twilio \`runPreflight\` | 10 s |
| Daily \`testNetworkConnectivity\` | 30 s |
| Vonage \`testQuality\` | ~30 s |
| ACS \`PreCallDiagnostics\` (beta) | ~30 s (a billed test call; needs the service) |

Peers' figures are their documented durations and timeouts, not measured here; they also test more (bandwidth,
call quality), which needs a media session this check does not set up.
`;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) main();

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  mkdirSync(`${root}bench/.results`, { recursive: true });
  execFileSync('pnpm', ['exec', 'vitest', 'run', '-c', 'vitest.bench-readiness.config.ts', '--reporter=dot'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env },
  });
  const r = JSON.parse(readFileSync(`${root}bench/.results/readiness.json`, 'utf8'));
  const f = (s) => `p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms`;
  console.log(
    `P8 readiness check, time to verdict (${r.runs} runs; blocked: ${r.blockedRuns} runs, cap ${r.capMs} ms):`,
  );
  console.log(`  everything fine on loopback: ${f(r.allFine)} (goal <= 1500 ms)`);
  console.log(
    `    per check, p50: ${Object.entries(r.allFine.perCheckP50)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(', ')}`,
  );
  console.log(`  everything blocked:          ${f(r.allBlocked)} (goal <= ${r.capMs} ms)`);
  console.log(`  abort() -> run() rejected:   ${f(r.abort.rejected)} (goal <= 100 ms)`);
  console.log(`  abort() -> all released:     ${f(r.abort.released)}`);
  console.log(`  (a new CallClient's first async call, offline, before warming: ${r.sdkFirstCallMs} ms)`);
}
