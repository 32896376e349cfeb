// Build step after tsc (packages/react's build): a locale written as another language's table plus its differences
// (es-MX over es-ES, fr-CA over fr-FR: `mergeStrings(esES, {...})`) is written out in dist as one complete table.
// In the source the differences stay the maintained truth (a string added to es-ES is Spanish in es-MX too); in what
// an app installs, a page in es-MX fetches es-MX's table alone instead of es-ES's and the differences (measured: 6.4 kB
// gzip less for es-MX, every tree together). A table over en-US is left as it is: en-US is in every page already.
//
// Each flattened module is imported again and compared with the original value: a difference fails the build.
import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const LOCALE_FILE = /^[a-z]{2}-[A-Z]{2}\.js$/;
/** `import { esES } from './es-ES.js';`: a base table of another language than en-US. */
const BASE_IMPORT = /^import \{ \w+ \} from '\.\/(?!en-US)[a-z]{2}-[A-Z]{2}\.js';$/m;

const dist = fileURLToPath(new URL('../packages/react/dist', import.meta.url));
const files = (await readdir(dist, { recursive: true })).filter((f) => LOCALE_FILE.test(basename(f)));
let count = 0;
for (const file of files) {
  const path = join(dist, file);
  const code = await readFile(path, 'utf8');
  if (!BASE_IMPORT.test(code)) continue;
  const module = await import(pathToFileURL(path).href);
  const names = Object.keys(module);
  if (names.length !== 1) throw new Error(`flatten-locales: ${file} exports ${names.length} names, expected one table`);
  const [name] = names;
  const table = module[name];
  const json = JSON.stringify(table);
  assert.deepEqual(JSON.parse(json), table, `flatten-locales: ${file}'s table is not plain data`);
  await writeFile(
    path,
    `// Written by scripts/flatten-locales.mjs from ${basename(file, '.js')}.ts: its base table and its differences, as one table.\nexport const ${name} = ${json};\n`,
  );
  // The tsc map described the module as written; it no longer does (the written module names its source instead).
  await rm(`${path}.map`, { force: true });
  const again = await import(`${pathToFileURL(path).href}?flattened`);
  assert.deepEqual(again[name], table, `flatten-locales: ${file} differs once flattened`);
  count++;
}
if (count === 0)
  throw new Error('flatten-locales: no locale over another language found (es-MX, fr-CA): check the pattern');
console.log(`flatten-locales: ${count} locale tables written as complete tables`);
