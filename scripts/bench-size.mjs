// P1: bytes the kit adds to a Fluent v9 app. Vite production builds (minified) of
//   bench/size/baseline.tsx  a Fluent v9 app with MessageBar + Toaster,
//   bench/size/kit.tsx       the same app inside CallDiagnosticsProvider (banner, toast, and the guidance panel with
//                            its probe and report),
//   bench/size/errorbar.tsx  the same app plus @azure/communication-react's ErrorBar (the anchor),
// built against the packages' dist (what a user installs: run `pnpm build` first). The ACS SDK is external in all
// (an ACS app already ships it). "Initial" is what the page loads at start (entry chunk and its static imports);
// "lazy" is the kit's deferred chunks: the banner and toast (fetched when the provider mounts) and the guidance panel
// (fetched when the banner first shows a problem or the panel opens).
//
//   node scripts/bench-size.mjs           prints the figures, writes bench/.results/size.json
//   node scripts/bench-size.mjs --chunks  also lists every chunk (initial or lazy, gzip bytes, the kit's modules in it)
//   node scripts/bench-size.mjs --check   also fails (exit 1) when the kit's initial bytes exceed the budget
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** CI fails when the kit adds more than this to an app's first load (gzip). The goal is 10 kB. */
export const BUDGET_GZIP_BYTES = 12 * 1024;
export const GOAL_GZIP_BYTES = 10 * 1024;

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
for (const pkg of ['core', 'react']) {
  if (!existsSync(here(`../packages/${pkg}/dist/index.js`))) {
    console.error(`bench-size: packages/${pkg}/dist is missing; run \`pnpm build\` first.`);
    process.exit(2);
  }
}

async function measure(entry) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: here('../bench/size'),
    plugins: [react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    // No `@call-diagnostics/source` condition: the packages resolve to their dist, as in an installed app.
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: {
        input: here(`../bench/size/${entry}`),
        external: (id) => id.startsWith('@azure/communication-calling') || id.startsWith('@azure/communication-chat'),
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const visit = (chunk) => {
    if (!chunk || initial.has(chunk)) return;
    initial.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  if (process.argv.includes('--chunks')) {
    for (const c of chunks) {
      const gz = gzipSync(c.code, { level: 9 }).length;
      const modules = Object.entries(c.modules ?? {})
        .map(([m, info]) => [m.replace(/^.*\/(packages|node_modules)\//, '$1/'), info.renderedLength])
        .filter(([m]) => m.startsWith('packages/'))
        .sort((a, b) => b[1] - a[1])
        .map(([m, n]) => `${m.replace(/^packages\/(\w+)\/dist\//, '$1:')}=${n}`)
        .join(' ');
      console.log(
        `${entry} ${initial.has(c) ? 'initial' : 'lazy   '} ${String(gz).padStart(7)} B gzip  ${c.fileName}  ${process.env.ALL_MODULES ? modules : modules.slice(0, 400)}`,
      );
    }
  }
  const sum = (list) => ({
    min: list.reduce((n, c) => n + Buffer.byteLength(c.code), 0),
    gzip: list.reduce((n, c) => n + gzipSync(c.code, { level: 9 }).length, 0),
  });
  return {
    initial: sum([...initial]),
    lazy: sum(chunks.filter((c) => !initial.has(c))),
    total: sum(chunks),
    chunks: chunks.length,
  };
}

const baseline = await measure('baseline.tsx');
const kit = await measure('kit.tsx');
let errorBar;
try {
  errorBar = await measure('errorbar.tsx');
} catch (error) {
  console.warn(`bench-size: the ErrorBar anchor could not be built (${error.message.split('\n')[0]})`);
}
const diff = (a, b) => ({ min: a.min - b.min, gzip: a.gzip - b.gzip });
const result = {
  budgetGzipBytes: BUDGET_GZIP_BYTES,
  baseline,
  kit,
  errorBar,
  kitAddsInitial: diff(kit.initial, baseline.initial),
  kitAddsTotal: diff(kit.total, baseline.total),
  kitLazy: kit.lazy,
  errorBarAdds: errorBar ? diff(errorBar.total, baseline.total) : undefined,
};
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const line = (label, s) => console.log(`BENCH P1 ${label}: ${kb(s.min)} min, ${kb(s.gzip)} gzip`);
line('baseline (Fluent MessageBar + Toaster)', baseline.total);
line('the kit adds to the first load', result.kitAddsInitial);
line("the kit's deferred chunks (banner and toast after mount; panel on demand)", result.kitLazy);
line('the kit adds in all', result.kitAddsTotal);
if (result.errorBarAdds) line('ErrorBar (@azure/communication-react) adds', result.errorBarAdds);
await mkdir(here('../bench/.results'), { recursive: true });
await writeFile(here('../bench/.results/size.json'), JSON.stringify(result, null, 2));

if (process.argv.includes('--check')) {
  const added = result.kitAddsInitial.gzip;
  if (added > BUDGET_GZIP_BYTES) {
    console.error(
      `bench-size: the kit adds ${kb(added)} (${added} bytes) gzip to the first load, over the ${kb(BUDGET_GZIP_BYTES)} budget (goal ${kb(GOAL_GZIP_BYTES)}). See what grew with --chunks.`,
    );
    process.exit(1);
  }
  console.log(
    `bench-size: within the budget (${kb(added)}, ${added} bytes, of ${kb(BUDGET_GZIP_BYTES)} gzip on the first load; goal ${kb(GOAL_GZIP_BYTES)})`,
  );
}
