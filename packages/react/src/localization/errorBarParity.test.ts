/**
 * docs/parity.md maps every message of ACS's `ErrorBar` to the kit's (issue 23). This suite keeps the page true
 * against the installed `@azure/communication-react` and the kit's en-US tables:
 * - ACS's side is read at test time: the members of `ErrorBarStrings` from the package's `.d.ts` (the interface text
 *   parsed, comments dropped; nothing of ACS is listed here) and their English from its `errorBar` strings.
 * - The page's side is its table, parsed: one row per member, each with ACS's English, a status and, unless the
 *   message is "not yet" or "not applicable", the kit's string key paths, each quoted with its English.
 * A new ACS string, a row for a key ACS dropped, or a kit string renamed or reworded fails here with the row to fix.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acsPackageDir, acsStrings, acsVersion } from '../../test/acsGlossary.js';
import { mediaEnUS } from '../families/media/strings/en-US.js';
import { enUS } from './en-US.js';
import { readinessEnUS } from './readiness/en-US.js';

const PARITY_DOC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'docs', 'parity.md');

/** The kit's en-US tables, by the prefix docs/parity.md writes before a key path. */
const KIT_TABLES: Readonly<Record<string, unknown>> = { call: enUS, media: mediaEnUS, readiness: readinessEnUS };

const STATUSES = ['covered', 'partly', 'not yet', 'not applicable'] as const;

