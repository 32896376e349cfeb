// `pnpm bench`: measures every figure and rewrites docs/benchmarks.md.
//   P1 bytes the kit adds to a Fluent v9 app          (scripts/bench-size.mjs, Vite and esbuild production builds)
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

/** What each kind of chunk holds and when a page fetches it, by a module it holds (first match wins). */
const CHUNK_ROLES = [
  [
    'bench/size/kit.tsx',
    'first load',
    "the app's entry, with the app's own code and vendor modules: the kit's part is the provider and the core (event sources, store, history, telemetry, the end-code helpers), so no event is missed before the chunks arrive",
  ],
  [
    'react:context/CallDiagnosticsContext.js',
    'first load',
    "modules the app and the kit share (React, Fluent's core); the kit's part is its context",
  ],
  ['core:sources/listenerBag.js', 'first load', 'the listener bookkeeping every source shares'],
  [
    'react:provider/surfaces.js',
    'on every mount',
    "the banner with the network family's model and words (it must show at once, and offline: no network, reconnecting, a call's end), the notices' gate (muted, fallback offers), the fallback family's gate (`useFallbacks`), the actions' link style, and the loaders of every other chunk",
  ],
  [
    'core:catalog/codes.js',
    'on every mount',
    "the end-code catalog (the banner's 410/3112 error), shared with the panel and the report",
  ],
  [
    'react:components/FirewallGuidancePanel/panelChunk.js',
    'after a problem',
    "the guidance panel (its native modal dialog with a Fluent drawer's look, checklist, rules, IT-admin text, relay probe, report actions, join by phone, its focus return), the recovery toast and the notices' views (You're muted, the fallback offer): fetched when the banner first shows a problem, the panel opens, or a notice first has something to say (they all follow a problem)",
  ],
  [
    'react:localization/panelStrings.js',
    'after a problem',
    "the panel's, probe's and report's en-US words (and the whole en-US table), with the panel",
  ],
  [
    'react:families/media/mediaSurfaces.js',
    'on a media problem',
    "the media family's part: its banner words, the platform's steps, Unmute through the call's controls, its locale tree (en-US and loaders); fetched when a media UFD is first raised",
  ],
  [
    'core:families/media/catalog.js',
    'on a media problem',
    "the media catalog and selectors (the media family's banner models), shared with the panel",
  ],
  [
    'react:localization/callLocaleTree.js',
    'for a locale tag',
    "the call's locale tree and its loaders: fetched only when the provider's `locale` is a tag",
  ],
  ['react:localization/matchLocale.js', 'for a locale tag', 'the matching rules (`de` → de-DE), shared with the panel'],
  [
    'react:components/RelayDiagnosticsBanner/readinessFinding.js',
    'with a readiness result',
    "the banner's line about the readiness check run before the call (the readiness strings): fetched when the provider has a `readiness` result and the banner shows a relay problem",
  ],
  [
    'react:hooks/buildSupportReport.js',
    'on a report',
    "the support report builder and the end codes' English meanings: fetched when a report is copied or downloaded",
  ],
  ['core:report/secrets.js', 'on a report', 'secret patterns for redaction'],
  ['core:report/version.js', 'on a report', "the kit's version"],
  ['core:telemetry/telemetry.js', 'on a record', 'the telemetry record builder: fetched on the first record'],
  ['core:sources/attachCallAgent.js', 'for that source', 'the `callAgent` source'],
  ['core:sources/attachCallAdapter.js', 'for that source', 'the `adapter` source'],
  ['core:sources/attachStatefulCallClient.js', 'for that source', 'the `statefulClient` source'],
  ['core:sources/callStateTracker.js', 'for that source', 'the UI library state tracker (`adapter`, `statefulClient`)'],
  ['core:sources/followRemote.js', 'on remote diagnostics', "other participants' diagnostics"],
  [
    'core:families/remote/reduce.js',
    'on remote diagnostics',
    "the remote family's reducers: the store fetches them on the first remote event",
  ],
  [
    'react:families/fallback/fallbackSurfaces.js',
    'once a call connects or ends',
    "the fallback family (`acquireFallbacks`): the advisor on the call's quality (with core's quality monitor), the banner's Join by phone, the dial-in details checked, the `tel:` link, its locale tree; every call that connects fetches it (the figure above, outside the always-fetched budget)",
  ],
  [
    'core:families/fallback/dialIn.js',
    'once a call connects or ends',
    "the dial-in details checked (shared with the panel's Join by phone)",
  ],
  [
    'react:families/fallback/resolveDialIn.js',
    'once a call connects or ends',
    "the provider's `dialIn` checked and the dial-in line's format (shared with the panel)",
  ],
  [
    'core:sources/controls.js',
    'on an action',
    "the call's controls (Unmute, turning video off), shared by the media and fallback chunks",
  ],
  [
    'react:families/quality/qualitySessions.js',
    'when quality is read',
    'the shared quality session (one media statistics collector per call)',
  ],
  ['react:families/quality/qualityLogs.js', 'when quality is read', 'where the support report finds the quality log'],
];

