// P1: bytes the kit adds to a Fluent v9 app. Production builds (minified) of
//   bench/size/baseline.tsx  a Fluent v9 app with MessageBar + Toaster,
//   bench/size/kit.tsx       the same app inside CallDiagnosticsProvider (banner, toast, and the guidance panel with
//                            its probe and report),
//   bench/size/errorbar.tsx  the same app plus @azure/communication-react's ErrorBar (the anchor), and
//   bench/size/errorbar-locale.tsx  ErrorBar showing another language (its LocalizationProvider and COMPONENT_LOCALE_*;
//                            one build with an entry per language: the anchor for a page in that language),
// built against the packages' dist (what a user installs: run `pnpm build` first), twice: with Vite (Rollup's chunks)
// and with esbuild's code splitting (`--bundle --splitting --format=esm --minify`). The ACS SDK is external in all (an
// ACS app already ships it). All figures are gzip (level 9) of the built chunks.
//   first load       the entry chunk and its static imports, minus the baseline's;
//   always fetched   the first load plus what the provider fetches on every mount (the surfaces' chunk and its
//                    static imports);
//   one language     every chunk a page of one language can fetch (the first load and every lazy chunk of the kit,
//                    except the locale tables of the other languages), minus the baseline, next to what ErrorBar adds.
//
//   node scripts/bench-size.mjs           prints the figures, writes bench/.results/size.json
//   node scripts/bench-size.mjs --chunks  also lists every chunk (initial or lazy, gzip bytes, the kit's modules in it;
//                                         ALL_MODULES=1 lists every module, not the first 400 characters)
//   node scripts/bench-size.mjs --check   also fails (exit 1) when Vite's first load or always-fetched bytes pass
//                                         their budget (esbuild's are printed, not enforced: see docs/benchmarks.md),
//                                         or, with either bundler, one language is not under what ErrorBar adds:
//                                         en-US against ErrorBar as it ships, each other language against ErrorBar
//                                         showing that language (bench/size/errorbar-locale.tsx, one entry per language)
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** CI fails when the kit adds more than this to an app's first load (gzip). The goal is 10 kB. */
export const BUDGET_GZIP_BYTES = 12 * 1024;
export const GOAL_GZIP_BYTES = 10 * 1024;
/** CI fails when the first load plus what the provider fetches on every mount passes this (gzip). */
export const ALWAYS_BUDGET_GZIP_BYTES = 20 * 1024;

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const root = here('..');
const listChunks = process.argv.includes('--chunks');
for (const pkg of ['core', 'react']) {
  if (!existsSync(here(`../packages/${pkg}/dist/index.js`))) {
    console.error(`bench-size: packages/${pkg}/dist is missing; run \`pnpm build\` first.`);
    process.exit(2);
  }
}