/** The member names of ACS's `ErrorBarStrings` interface, optional ones too, from the installed type declarations. */
function errorBarMembers(): string[] {
  const dts = readFileSync(join(acsPackageDir(), 'dist', 'communication-react.d.ts'), 'utf8');
  const header = /export declare interface ErrorBarStrings\b([^{]*)\{/.exec(dts);
  if (!header) throw new Error('ErrorBarStrings is no longer an interface in communication-react.d.ts');
  // Members a parent interface brings would not be in this body: read the parent too before accepting that.
  if (/\bextends\b/.test(header[1] ?? '')) throw new Error(`ErrorBarStrings now extends:${header[1]}`);
  const start = header.index + header[0].length;
  const body = dts.slice(start, dts.indexOf('\n}', start));
  const code = body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return [...code.matchAll(/^\s*([A-Za-z_$][\w$]*)\??\s*:/gm)].map((match) => match[1] ?? '');
}

interface ParityRow {
  readonly line: number;
  readonly key: string;
  readonly acsText: string | undefined;
  readonly status: string;
  readonly kit: string;
}

/** The rows of the page's table (the section "## The map"): the header and the separator line skipped. */
function parityRows(doc: string): ParityRow[] {
  const lines = doc.split('\n');
  const first = lines.indexOf('## The map');
  if (first < 0) throw new Error('docs/parity.md has no "## The map" section');
  const rows: ParityRow[] = [];
  for (let i = first + 1; i < lines.length && !lines[i]?.startsWith('## '); i++) {
    const text = lines[i] ?? '';
    if (!text.startsWith('|') || text.startsWith('| ACS key') || text.startsWith('| ---')) continue;
    const cells = text
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
    if (cells.length !== 6) throw new Error(`docs/parity.md line ${i + 1}: ${cells.length} cells, not 6: ${text}`);
    const [key = '', acsText = '', , status = '', kit = ''] = cells;
    rows.push({
      line: i + 1,
      key: /^`(\w+)`/.exec(key)?.[1] ?? key,
      acsText: /^“([^”]*)”$/.exec(acsText)?.[1],
      status,
      kit,
    });
  }
  return rows;
}

/** Every kit key path on the page (`call:…`, `media:…`, `readiness:…`), with the English quoted after it. */
function kitReferences(text: string): { ref: string; table: string; path: string; quoted: string | undefined }[] {
  return [...text.matchAll(/`(\w+):([\w.-]+)`(?:\s*“([^”]*)”)?/g)]
    .filter((match) => Object.hasOwn(KIT_TABLES, match[1] ?? ''))
    .map((match) => ({
      ref: `${match[1]}:${match[2]}`,
      table: match[1] ?? '',
      path: match[2] ?? '',
      quoted: match[3],
    }));
}

/** The string at a dotted key path of a kit table, or undefined when the path is not a string there. */
function kitString(table: string, path: string): string | undefined {
  const value = path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      KIT_TABLES[table],
    );
  return typeof value === 'string' ? value : undefined;
}

describe(`docs/parity.md against ErrorBarStrings (@azure/communication-react ${acsVersion()})`, () => {
  const members = errorBarMembers();
  const doc = readFileSync(PARITY_DOC, 'utf8');
  const rows = parityRows(doc);
  const acsEnglish = acsStrings('en-US');

  it("reads ErrorBarStrings' members from the installed .d.ts: each has ACS's English text", () => {
    expect(members.length).toBeGreaterThan(0);
    expect(new Set(members).size).toBe(members.length);
    expect(
      members.filter((key) => !acsEnglish.has(`components:errorBar.${key}`)),
      'members without an errorBar string',
    ).toEqual([]);
  });

  it('has a row for every ErrorBarStrings member (a new ACS string needs its row)', () => {
    const mapped = new Set(rows.map((row) => row.key));
    expect(
      members.filter((key) => !mapped.has(key)),
      'ErrorBarStrings members without a row in docs/parity.md',
    ).toEqual([]);
  });

  it('maps only keys ACS has, each once', () => {
    expect(
      rows.filter((row) => !members.includes(row.key)).map((row) => `line ${row.line}: ${row.key}`),
      'rows for keys ErrorBarStrings does not have',
    ).toEqual([]);
    const keys = rows.map((row) => row.key);
    expect(
      keys.filter((key, i) => keys.indexOf(key) !== i),
      'keys with more than one row',
    ).toEqual([]);
  });

  it("quotes ACS's en-US text in each row", () => {
    const wrong = rows
      .filter((row) => row.acsText !== acsEnglish.get(`components:errorBar.${row.key}`))
      .map((row) => `line ${row.line} ${row.key}: ACS says “${acsEnglish.get(`components:errorBar.${row.key}`)}”`);
    expect(wrong, "rows whose ACS text is not ACS's en-US").toEqual([]);
  });

  it("gives each row a status; a covered or partly row names the kit's message, a partly row what is not yet", () => {
    const wrong = rows.filter((row) => {
      if (!(STATUSES as readonly string[]).includes(row.status)) return true;
      const hasMessage = kitReferences(row.kit).length > 0;
      if (row.status === 'covered') return !hasMessage;
      if (row.status === 'partly') return !hasMessage || !row.kit.includes('Not yet');
      return row.kit.length === 0;
    });
    expect(
      wrong.map((row) => `line ${row.line} ${row.key}: ${row.status}`),
      `rows without a status (${STATUSES.join(', ')}) or without what it needs`,
    ).toEqual([]);
  });

  it("names only kit key paths that exist in the kit's en-US tables, each quoted with its English", () => {
    const references = kitReferences(doc);
    expect(references.length).toBeGreaterThan(0);
    const wrong = references
      .filter(({ table, path, quoted }) => quoted === undefined || kitString(table, path) !== quoted)
      .map(
        ({ ref, table, path }) =>
          `${ref}: ${kitString(table, path) === undefined ? 'no such string' : `“${kitString(table, path)}”`}`,
      );
    expect(wrong, 'kit key paths missing from the en-US tables, or quoted with other words').toEqual([]);
  });

  it('writes every kit key path with a known table prefix', () => {
    const prefixed = [...doc.matchAll(/`(\w+):[a-z][\w.-]*`/g)].map((match) => match[1] ?? '');
    expect(
      prefixed.filter((table) => !Object.hasOwn(KIT_TABLES, table)),
      `key path prefixes other than ${Object.keys(KIT_TABLES).join(', ')}`,
    ).toEqual([]);
  });
});
