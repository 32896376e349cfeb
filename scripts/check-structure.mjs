#!/usr/bin/env node
/**
 * The codebase's shape, measured (issue 21): functions over 100 lines in packages/{core,react}/src, `*.mutation.test.*`
 * files, Stryker directives in production source and import cycles among core's source files (type-only imports
 * count: a cycle of types is still two modules that cannot be understood apart).
 *
 *   node scripts/check-structure.mjs           prints the figures and what exceeds a bound
 *   node scripts/check-structure.mjs --check   the same, and exits 1 when a bound is passed (a test-all step)
 *
 * Bounds: 0 functions over 100 lines, 0 mutation test files, at most 10 Stryker directives, 0 import cycles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_FUNCTION_LINES = 100;
const MAX_STRYKER_DIRECTIVES = 10;
const check = process.argv.includes('--check');

/** Every file under `dir` (recursively) whose path passes `keep`. */
function walk(dir, keep, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, keep, out);
    else if (keep(path)) out.push(path);
  }
  return out;
}

const isSource = (path) => /\.(ts|tsx)$/.test(path) && !/\.test(-d)?\.(ts|tsx)$/.test(path) && !/\.d\.ts$/.test(path);
const rel = (path) => relative(ROOT, path);

const sourceFiles = ['packages/core/src', 'packages/react/src'].flatMap((dir) => walk(join(ROOT, dir), isSource));

/** A readable name for a function node: its declaration, variable, property or method name. */
function functionName(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (parent && ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

const longFunctions = [];
for (const file of sourceFiles) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessor(node) ||
      ts.isSetAccessor(node)
    ) {
      if (node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = end - start + 1;
        if (lines > MAX_FUNCTION_LINES) longFunctions.push({ file: rel(file), name: functionName(node), lines });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

const mutationTests = walk(join(ROOT, 'packages'), (path) => /\.mutation\.test\./.test(path)).map(rel);

const directives = [];
for (const file of sourceFiles) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (/Stryker (disable|restore)/.test(line)) directives.push(`${rel(file)}:${index + 1}`);
    });
}

/** Core's import graph (relative imports of source files, type-only imports included). */
const coreFiles = walk(join(ROOT, 'packages/core/src'), isSource);
const graph = new Map();
for (const file of coreFiles) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const edges = new Set();
  const add = (specifier) => {
    if (!specifier.startsWith('.')) return;
    const base = resolve(dirname(file), specifier.replace(/\.js$/, ''));
    const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => coreFiles.includes(path));
    if (target) edges.add(target);
  };
  source.forEachChild((node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      add(node.moduleSpecifier.text);
    }
  });
  const dynamic = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) add(arg.text);
    }
    ts.forEachChild(node, dynamic);
  };
  dynamic(source);
  graph.set(file, [...edges]);
}

/** Strongly connected components with more than one file (or a file importing itself): Tarjan's algorithm. */
function cycles() {
  let index = 0;
  const stack = [];
  const onStack = new Set();
  const indices = new Map();
  const low = new Map();
  const found = [];
  const connect = (v) => {
    indices.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v), indices.get(w)));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.map(rel).sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) connect(v);
  return found;
}
const importCycles = cycles();

const rows = [
  [`functions over ${MAX_FUNCTION_LINES} lines in packages/{core,react}/src`, longFunctions.length, 0],
  ['*.mutation.test.* files', mutationTests.length, 0],
  ['Stryker directives in production source', directives.length, MAX_STRYKER_DIRECTIVES],
  ["import cycles among core's source files", importCycles.length, 0],
];
for (const [what, count, bound] of rows) {
  console.log(`${count > bound ? 'OVER ' : 'ok   '} ${String(count).padStart(4)} (bound ${bound})  ${what}`);
}
for (const f of longFunctions.sort((a, b) => b.lines - a.lines))
  console.log(`  ${f.lines} lines  ${f.name}  ${f.file}`);
for (const file of mutationTests) console.log(`  ${file}`);
if (directives.length > MAX_STRYKER_DIRECTIVES) for (const d of directives) console.log(`  ${d}`);
for (const cycle of importCycles) console.log(`  cycle: ${cycle.join(' ↔ ')}`);

if (check && rows.some(([, count, bound]) => count > bound)) process.exit(1);
