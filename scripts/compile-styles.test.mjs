// The output of scripts/compile-styles.mjs (packages/react's build): run after the build with
//   node --test scripts/compile-styles.test.mjs
// (scripts/check-packages.sh does). Every source that calls makeStyles / makeResetStyles ships pre-compiled
// (`__styles` / `__resetStyles`, no style compiler call left anywhere in dist), and the rewritten files' source maps
// still lead back to the right lines of the `.ts` sources.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('../packages/react', import.meta.url));
const src = join(pkg, 'src');
const dist = join(pkg, 'dist');
const MAKE = /\bmake(?:Reset)?Styles\(/;

const styleSources = readdirSync(src, { recursive: true })
  .map(String)
  .filter((f) => /\.tsx?$/.test(f) && !/\.(test|stories)\.tsx?$/.test(f))
  .filter((f) => MAKE.test(readFileSync(join(src, f), 'utf8')));

/** 0-based [line, column] of the first match of `pattern` in `text` (`at` picks another match). */
function position(text, pattern, at = 0) {
  const hits = [...text.matchAll(new RegExp(pattern, 'g'))];
  assert.ok(hits.length > 0, `${pattern} not found`);
  const index = hits.at(at).index;
  const before = text.slice(0, index).split('\n');
  return [before.length - 1, before.at(-1).length];
}

test('the kit has style sources to check', () => {
  assert.ok(existsSync(dist), 'packages/react/dist is missing: run `pnpm --filter @call-diagnostics/react build`');
  assert.ok(styleSources.length >= 4, `found ${styleSources.length} style sources`);
});

test('no makeStyles / makeResetStyles is left in dist', () => {
  const files = readdirSync(dist, { recursive: true }).map(String);
  const js = files.filter((f) => f.endsWith('.js'));
  assert.ok(js.length > 10);
  for (const f of js) assert.doesNotMatch(readFileSync(join(dist, f), 'utf8'), /\bmake(?:Reset)?Styles\b/, f);
});

for (const file of styleSources) {
  const out = join(dist, file.replace(/\.tsx?$/, '.js'));

  test(`${file}: pre-compiled, with the source map pointing at the source`, () => {
    const source = readFileSync(join(src, file), 'utf8');
    const code = readFileSync(out, 'utf8');
    assert.match(code, /import \{[^}]*\b__(?:reset)?[sS]tyles\b[^}]*\} from '@fluentui\/react-components';/);
    const calls = (source.match(/\bmake(?:Reset)?Styles\(/g) ?? []).length;
    assert.equal((code.match(/\b__(?:styles|resetStyles)\(/g) ?? []).length, calls);
    // Every pre-compiled call carries its CSS: class maps and rules with `var(--token)` values, no `tokens.` left.
    assert.match(code, /__styles\(\{[\s\S]*\.f[a-z0-9]+\{[^}]+\}/);
    assert.doesNotMatch(code.slice(code.indexOf('__styles(')), /\btokens\./);

    assert.match(code, /\n\/\/# sourceMappingURL=[^/\n]+\.js\.map\n?$/);
    const payload = JSON.parse(readFileSync(`${out}.map`, 'utf8'));
    assert.equal(payload.sources.length, 1);
    assert.equal(
      resolve(dirname(out), payload.sourceRoot ?? '', payload.sources[0]),
      join(src, file),
      `${relative(pkg, out)}.map`,
    );
    const map = new SourceMap(payload);
    // The call that replaced makeStyles, and the code after it (whose lines moved), map to their source lines.
    const anchors = [
      [/\b__(?:styles|resetStyles)\(/, /\bmake(?:Reset)?Styles\(/, 0],
      [/\bmergeClasses\(/, /\bmergeClasses\(/, -1],
      [/\bexport function \w+/, /\bexport function \w+/, -1],
    ];
    for (const [generated, original, at] of anchors) {
      const [line, column] = position(code, generated, at);
      const entry = map.findEntry(line, column);
      assert.equal(resolve(dirname(out), entry.originalSource), join(src, file));
      assert.equal(entry.originalLine, position(source, original, at)[0], `${file}: ${original} is on another line`);
    }
  });
}