const external = (id) => id.startsWith('@azure/communication-calling') || id.startsWith('@azure/communication-chat');
const gzip = (code) => gzipSync(code, { level: 9 }).length;
/** `packages/react/dist/provider/surfaces.js` → `react:provider/surfaces.js`; other paths as they are. */
const shortModule = (id) =>
  id
    .replace(/^.*\/bench\/size\//, 'bench/size/')
    .replace(/^.*\/(packages|node_modules)\//, '$1/')
    .replace(/^packages\/(\w+)\/dist\//, '$1:')
    .replace(/^node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
const isKitModule = (short) => /^(core|react|testing):/.test(short);

/**
 * One built chunk, the same shape for both bundlers: its file, sizes, the module it is the entry of (an app entry or
 * a dynamic `import()` target), its static and dynamic imports (file names) and its modules (short names, bytes).
 */
function chunkOf({ file, code, entry, isEntry, imports, dynamicImports, modules }) {
  return {
    file,
    min: Buffer.byteLength(code),
    gzip: gzip(code),
    entry: entry ? shortModule(entry) : undefined,
    isEntry,
    imports,
    dynamicImports,
    modules: modules.map(([id, bytes]) => [shortModule(id), bytes]).sort((a, b) => b[1] - a[1]),
  };
}

/**
 * The localized anchors' entries, one per language in one build (`tags` given to a builder): a virtual module per
 * language that mounts ErrorBar with that language's `COMPONENT_LOCALE_*` (bench/size/errorbar-locale.tsx). Each
 * page's chunks are its entry's closure; what a language adds over English is measured against the en-US entry of
 * the same build, so the shared chunking cancels out.
 */
const ENTRY_PREFIX = 'errorbar-entry:';
const localizedEntrySource = (tag) =>
  `import { COMPONENT_LOCALE_${tag.replace('-', '_').toUpperCase()} as locale } from '@azure/communication-react';
import { mountLocalized } from ${JSON.stringify(here('../bench/size/errorbar-locale.tsx'))};
mountLocalized(locale);`;
/** The language of a localized entry's module id (`\0errorbar-entry:de-DE`, `entry:de-DE`), else undefined. */
const localizedEntryTag = (id) => /errorbar-entry:([a-z]{2}-[A-Z]{2})$/.exec(id ?? '')?.[1];

async function buildWithVite(entry, tags) {
  const localePlugin = tags && {
    name: 'errorbar-entries',
    resolveId: (id) => (id.startsWith(ENTRY_PREFIX) ? `\0${id}` : undefined),
    load: (id) => (id.startsWith(`\0${ENTRY_PREFIX}`) ? localizedEntrySource(localizedEntryTag(id)) : undefined),
  };
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: here('../bench/size'),
    plugins: [react(), ...(localePlugin ? [localePlugin] : [])],
    define: { 'process.env.NODE_ENV': '"production"' },
    // No `@call-diagnostics/source` condition: the packages resolve to their dist, as in an installed app.
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: {
        input: tags
          ? Object.fromEntries(tags.map((tag) => [tag, `${ENTRY_PREFIX}${tag}`]))
          : here(`../bench/size/${entry}`),
        external,
      },
    },
  });
  return (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .filter((o) => o.type === 'chunk')
    .map((c) =>
      chunkOf({
        file: c.fileName,
        code: c.code,
        entry: c.facadeModuleId ?? undefined,
        isEntry: c.isEntry,
        imports: c.imports,
        dynamicImports: c.dynamicImports,
        modules: Object.entries(c.modules ?? {}).map(([id, info]) => [id, info.renderedLength]),
      }),
    );
}

/**
 * esbuild comes with Vite (its optional peer, in the lockfile); the workspace has no direct dependency on it, so it is
 * resolved from Vite's folder, by a computed name (knip would list a literal one as an unlisted dependency).
 */
async function loadEsbuild() {
  const require = createRequire(import.meta.resolve('vite'));
  return import(require.resolve(['es', 'build'].join('')));
}

async function buildWithEsbuild(entry, tags) {
  const esbuild = await loadEsbuild();
  const outdir = here('../bench/.results/esbuild');
  const localePlugin = tags && {
    name: 'errorbar-entries',
    setup(b) {
      b.onResolve({ filter: /^errorbar-entry:/ }, (args) => ({ path: args.path, namespace: 'entry' }));
      b.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => ({
        contents: localizedEntrySource(localizedEntryTag(args.path)),
        loader: 'js',
        resolveDir: here('../bench/size'),
      }));
    },
  };
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: tags ? tags.map((tag) => `${ENTRY_PREFIX}${tag}`) : [here(`../bench/size/${entry}`)],
    bundle: true,
    // The localized anchors without splitting: esbuild would put every language's table (all reachable from the UI
    // library's entry) in a chunk every page imports; whole bundles per language keep only that language's.
    splitting: !tags,
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['@azure/communication-calling*', '@azure/communication-chat*'],
    outdir,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: localePlugin ? [localePlugin] : [],
  });
  const code = new Map(result.outputFiles.map((f) => [relative(outdir, f.path), f.text]));
  const name = (path) => relative(outdir, `${root}/${path}`);
  return Object.entries(result.metafile.outputs)
    .filter(([path]) => path.endsWith('.js'))
    .map(([path, out]) =>
      chunkOf({
        file: name(path),
        code: code.get(name(path)) ?? '',
        entry: out.entryPoint,
        isEntry: Boolean(out.entryPoint?.startsWith('bench/size/') || localizedEntryTag(out.entryPoint)),
        imports: out.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => name(i.path)),
        dynamicImports: out.imports.filter((i) => i.kind === 'dynamic-import' && !i.external).map((i) => name(i.path)),
        modules: Object.entries(out.inputs).map(([id, input]) => [id, input.bytesInOutput]),
      }),
    );
}

