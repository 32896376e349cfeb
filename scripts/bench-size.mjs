// P1: bytes the kit adds to a Fluent v9 app. Builds bench/size/baseline.tsx and bench/size/kit.tsx with Vite
// (production, minified) and compares the JavaScript they ship, minified and gzipped. The ACS SDK is external in
// both (an ACS app already ships it; the kit only references it through a lazy import).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

async function measure(entry) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: here('../bench/size'),
    plugins: [react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: {
      alias: {
        '@call-diagnostics/core': here('../packages/core/src/index.ts'),
        '@call-diagnostics/react': here('../packages/react/src/index.ts'),
      },
    },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: { input: here(`../bench/size/${entry}`), external: ['@azure/communication-calling'] },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const js = outputs.filter((o) => o.type === 'chunk');
  const min = js.reduce((n, c) => n + Buffer.byteLength(c.code), 0);
  const gzip = js.reduce((n, c) => n + gzipSync(c.code, { level: 9 }).length, 0);
  return { min, gzip, chunks: js.length };
}

const baseline = await measure('baseline.tsx');
const kit = await measure('kit.tsx');
const result = {
  baseline,
  kit,
  addedMinBytes: kit.min - baseline.min,
  addedGzipBytes: kit.gzip - baseline.gzip,
};
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`BENCH P1 baseline (Fluent MessageBar + Toaster): ${kb(baseline.min)} min, ${kb(baseline.gzip)} gzip`);
console.log(`BENCH P1 with the kit: ${kb(kit.min)} min, ${kb(kit.gzip)} gzip`);
console.log(`BENCH P1 the kit adds: ${kb(result.addedMinBytes)} min, ${kb(result.addedGzipBytes)} gzip`);
await mkdir(here('../bench/.results'), { recursive: true });
await writeFile(here('../bench/.results/size.json'), JSON.stringify(result, null, 2));
