// `pnpm bench`: measures every figure and rewrites docs/benchmarks.md.
//   P1 bytes the kit adds to a Fluent v9 app          (scripts/bench-size.mjs, Vite production build)
//   P2 children renders per 10,000 UFD events          (bench/browser, real Chromium)
//   P3 event-to-banner latency, p50/p95 over 200 events (bench/browser, real Chromium)
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env } });

run('node', ['scripts/bench-size.mjs']);
run('pnpm', ['exec', 'vitest', 'run', '-c', 'vitest.bench.config.ts', '--reporter=dot']);

const size = JSON.parse(await readFile(`${root}bench/.results/size.json`, 'utf8'));
const browser = JSON.parse(await readFile(`${root}bench/.results/browser.json`, 'utf8'));
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

\`node scripts/bench-size.mjs\`: Vite production builds of \`bench/size/baseline.tsx\` (a Fluent v9 app with
\`MessageBar\` and \`Toaster\`) and \`bench/size/kit.tsx\` (the same app wrapped in \`CallDiagnosticsProvider\`, which
brings the banner, toast and guidance panel). The ACS SDK is external in both (the app already ships it).

| build | min | gzip |
|---|---|---|
| baseline | ${kb(size.baseline.min)} | ${kb(size.baseline.gzip)} |
| with the kit | ${kb(size.kit.min)} | ${kb(size.kit.gzip)} |
| **the kit adds** | **${kb(size.addedMinBytes)}** | **${kb(size.addedGzipBytes)}** |

Most of what it adds is Fluent components the baseline does not use (\`Button\`, \`OverlayDrawer\`, \`Textarea\`,
\`Field\`), which a calling UI usually already has; the kit's own code (core + React) is a small part.

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
the DOM (MutationObserver) and until the next animation frame.

| figure | p50 | p95 | max |
|---|---|---|---|
| event → banner in the DOM | ${ms(browser.eventToBannerDomMs.p50)} | ${ms(browser.eventToBannerDomMs.p95)} | ${ms(browser.eventToBannerDomMs.max)} |
| event → next frame | ${ms(browser.eventToBannerFrameMs.p50)} | ${ms(browser.eventToBannerFrameMs.p95)} | ${ms(browser.eventToBannerFrameMs.max)} |
`;
await writeFile(`${root}docs/benchmarks.md`, doc);
console.log(doc);
