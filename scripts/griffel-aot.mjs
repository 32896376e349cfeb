// Build-time Griffel for the kit's own styles: every `makeStyles({...})` in packages/react/dist becomes
// `__styles(classes, css)` with the CSS computed here, as Fluent ships its own components. An app then does not
// need Griffel's runtime style compiler (stylis, rtl-css-js: about 17 kB gzip) for the kit's few rules.
// The style objects may only use literals and Fluent `tokens` (the theming test enforces that), so evaluating them
// here with the real `tokens` gives exactly what the runtime would have computed.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAsync, traverse } from '@babel/core';
import { tokens } from '@fluentui/react-components';
import { resolveStyleRulesForSlots } from '@griffel/core';

const dist = fileURLToPath(new URL('../packages/react/dist', import.meta.url));
const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.js'));
let count = 0;
for (const file of files) {
  const path = join(dist, file);
  const original = await readFile(path, 'utf8');
  let code = original;
  if (!/\bmakeStyles\(/.test(code)) continue;
  const ast = await parseAsync(code, { filename: path, babelrc: false, configFile: false, sourceType: 'module' });
  const edits = [];
  traverse(ast, {
    CallExpression(p) {
      if (p.node.callee.type !== 'Identifier' || p.node.callee.name !== 'makeStyles') return;
      const [arg] = p.node.arguments;
      if (arg?.type !== 'ObjectExpression') throw new Error(`${file}: makeStyles needs an object literal`);
      const source = code.slice(arg.start, arg.end);
      const styles = new Function('tokens', `return (${source});`)(tokens);
      const [classes, rules] = resolveStyleRulesForSlots(styles);
      const css = Object.fromEntries(
        Object.entries(rules).map(([bucket, entries]) => [
          bucket,
          [...new Map(entries.map((e) => [JSON.stringify(e), e])).values()],
        ]),
      );
      edits.push({
        start: p.node.start,
        end: p.node.end,
        text: `__styles(${JSON.stringify(classes)}, ${JSON.stringify(css)})`,
      });
    },
  });
  for (const e of edits.sort((a, b) => b.start - a.start)) code = code.slice(0, e.start) + e.text + code.slice(e.end);
  // The import: makeStyles → __styles; drop `tokens` when nothing else uses it.
  code = code.replace(/import \{([^}]*)\} from '@fluentui\/react-components';/, (_, names) => {
    const list = names
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)
      .map((n) => (n === 'makeStyles' ? '__styles' : n))
      .filter((n) => n !== 'tokens' || /\btokens\./.test(code.replace(/import [^;]*;/, '')));
    return `import { ${list.join(', ')} } from '@fluentui/react-components';`;
  });
  if (/\bmakeStyles\b/.test(code)) throw new Error(`griffel-aot: makeStyles left in ${file}`);
  // A 'use client' directive must stay the first statement (the edits above never touch the first line).
  if (/^(['"])use client\1;/.test(original) && !/^(['"])use client\1;/.test(code)) {
    throw new Error(`griffel-aot: the 'use client' directive of ${file} moved`);
  }
  await writeFile(path, code);
  count++;
}
console.log(`griffel-aot: ${count} style modules pre-compiled`);
