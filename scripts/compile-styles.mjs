// Build-time Griffel for the kit's own styles, as Fluent builds its packages: after tsc, Griffel's Babel preset
// (@griffel/babel-preset) turns every `makeStyles({...})` / `makeResetStyles({...})` in packages/react/dist into
// `__styles(classes, css)` / `__resetStyles(...)` with the CSS computed here. An app then does not need Griffel's
// runtime style compiler (stylis, rtl-css-js: about 17 kB gzip) for the kit's rules. The tsc source map of each
// rewritten file goes in as Babel's input map, so the written map still points at the `.ts` sources.
//
// Run it with `node --no-experimental-require-module` (packages/react's build does). The preset evaluates each style
// module in Linaria's sandbox, which reads every required file as CommonJS text; with require(esm) on (the default
// since Node 20.19 / 22.12) Node resolves `require('@swc/helpers/_/…')` (in Fluent's CommonJS build) through the
// `module-sync` export condition to an ES module, and the sandbox fails with "Unexpected token 'export'".
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformAsync } from '@babel/core';
import griffelPreset from '@griffel/babel-preset';

if (process.features.require_module) {
  console.error('compile-styles: run with `node --no-experimental-require-module` (see the comment at the top)');
  process.exit(2);
}

const MAKE = /\bmake(?:Reset)?Styles\b/;
const MAP_COMMENT = /\n\/\/# sourceMappingURL=[^\n]*\n?$/;
const dist = fileURLToPath(new URL('../packages/react/dist', import.meta.url));
const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.js'));
let count = 0;
for (const file of files) {
  const path = join(dist, file);
  const code = await readFile(path, 'utf8');
  if (!MAKE.test(code)) continue;
  const result = await transformAsync(code.replace(MAP_COMMENT, ''), {
    filename: path,
    babelrc: false,
    configFile: false,
    sourceType: 'module',
    presets: [
      [
        griffelPreset,
        {
          modules: [
            {
              moduleSource: '@fluentui/react-components',
              importName: 'makeStyles',
              resetImportName: 'makeResetStyles',
            },
          ],
        },
      ],
    ],
    inputSourceMap: JSON.parse(await readFile(`${path}.map`, 'utf8')),
    sourceMaps: true,
  });
  if (!result?.code || !result.map) throw new Error(`compile-styles: Babel returned nothing for ${file}`);
  if (MAKE.test(result.code)) throw new Error(`compile-styles: ${file} still calls makeStyles/makeResetStyles`);
  const name = basename(path);
  // Babel adds `sourcesContent: [null]` (tsc's map has none: the published `src` is the content).
  const { sourcesContent, ...map } = result.map;
  const keep = sourcesContent?.some((s) => s != null) ? { sourcesContent } : {};
  await writeFile(path, `${result.code}\n//# sourceMappingURL=${name}.map\n`);
  await writeFile(`${path}.map`, JSON.stringify({ ...map, ...keep, file: name }));
  count++;
}
console.log(`compile-styles: ${count} style modules pre-compiled with @griffel/babel-preset`);
