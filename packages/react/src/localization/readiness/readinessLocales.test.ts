import { describe, expect, it } from 'vitest';
import { ACS_LOCALES, flatten, isProse, placeholders } from '../../../test/stringTables.js';
import { localeDirection } from '../resolveLocale.js';
import { type ReadinessStrings, readinessEnUS } from './en-US.js';
import { READINESS_LOCALE_LOADERS } from './locales.js';

const english = flatten(readinessEnUS);

/**
 * Strings a translation may leave exactly as en-US writes them, per locale, each with its reason. Everything else that
 * is prose (see `isProse`: `listSeparator`, `locale` and placeholder-only strings are not) must differ from English.
 * The English locales are not checked: en-GB is en-US with British spelling, so most of it is rightly identical.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // "Browser" is the German, Dutch and Italian word (ACS's own strings: "Browser wird nicht unterstützt",
  // "Browser wordt niet ondersteund", "Browser non supportato").
  'de-DE': { 'checks.environment': 'German word, as in ACS' },
  'nl-NL': { 'checks.environment': 'Dutch word, as in ACS' },
  'it-IT': { 'checks.environment': 'Italian word, as in ACS' },
};

/** The script each right-to-left locale must actually be written in. */
const RTL_SCRIPTS: Readonly<Record<string, RegExp>> = {
  'ar-SA': /\p{Script=Arabic}/u,
  'he-IL': /\p{Script=Hebrew}/u,
};

/** Regional variants written as their differences from a base (`mergeStrings(base, {…})`). */
const VARIANTS = [
  ['en-GB', 'en-US'],
  ['fr-CA', 'fr-FR'],
  ['es-MX', 'es-ES'],
] as const;

const load = (tag: string): Promise<ReadinessStrings> => {
  const loader = READINESS_LOCALE_LOADERS[tag];
  if (!loader) throw new Error(`no readiness loader for ${tag}`);
  return loader();
};

describe('readiness locales', () => {
  it('has a loader for exactly the 24 ACS locales', () => {
    expect(Object.keys(READINESS_LOCALE_LOADERS).sort()).toEqual([...ACS_LOCALES]);
  });

  it('resolves en-US to the en-US table itself', async () => {
    expect(await load('en-US')).toBe(readinessEnUS);
  });

  describe.each(ACS_LOCALES)('%s', (tag) => {
    it('is tagged with its own tag', async () => {
      expect((await load(tag)).locale).toBe(tag);
    });

    it('has every key of en-US and no other', async () => {
      const strings = flatten(await load(tag));
      expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('has no empty strings', async () => {
      for (const [path, text] of flatten(await load(tag))) {
        expect({ path, empty: text.trim() === '' }).toEqual({ path, empty: false });
      }
    });

    it('keeps the placeholders of every en-US string', async () => {
      const strings = flatten(await load(tag));
      for (const [path, text] of english) {
        expect({ path, placeholders: placeholders(strings.get(path) ?? '') }).toEqual({
          path,
          placeholders: placeholders(text),
        });
      }
    });

    it.skipIf(tag.startsWith('en-'))('is translated: no prose left as English but the allowed', async () => {
      const strings = flatten(await load(tag));
      const allowed = SAME_AS_ENGLISH[tag] ?? {};
      const same = [...english]
        .filter(([path, text]) => path !== 'locale' && isProse(text) && strings.get(path) === text)
        .map(([path]) => path);
      expect(same.filter((path) => !(path in allowed))).toEqual([]);
      // The allow-list stays honest: every entry still is identical to English.
      expect(Object.keys(allowed).filter((path) => !same.includes(path))).toEqual([]);
    });

    it.runIf(tag in RTL_SCRIPTS)('is written in its own script', async () => {
      expect(localeDirection(tag)).toBe('rtl');
      const script = RTL_SCRIPTS[tag] as RegExp;
      const strings = flatten(await load(tag));
      const notInScript = [...english]
        .filter(([path, text]) => path !== 'locale' && isProse(text) && !script.test(strings.get(path) ?? ''))
        .map(([path]) => path);
      expect(notInScript).toEqual([]);
    });
  });

  describe.each(VARIANTS)('%s', (variant, base) => {
    it(`is ${base} with only the strings that differ, and follows ${base} for the rest`, async () => {
      const [variantStrings, baseStrings] = await Promise.all([load(variant), load(base)]);
      // Written as differences: sections the variant does not touch are the base's own objects.
      const shared = Object.keys(baseStrings).filter(
        (key) =>
          typeof baseStrings[key as keyof ReadinessStrings] === 'object' &&
          variantStrings[key as keyof ReadinessStrings] === baseStrings[key as keyof ReadinessStrings],
      );
      expect(shared.length).toBeGreaterThan(0);
      const a = flatten(variantStrings);
      const differing = [...flatten(baseStrings)].filter(([path, text]) => path !== 'locale' && a.get(path) !== text);
      // A Canadian or Mexican table must differ somewhere; en-GB may not (en-US already writes "cancelled", "set-up").
      // es-MX differs in many strings (ACS's es-MX says "tú" where es-ES says "usted") but still not in all.
      if (variant !== 'en-GB') expect(differing.length).toBeGreaterThan(0);
      expect(differing.length).toBeLessThan(english.size - 1);
    });
  });
});