/** The role of a chunk from its modules, or a note for a chunk without the kit's modules (a bundler's helper). */
function chunkRole(chunk) {
  if (chunk.role === 'locale')
    return [
      'for one language',
      "one language's table of one tree (call, media, readiness): a page fetches its own language's only",
    ];
  const modules = new Set((chunk.modules ?? []).map(([m]) => m));
  if (chunk.entry) modules.add(chunk.entry);
  const found = CHUNK_ROLES.find(([module]) => modules.has(module));
  if (found) return [found[1], found[2]];
  return chunk.modules?.length
    ? ['shared', 'modules shared by the chunks that import it']
    : ['bundler', "the bundler's runtime or Vite's helper for dynamic imports (any app with a lazy chunk has it)"];
}

function chunkTable(figures) {
  const rows = figures.chunks.filter((c) => c.role !== 'locale').sort((a, b) => b.gzip - a.gzip);
  const locales = figures.chunks.filter((c) => c.role === 'locale');
  const lines = rows.map((c) => {
    const [when, what] = chunkRole(c);
    return `| ${c.role} | ${when} | ${c.gzip.toLocaleString('en-US')} | ${what} |`;
  });
  if (locales.length) {
    const sizes = locales.map((c) => c.gzip);
    lines.push(
      `| locale (${locales.length}) | for one language | ${Math.min(...sizes).toLocaleString('en-US')}–${Math.max(...sizes).toLocaleString('en-US')} each | ${chunkRole(locales[0])[1]} |`,
    );
  }
  return ['| chunk | fetched | gzip (B) | holds, and why there |', '|---|---|---|---|', ...lines].join('\n');
}

function oneLanguageRow(name, figures) {
  const en = figures.oneLanguage['en-US'];
  const [tag, most] = Object.entries(figures.oneLanguage).sort((a, b) => b[1].gzip - a[1].gzip)[0];
  const anchor = figures.errorBarAdds?.gzip;
  const ratio = (n) => (anchor ? `${(n / anchor).toFixed(2)}×` : 'n/a');
  const localized = Object.entries(figures.oneLanguage)
    .filter(([t]) => figures.errorBarByLanguage?.[t])
    .map(([t, s]) => [t, s.gzip / figures.errorBarByLanguage[t].gzip])
    .sort((a, b) => b[1] - a[1])[0];
  const worst = localized ? `**${localized[1].toFixed(2)}×** (${localized[0]})` : 'n/a';
  return `| ${name} | ${kb(figures.kitAddsInitial.gzip)} | ${kb(figures.alwaysFetched.gzip)} | **${kb(en.gzip)}** (${ratio(en.gzip)}) | ${kb(most.gzip)}, ${tag} (${ratio(most.gzip)}) | ${worst} | ${anchor ? kb(anchor) : 'n/a'} |`;
}

