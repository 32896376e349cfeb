// The `/strings` subpath, installed from the tarball: the locale tables and the pure helpers as values, with no
// 'use client' boundary (a Server Component can read them) and no React in its module graph.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deDE, enUS, formatString, localeTags, resolveLocale } from '@call-diagnostics/react/strings';
import { expect, test } from 'vitest';

test('/strings formats with the locale tables and has no client boundary', () => {
  expect(formatString(deDE.banner.code, { code: '410/3112' })).toBe('Fehlercode 410/3112');
  expect(localeTags).toHaveLength(24);
  expect(resolveLocale('de', { 'de-DE': deDE }).strings).toBe(deDE);
  expect(enUS.locale).toBe('en-US');
  const file = fileURLToPath(import.meta.resolve('@call-diagnostics/react/strings'));
  expect(readFileSync(file, 'utf8')).not.toMatch(/^['"]use client['"];?$/m);
});