/** The locale tag of a locale table's module (`react:localization/locales/de-DE.js` → `de-DE`), else undefined. */
function localeTagOf(short) {
  return /^react:.*\/([a-z]{2}-[A-Z]{2})(?:\.js$|\/)/.exec(short)?.[1];
}

/**
 * The locale tag of a chunk that is one language's locale table (other than en-US, the fallback every page has): the
 * dynamic `import()` target of a locale module, or a chunk holding nothing but one language's locale modules.
 */
function chunkLocale(chunk) {
  const entryTag = chunk.entry && localeTagOf(chunk.entry);
  if (entryTag) return entryTag === 'en-US' ? undefined : entryTag;
  const kit = chunk.modules.filter(([m, bytes]) => isKitModule(m) && bytes > 0);
  const tags = new Set(kit.map(([m]) => localeTagOf(m)));
  const [tag] = tags;
  return kit.length > 0 && tags.size === 1 && tag && tag !== 'en-US' ? tag : undefined;
}

/**
 * The chunks reachable from `start` through static imports (and dynamic ones when `dynamic`). `skipDynamic` leaves out
 * a chunk reached through a dynamic `import()` (a chunk statically imported by a counted one is always counted: the
 * page fetches it).
 */
function closure(chunks, start, { dynamic = false, skipDynamic = () => false } = {}) {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const seen = new Set();
  const visit = (chunk, viaDynamic) => {
    if (!chunk || seen.has(chunk) || (viaDynamic && skipDynamic(chunk))) return;
    seen.add(chunk);
    for (const file of chunk.imports) visit(byFile.get(file), false);
    if (dynamic) for (const file of chunk.dynamicImports) visit(byFile.get(file), true);
  };
  for (const chunk of start) visit(chunk, false);
  return seen;
}

const sum = (list) => ({
  min: [...list].reduce((n, c) => n + c.min, 0),
  gzip: [...list].reduce((n, c) => n + c.gzip, 0),
});
const diff = (a, b) => ({ min: a.min - b.min, gzip: a.gzip - b.gzip });

/** Sums of one app's build: what the page loads at start, what it may fetch later, and all. */
function appSums(chunks) {
  const initial = closure(
    chunks,
    chunks.filter((c) => c.isEntry),
  );
  return {
    initial: sum(initial),
    lazy: sum(chunks.filter((c) => !initial.has(c))),
    total: sum(chunks),
    chunks: chunks.length,
    initialSet: initial,
  };
}

/** What the provider fetches on every mount: the surfaces' chunk and its static imports not in the first load. */
function alwaysFetchedChunks(chunks, initialSet) {
  const surfaces = chunks.filter((c) => c.entry?.endsWith('react:provider/surfaces.js'));
  return [...closure(chunks, surfaces)].filter((c) => !initialSet.has(c));
}

/**
 * What a page fetches besides, once a call connects (the fallback family's chunk, which follows the call's quality:
 * every call that connects, so not an "on demand" cost): that chunk and its static imports not counted already.
 */