/** docs/benchmarks.md's P1 section, from bench/.results/size.json. */
function sizeSection(size) {
  const vite = size.bundlers?.vite ?? size;
  const esbuild = size.bundlers?.esbuild;
  const always = size.alwaysBudgetGzipBytes ?? 20 * 1024;
  return `## P1 — bytes the kit adds to a Fluent v9 app

\`node scripts/bench-size.mjs --chunks\` (after \`pnpm build\`): production builds, against the packages' \`dist\` (what a
user installs), of \`bench/size/baseline.tsx\` (a Fluent v9 app with \`MessageBar\` and \`Toaster\`), \`bench/size/kit.tsx\`
(the same app inside \`CallDiagnosticsProvider\`: banner, notice, toast, and the guidance panel with its probe and
report) and \`bench/size/errorbar.tsx\` (the same app plus \`@azure/communication-react\`'s \`ErrorBar\`), each built with
Vite and with esbuild's code splitting (\`--bundle --splitting --format=esm --minify\`). The ACS SDK is external in all
(the app already ships it). All figures gzip. *First load*: the entry chunk and its static imports, minus the
baseline's. *Always fetched*: the first load plus what the provider fetches on every mount (the surfaces' chunk and
its static imports). *One language*: every chunk a page of one language can fetch (the first load and every lazy chunk
of the kit, without the other languages' locale tables), minus the baseline, next to what \`ErrorBar\` adds. \`ErrorBar\`
ships en-US strings only; a page in another language adds the UI library's strings for it (\`LocalizationProvider\`
with \`COMPONENT_LOCALE_*\`, \`bench/size/errorbar-locale.tsx\`, one entry per language, measured over the en-US entry of the same build), as the kit's page in that
language fetches the kit's tables for it: *each language against ErrorBar in it* is the heaviest of those ratios.

| bundler | first load | always fetched | one language, en-US (× ErrorBar) | heaviest language (× ErrorBar in en-US) | each language against ErrorBar in it | \`ErrorBar\` adds (en-US) |
|---|---|---|---|---|---|---|
${oneLanguageRow('Vite', vite)}
${esbuild ? oneLanguageRow('esbuild', esbuild) : ''}

CI runs \`node scripts/bench-size.mjs --check\` (a test-all step), which fails when Vite's first load passes
${size.budgetGzipBytes.toLocaleString('en-US')} B (goal ${(10 * 1024).toLocaleString('en-US')} B) or its always-fetched bytes pass ${always.toLocaleString('en-US')} B. ${vite.kitAddsInitial.gzip <= 10 * 1024 ? 'The first-load goal is met.' : '**The first-load goal of 10 kB is not met yet.**'} ${(vite.oneLanguage?.['en-US']?.gzip ?? Infinity) < (vite.errorBarAdds?.gzip ?? 0) ? 'One language is below what `ErrorBar` adds.' : '**One language is not below what `ErrorBar` adds yet** (the goal is < 1×, then 0.5×).'}

Besides, a page fetches the fallback family's chunk once a call connects (the advisor follows the call's quality): ${vite.connectChunks ? `${vite.connectChunks.gzip.toLocaleString('en-US')} B gzip with Vite` : 'n/a'}, outside the always-fetched budget (which counts what the provider fetches when it mounts), but on every call that connects.

What each chunk holds, and why it is there (Vite, the kit's build; a first-load chunk's size includes the app's own modules in it; \`--chunks\` lists every module):

${chunkTable(vite)}

How the chunks were cut: the kit's own styles are compiled at build time (\`@griffel/babel-preset\` after tsc, as Fluent
builds its components); development-only messages fold away in production; the banner's and the notice's actions are
native buttons with a Fluent link's look (a Fluent \`Button\` is 9 kB, a \`Link\` 2 kB) in the kit's own actions row;
en-US is two modules (the banner's and toast's words; the panel's, probe's and report's), so the chunk fetched on every
mount carries no panel words; the banner takes each family's part from a table (\`families/bannerFamilies.ts\`): the
network family's is in that chunk, the media family's (catalog, words, controls, strings) is fetched when a media UFD is
first raised; the locale tree and matching rules are fetched only for a locale tag; the guidance panel is a native
modal \`<dialog>\` with a Fluent drawer's look (\`PanelDialog\`: the browser's modality, focus and Escape; Fluent's
\`OverlayDrawer\`, \`Dialog\`, motion, tabster's modalizer and Fluent's token table cost the panel's chunk 15 kB gzip);
the recovery toast and the notices' views are in the panel's chunk (they follow a problem); the banner's title is a native
span with a \`MessageBarTitle\`'s weight; the panel's buttons, read-only texts and progress are native elements with
Fluent's look (\`ActionButton\`, tokens only: Fluent's Button, Textarea, Field, ProgressBar and Text cost the panel's
chunk 9 kB gzip); the fallback family's work (the advisor, the banner's Join by phone) and the
media family's actions are made in their chunks (no React there), the surfaces' chunk keeping only small gates; the
remote family's reducers are fetched by the store on the first remote event; a locale written over another language
(es-MX over es-ES, fr-CA over fr-FR) is written out whole in \`dist\` (\`scripts/flatten-locales.mjs\`), so its page
fetches one table, not two (6.4 kB gzip less for es-MX); the opt-in surfaces the provider never draws
(\`CallReadinessCheck\`, \`CallQualityIndicator\`) open no chunk of their own, so a bundler leaves them out of an app that
does not render them.

Bundler notes. Vite 8 (Rolldown) groups the app's own vendor modules differently as the kit's chunks change: a lazy
chunk that reaches React or Fluent modules the app also uses, through a kit module shared with the surfaces' chunk, has
split the app's vendor chunk and cost the first load 0.3 to 1.3 kB (rolldown#10731); the layout above is the one
measured. esbuild's code splitting makes every dynamic \`import()\` in a file the entry reaches a chunk whose code is
live, used or not, and assigns whole files to chunks by which entries reach them through any import, including the
package's re-exports: every module a public export reaches and a lazy chunk uses (the panel, core's report and probe
code) is in the entry's graph, so its first load is large (evanw/esbuild#3704), and a package-level chunk for an
opt-in surface costs every esbuild app its whole weight (the readiness check's and the quality indicator's chunks were
1.78× → 1.14× ErrorBar of it); the locale tables are declared again in \`locales/index.ts\` so that other languages' tables stay
out of it. The kit's figures are measured on \`packages/*/dist\`, the files \`pnpm pack\` puts in the tarballs an app installs.`;
}

const doc = `# Benchmarks

Measured by \`pnpm bench\` (which rewrites this file) on ${new Date().toISOString().slice(0, 10)}:
${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${chromium}.
Timings vary with the machine and its load; counts do not.

${sizeSection(size)}

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
change what it shows (none → relays unreachable → none → unreachable → 410/3112 error); the rest are repeats (the relay
UFD's current value, a media UFD that stays cleared: since the media family, a raised one is a banner issue of its own,
which an earlier version of this bench toggled and so measured 5,003 commits for 1,256 real states).

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
