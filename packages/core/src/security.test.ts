/** Static security rules over every package's source: no HTML injection, no eval, no network calls of the kit's own. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packages = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$|\.test-d\.tsx?$|\.stories\.tsx$/.test(name) ? [path] : [];
  });
}

const files = ['core', 'react', 'testing'].flatMap((pkg) => sources(join(packages, pkg, 'src')));

describe('security rules', () => {
  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  it.each([
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*=/],
    ['eval', /\beval\s*\(/],
    ['new Function', /new\s+Function\s*\(/],
    ['string setTimeout', /setTimeout\(\s*['"`]/],
    ['fetch / XMLHttpRequest / sendBeacon / WebSocket', /\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket/],
  ])('no %s', (_name, pattern) => {
    const hits = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(hits).toEqual([]);
  });
});
