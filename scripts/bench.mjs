// `pnpm bench`: measures every figure and rewrites docs/benchmarks.md.
//   P1 bytes the kit adds to a Fluent v9 app          (scripts/bench-size.mjs, Vite production build)
//   P2 children renders per 10,000 UFD events          (bench/browser, real Chromium)
//   P3 event-to-banner latency, p50/p95 over 200 events (bench/browser, real Chromium)
//   P4/P5 relay probe against a real coturn: reachable, all blocked, N in parallel (scripts/bench-probe.mjs)
//   P8 readiness check time to verdict: all fine, all blocked, abort to settled (scripts/bench-readiness.mjs)
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { readinessSection } from './bench-readiness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env } });

// `pnpm bench --doc-only` rewrites docs/benchmarks.md from the last results in bench/.results without measuring.
if (!process.argv.includes('--doc-only')) {
  run('pnpm', ['build']);
  run('node', ['scripts/bench-size.mjs']);
  run('node', ['scripts/bench-core.mjs']);
  run('pnpm', ['exec', 'vitest', 'run', '-c', 'vitest.bench.config.ts', '--reporter=dot']);
  run('node', ['scripts/bench-probe.mjs']);
  run('node', ['scripts/bench-readiness.mjs']);
}

const size = JSON.parse(await readFile(`${root}bench/.results/size.json`, 'utf8'));
const browser = JSON.parse(await readFile(`${root}bench/.results/browser.json`, 'utf8'));
const core = JSON.parse(await readFile(`${root}bench/.results/core.json`, 'utf8'));
const probe = JSON.parse(await readFile(`${root}bench/.results/probe.json`, 'utf8'));
const readiness = JSON.parse(await readFile(`${root}bench/.results/readiness.json`, 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const chromium = (() => {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'])
      .toString()
      .trim();
  } catch {
    return 'Chromium (version unknown)';
  }
})();

const doc = `# Benchmarks

Measured by \`pnpm bench\` (which rewrites this file) on ${new Date().toISOString().slice(0, 10)}:
${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${chromium}.
Timings vary with the machine and its load; counts do not.

## P1 — bytes the kit adds to a Fluent v9 app

\`node scripts/bench-size.mjs\` (after \`pnpm build\`): Vite production builds, against the packages' \`dist\` (what a user
installs), of \`bench/size/baseline.tsx\` (a Fluent v9 app with \`MessageBar\` and \`Toaster\`), \`bench/size/kit.tsx\` (the
same app inside \`CallDiagnosticsProvider\`: banner, toast, and the guidance panel with its probe and report) and
\`bench/size/errorbar.tsx\` (the same app plus \`@azure/communication-react\`'s \`ErrorBar\`). The ACS SDK is external in
all (the app already ships it). *First load* is the entry chunk and its static imports. The kit's other two chunks
are fetched later: the banner and toast right after the provider mounts, the guidance panel when the banner first
shows a problem or the panel opens.

| build | min | gzip |
|---|---|---|
| baseline | ${kb(size.baseline.total.min)} | ${kb(size.baseline.total.gzip)} |
| **the kit adds to the first load** | **${kb(size.kitAddsInitial.min)}** | **${kb(size.kitAddsInitial.gzip)}** |
| the kit's deferred chunks (banner and toast; panel) | ${kb(size.kitLazy.min)} | ${kb(size.kitLazy.gzip)} |
| the kit adds in all | ${kb(size.kitAddsTotal.min)} | ${kb(size.kitAddsTotal.gzip)} |
| anchor: \`ErrorBar\` adds | ${size.errorBarAdds ? kb(size.errorBarAdds.min) : 'n/a'} | ${size.errorBarAdds ? kb(size.errorBarAdds.gzip) : 'n/a'} |

CI runs \`node scripts/bench-size.mjs --check\`, which fails when the kit adds more than ${kb(size.budgetGzipBytes)} gzip
to the first load. How it came down from 59.1 kB: the kit's own styles are compiled at build time
(\`@griffel/babel-preset\` after tsc, as Fluent builds its components, so no Griffel runtime compiler); the panel loads on demand;
the banner's actions are Fluent \`Link\`s rather than \`Button\`s (9 kB gzip alone); the banner, toast, strings and
localization code are a chunk the provider fetches after it mounts; the report builder left the core object; and
development-only messages fold away in production. What is left in the first load is the provider and the core
(event sources for all four call holders, store, history, telemetry and the end-code catalog), so no event is missed
before the chunks arrive. ${size.kitAddsInitial.gzip <= 10 * 1024 ? 'The goal of ≤ 10 kB gzip is met.' : '**The goal of ≤ 10 kB gzip is not met yet.**'}

## P2 — renders of the provider's children caused by diagnostic events

\`pnpm exec vitest run -c vitest.bench.config.ts\` (real Chromium): 10,000 network-quality UFD events on a mounted
provider.

| figure | value |
|---|---|
| children renders per 10,000 UFD events | **${browser.childrenRendersPer10kEvents}** |

The same count is asserted (0 for 1,000 events) in \`packages/react/src/provider/CallDiagnosticsProvider.test.tsx\`
and in the pack acceptance test.

## P3 — event-to-banner latency in Chromium

Same command: \`networkRelaysNotReachable: true\` raised on the fake call 200 times; time until the banner text is in
the DOM (MutationObserver) and until the next animation frame. Each round ends with a recovery, so the toast is in
play too (when recovery toasts still stacked, one per round, they pushed the p95 to 27.8 ms; the kit now keeps one). The max is the first, cold round (first styles inserted, the panel chunk fetched). Goal: p95 ≤ 16 ms.

| figure | p50 | p95 | max |
|---|---|---|---|
| event → banner in the DOM | ${ms(browser.eventToBannerDomMs.p50)} | ${ms(browser.eventToBannerDomMs.p95)} | ${ms(browser.eventToBannerDomMs.max)} |
| event → next frame | ${ms(browser.eventToBannerFrameMs.p50)} | ${ms(browser.eventToBannerFrameMs.p95)} | ${ms(browser.eventToBannerFrameMs.max)} |

## P2b — banner renders per distinct visible state

Same command: a standalone \`RelayDiagnosticsBanner\` under a React \`Profiler\`, fed 10,001 events of which only four
change what it shows (none → relays unreachable → none → unreachable → 410/3112 error); the rest are repeats and media
noise.

| figure | value |
|---|---|
| banner commits / distinct visible states | **${browser.bannerRendersPerDistinctState.renders} / ${browser.bannerRendersPerDistinctState.distinctStates}** |

## P9 — media and other people's diagnostics (issue 23)

Same command. P9a: 10,000 events on a mounted provider, half media UFDs (a microphone that stops, a frozen camera,
speaking while muted, a camera that fails) and half other participants' diagnostics (20 people). P9b: a media UFD
(\`microphoneNotFunctioning\`) raised 200 times; time until its banner text is in the DOM (the first round fetches the
media strings' chunk). Goals: 0 host renders; p95 ≤ 16 ms.

| figure | value |
|---|---|
| children renders per 10,000 media and remote events | **${browser.childrenRendersPer10kMediaEvents ?? 'n/a'}** |
| media event → banner in the DOM, p50 / p95 / max | ${browser.mediaEventToBannerDomMs ? `${ms(browser.mediaEventToBannerDomMs.p50)} / **${ms(browser.mediaEventToBannerDomMs.p95)}** / ${ms(browser.mediaEventToBannerDomMs.max)}` : 'n/a'} |

## P10 — call quality (issue 24)

\`node scripts/bench-core.mjs\` (plain Node): \`createQualityMonitor\`'s \`push\` per SDK-shaped sample. Same Chromium
command as P2: 1,000 media statistics samples into a provider whose children hold a \`CallQualityIndicator\` (good, a
dip, 400 samples flapping between good and poor, recovery). Goals: push p95 ≤ 20 µs; 0 host renders; the indicator
renders only when the level changes.

| figure | value |
|---|---|
| \`push\` per sample, p50 / p95 / p99 | ${core.qualityPush ? `${core.qualityPush.p50Us ?? core.qualityPush.p50} / **${core.qualityPush.p95Us ?? core.qualityPush.p95}** / ${core.qualityPush.p99Us ?? core.qualityPush.p99} µs` : 'n/a'} |
| host renders per 1,000 samples | **${browser.qualitySamples?.hostRenders ?? 'n/a'}** |
| indicator commits per 1,000 samples / level changes | ${browser.qualitySamples ? `${browser.qualitySamples.indicatorCommits} / ${browser.qualitySamples.levelChanges} (${browser.qualitySamples.levels.join(' → ')})` : 'n/a'} |

## P6 — leaks after mount/unmount cycles with events in flight

Same command: ${browser.leaks.cycles.toLocaleString('en-US')} mount/unmount cycles of the provider (inside a
\`FluentProvider\`) on one fake call, with UFD events raised on every cycle, and on every tenth cycle a relay probe
(\`useRelayProbe\`, to a closed port) still running at unmount. Timers are tracked by wrapping
\`setTimeout\`/\`clearTimeout\`, peer connections by wrapping \`RTCPeerConnection\` (created vs closed). The cycles
took ${browser.leaks.seconds.toFixed(0)} s.

| figure | value |
|---|---|
| peer connections created / left open | ${browser.leaks.peerConnectionsCreated} / **${browser.leaks.peerConnectionsLeft}** |
| listeners left on the call | **${browser.leaks.listenersLeft}** |
| timers left | **${browser.leaks.timersLeft}** |
| JS heap growth, whole run (after a forced GC) | ${browser.leaks.heapGrowthBytes === null ? 'n/a' : kb(browser.leaks.heapGrowthBytes)} |
| JS heap growth from cycle 1,000 to the end (a per-cycle leak would show here) | ${browser.leaks.heapGrowthAfterWarmupBytes == null ? 'n/a' : kb(browser.leaks.heapGrowthAfterWarmupBytes)} |

The same counts are asserted in CI for 200 cycles (\`packages/react/src/provider/faults.test.tsx\`, P6).

## P7 — core throughput (plain Node)

\`node scripts/bench-core.mjs\`: events reduced per second by the store (built \`dist\`, one subscriber).

| stream | events/s |
|---|---|
| quality storm (every event changes a value) | ${core.qualityStorm.perSecond.toLocaleString('en-US')} |
| repeated values (no change, no notification) | ${core.repeats.perSecond.toLocaleString('en-US')} |
| relay flapping | ${core.relayFlapping.perSecond.toLocaleString('en-US')} |

## P4/P5 — relay probe (\`probeRelays\`) against a real coturn in Chromium

\`node scripts/bench-probe.mjs\` (\`vitest.bench-probe.config.ts\`): coturn on 127.0.0.1 (UDP, TCP and a TLS listener
with a self-signed certificate for \`localhost\`), started and stopped by \`packages/core/test/coturn.globalSetup.ts\`;
${probe.runs} runs per figure. On loopback the time is Chromium's own ICE gathering (≈50 ms port-allocator step plus
the TURN allocation), not the network.

| P4 probe time when reachable (loopback) | p50 | p95 |
|---|---|---|
| UDP \`turn:\` | ${ms(probe.reachable.udp.p50)} | ${ms(probe.reachable.udp.p95)} |
| TCP \`turn:…?transport=tcp\` | ${ms(probe.reachable.tcp.p50)} | ${ms(probe.reachable.tcp.p95)} |
| TLS \`turns:\` | ${ms(probe.reachable.tls.p50)} | ${ms(probe.reachable.tls.p95)} |

| P4 everything blocked (closed UDP and TCP ports, default 5 s timeout) | value |
|---|---|
| whole probe | **${ms(probe.allBlocked.ms)}** |
| per URL | ${probe.allBlocked.statuses.join(', ')} |

Closed TCP is refused at once (701); closed UDP is silent, and the browser alone would wait ~40 s before its 701:
the probe's timeout ends it.

| P5 ${probe.parallel.n} URLs in parallel vs the slowest single one | value |
|---|---|
| slowest single URL, p50 | ${ms(probe.parallel.slowestSingleP50Ms)} |
| all ${probe.parallel.n} in parallel, p50 (p95) | ${ms(probe.parallel.parallelP50Ms)} (${ms(probe.parallel.parallelP95Ms)}) |
| **ratio** (goal ≤ 1.2×) | **${probe.parallel.ratio}×** |
| ${probe.parallelBlocked.n} blocked URLs in parallel vs one (timeout ${probe.parallelBlocked.timeoutMs} ms) | ${ms(probe.parallelBlocked.parallelMs)} vs ${ms(probe.parallelBlocked.singleMs)} = **${probe.parallelBlocked.ratio}×** |
| ${probe.parallelRtt.n} URLs at ${probe.parallelRtt.rttMs} ms RTT (delaying proxy in front of coturn): parallel p50 vs slowest single p50 | ${ms(probe.parallelRtt.parallelP50Ms)} vs ${ms(probe.parallelRtt.slowestSingleP50Ms)} = **${probe.parallelRtt.ratio}×** |

On this machine's cores, ${probe.parallel.n} peer connections gathering at once cost Chromium CPU time that loopback
does not hide (the same happens with bare \`RTCPeerConnection\`s, without the probe); with a network round trip the
overhead shrinks, and for blocked servers (the case the probe exists for) parallel costs nothing: they all end at
the timeout together.

${readinessSection(readiness)}`;
await writeFile(`${root}docs/benchmarks.md`, doc);
// The lint step checks Markdown too: write the tables the way Biome formats them.
run('pnpm', ['exec', 'biome', 'format', '--write', 'docs/benchmarks.md']);
console.log(doc);