function connectFetchedChunks(chunks, counted) {
  const fallback = chunks.filter((c) => c.entry?.endsWith('react:families/fallback/fallbackSurfaces.js'));
  return [...closure(chunks, fallback)].filter((c) => !counted.has(c));
}

/** For each language: every chunk a page of that language can fetch (other languages' locale tables left out). */
function perLanguage(chunks) {
  const tags = ['en-US', ...new Set(chunks.map(chunkLocale).filter(Boolean))].sort();
  const entries = chunks.filter((c) => c.isEntry);
  return Object.fromEntries(
    tags.map((tag) => {
      const skipDynamic = (c) => {
        const locale = chunkLocale(c);
        return locale !== undefined && locale !== tag;
      };
      return [tag, sum(closure(chunks, entries, { dynamic: true, skipDynamic }))];
    }),
  );
}

/** One chunk's line for `--chunks` and its record in size.json. */
function describeChunk(bundler, app, chunk, role) {
  const modules = chunk.modules.filter(([m]) => isKitModule(m) || process.env.ALL_MODULES);
  const text = modules.map(([m, n]) => `${m}=${n}`).join(' ');
  if (listChunks) {
    console.log(
      `${bundler} ${app} ${role.padEnd(7)} ${String(chunk.gzip).padStart(7)} B gzip  ${chunk.file}  ${process.env.ALL_MODULES ? text : text.slice(0, 400)}`,
    );
  }
  return {
    file: chunk.file,
    role,
    gzip: chunk.gzip,
    min: chunk.min,
    entry: chunk.entry,
    modules: modules.slice(0, 12),
  };
}

function roleOf(chunk, initialSet, alwaysSet) {
  if (initialSet.has(chunk)) return 'initial';
  if (alwaysSet.has(chunk)) return 'mount';
  return chunkLocale(chunk) ? 'locale' : 'lazy';
}

/** Every figure of one bundler. */
async function measure(bundler, buildApp) {
  const baselineChunks = await buildApp('baseline.tsx');
  const kitChunks = await buildApp('kit.tsx');
  let errorBarChunks;
  try {
    errorBarChunks = await buildApp('errorbar.tsx');
  } catch (error) {
    console.warn(
      `bench-size: the ErrorBar anchor could not be built with ${bundler} (${error.message.split('\n')[0]})`,
    );
  }
  const baseline = appSums(baselineChunks);
  const kit = appSums(kitChunks);
  const errorBar = errorBarChunks && appSums(errorBarChunks);
  const always = alwaysFetchedChunks(kitChunks, kit.initialSet);
  const alwaysSet = new Set(always);
  const onConnect = connectFetchedChunks(kitChunks, new Set([...kit.initialSet, ...alwaysSet]));
  const chunks = kitChunks.map((c) => describeChunk(bundler, 'kit.tsx', c, roleOf(c, kit.initialSet, alwaysSet)));
  const kitAddsInitial = diff(kit.initial, baseline.initial);
  const errorBarAdds = errorBar ? diff(errorBar.total, baseline.total) : undefined;
  const languages = Object.fromEntries(
    Object.entries(perLanguage(kitChunks)).map(([tag, s]) => [tag, diff(s, baseline.total)]),
  );
  // What ErrorBar adds to a page in each language: en-US is its default (errorbar.tsx); another language needs the UI
  // library's strings for it through its LocalizationProvider (errorbar-locale.tsx): one build with an entry per
  // language and one for en-US; a language's anchor is ErrorBar's en-US figure plus what its page loads beyond the
  // en-US page of that build (the provider, in both, is not counted: the comparison leans against the kit).
  const errorBarByLanguage = {};
  if (errorBar) {
    const tags = Object.keys(languages).filter((tag) => tag !== 'en-US');
    const started = Date.now();
    const localized = await buildApp(undefined, ['en-US', ...tags]);
    const page = (tag) =>
      sum(
        closure(
          localized,
          localized.filter((c) => c.isEntry && localizedEntryTag(c.entry) === tag),
          { dynamic: true },
        ),
      );
    const english = page('en-US');
    if (process.env.BENCH_TIMING) console.error(`${bundler}: localized anchors in ${Date.now() - started} ms`);
    errorBarByLanguage['en-US'] = errorBarAdds;
    for (const tag of tags) {
      const extra = diff(page(tag), english);
      errorBarByLanguage[tag] = { min: errorBarAdds.min + extra.min, gzip: errorBarAdds.gzip + extra.gzip };
    }
  }
  const strip = ({ initialSet, ...rest }) => rest;
  return {
    baseline: strip(baseline),
    kit: strip(kit),
    errorBar: errorBar && strip(errorBar),
    kitAddsInitial,
    kitAddsTotal: diff(kit.total, baseline.total),
    kitLazy: kit.lazy,
    mountChunks: sum(always),
    alwaysFetched: { min: kitAddsInitial.min + sum(always).min, gzip: kitAddsInitial.gzip + sum(always).gzip },
    connectChunks: sum(onConnect),
    oneLanguage: languages,
    errorBarAdds,
    errorBarByLanguage,
    chunks,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const line = (label, s) => console.log(`BENCH P1 ${label}: ${kb(s.min)} min, ${kb(s.gzip)} gzip`);

/** The heaviest language of a bundler's figures (its tag and sums). */
function heaviest(figures) {
  return Object.entries(figures.oneLanguage).sort((a, b) => b[1].gzip - a[1].gzip)[0];
}

/** Each language's kit figure over what ErrorBar adds in that language: the heaviest ratio and its tag. */
function worstAgainstLocalized(figures) {
  const ratios = Object.entries(figures.oneLanguage)
    .filter(([tag]) => figures.errorBarByLanguage?.[tag])
    .map(([tag, s]) => [tag, s.gzip / figures.errorBarByLanguage[tag].gzip]);
  return ratios.sort((a, b) => b[1] - a[1])[0];
}

function printFigures(name, figures) {
  const ratio = (s) => (figures.errorBarAdds ? ` (${(s.gzip / figures.errorBarAdds.gzip).toFixed(2)}× ErrorBar)` : '');
  const [tag, most] = heaviest(figures);
  const en = figures.oneLanguage['en-US'];
  console.log(
    `BENCH P1 [${name}] one language, every chunk its page can fetch: the kit adds ${kb(en.gzip)} gzip for en-US${ratio(en)}, at most ${kb(most.gzip)} (${tag})${ratio(most)}`,
  );
  if (figures.errorBarAdds) line(`[${name}] ErrorBar (@azure/communication-react) adds`, figures.errorBarAdds);
  const [worstTag, worst] = worstAgainstLocalized(figures) ?? [];
  if (worst) {
    console.log(
      `BENCH P1 [${name}] each language against ErrorBar in that language (its LocalizationProvider and COMPONENT_LOCALE_*): at most ${worst.toFixed(2)}× (${worstTag}; ${kb(figures.oneLanguage[worstTag].gzip)} against ${kb(figures.errorBarByLanguage[worstTag].gzip)})`,
    );
  }
  console.log(
    `BENCH P1 [${name}] first load ${figures.kitAddsInitial.gzip} B + fetched on every mount ${figures.mountChunks.gzip} B = always fetched ${figures.alwaysFetched.gzip} B gzip (budgets ${BUDGET_GZIP_BYTES} B and ${ALWAYS_BUDGET_GZIP_BYTES} B)`,
  );
  console.log(
    `BENCH P1 [${name}] fetched besides once a call connects (the fallback family's chunk: the advisor on the call's quality): ${figures.connectChunks.gzip} B gzip, outside the always-fetched budget`,
  );
}

const vite = await measure('vite', buildWithVite);
const esbuild = await measure('esbuild', buildWithEsbuild);

line('baseline (Fluent MessageBar + Toaster)', vite.baseline.total);
line('the kit adds to the first load', vite.kitAddsInitial);
line("the kit's deferred chunks (every lazy chunk, every locale)", vite.kitLazy);
line('the kit adds in all (every locale)', vite.kitAddsTotal);
if (vite.errorBarAdds) line('ErrorBar (@azure/communication-react) adds', vite.errorBarAdds);
printFigures('Vite', vite);
printFigures('esbuild', esbuild);

const result = {
  budgetGzipBytes: BUDGET_GZIP_BYTES,
  alwaysBudgetGzipBytes: ALWAYS_BUDGET_GZIP_BYTES,
  // The Vite figures at the top level, as before; both bundlers' in full below.
  ...vite,
  bundlers: { vite, esbuild },
};
await mkdir(here('../bench/.results'), { recursive: true });
await writeFile(here('../bench/.results/size.json'), JSON.stringify(result, null, 2));

if (process.argv.includes('--check')) {
  // Vite's figures are the ones enforced (esbuild's are printed: its code splitting puts every module a public export
  // reaches in the entry's graph, see docs/benchmarks.md).
  const failures = [];
  if (vite.kitAddsInitial.gzip > BUDGET_GZIP_BYTES) {
    failures.push(
      `the kit adds ${vite.kitAddsInitial.gzip} B gzip to the first load, over the ${BUDGET_GZIP_BYTES} B budget (goal ${GOAL_GZIP_BYTES} B)`,
    );
  }
  if (vite.alwaysFetched.gzip > ALWAYS_BUDGET_GZIP_BYTES) {
    failures.push(
      `the first load plus what the provider fetches on every mount is ${vite.alwaysFetched.gzip} B gzip, over the ${ALWAYS_BUDGET_GZIP_BYTES} B budget`,
    );
  }
  // One language, every chunk its page can fetch, under what ErrorBar adds (the "< 1×"): en-US against
  // ErrorBar as it ships (en-US), and each language against ErrorBar showing that language. Both bundlers.
  for (const [name, figures] of [
    ['Vite', vite],
    ['esbuild', esbuild],
  ]) {
    const en = figures.oneLanguage['en-US'];
    if (!figures.errorBarAdds) {
      failures.push(`[${name}] the ErrorBar anchor could not be built, so one language cannot be compared with it`);
      continue;
    }
    if (en.gzip >= figures.errorBarAdds.gzip) {
      failures.push(
        `[${name}] one language (en-US) adds ${en.gzip} B gzip, not less than ErrorBar's ${figures.errorBarAdds.gzip} B`,
      );
    }
    const [tag, ratio] = worstAgainstLocalized(figures) ?? [];
    if (ratio !== undefined && ratio >= 1) {
      failures.push(
        `[${name}] one language (${tag}) adds ${figures.oneLanguage[tag].gzip} B gzip, not less than ErrorBar in ${tag} (${figures.errorBarByLanguage[tag].gzip} B)`,
      );
    }
  }
  if (failures.length) {
    for (const failure of failures) console.error(`bench-size: ${failure}.`);
    console.error('bench-size: see what grew with --chunks.');
    process.exit(1);
  }
  const ratios = [vite, esbuild].map((f) => (f.oneLanguage['en-US'].gzip / f.errorBarAdds.gzip).toFixed(2));
  const localized = [vite, esbuild].map((f) => worstAgainstLocalized(f)?.[1].toFixed(2));
  console.log(
    `bench-size: within the budgets (first load ${vite.kitAddsInitial.gzip} B of ${BUDGET_GZIP_BYTES} B, goal ${GOAL_GZIP_BYTES} B; always fetched ${vite.alwaysFetched.gzip} B of ${ALWAYS_BUDGET_GZIP_BYTES} B; one language en-US ${ratios[0]}× ErrorBar with Vite, ${ratios[1]}× with esbuild; each language at most ${localized[0]}× / ${localized[1]}× ErrorBar in that language)`,
  );
}
