/**
 * The tests every lazily loaded locale tree of the kit passes (the readiness check's strings, each family's): one
 * loader per ACS locale, each table tagged with its tag, with exactly en-US's keys, its placeholders, no empty string,
 * translated prose, right-to-left locales in their script, and the regional variants written as differences. Used by
 * `src/localization/readiness/readinessLocales.test.ts` and the families' `strings/*Strings.test.ts` (media, quality,
 * fallback); outside `src`, so never published.
 */
import { describe, expect, it } from 'vitest';
import { localeDirection } from '../src/localization/resolveLocale.js';
import { ACS_LOCALES, flatten, isProse, placeholders } from './stringTables.js';

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

/** What a locale tree's suite needs. */
export interface LocaleTreeSuite<T extends { readonly locale: string }> {
  /** The tree's name, for the suite's title (`'readiness'`, `'media'`). */
  readonly name: string;
  /** The en-US table (the keys and placeholders every locale must have). */
  readonly enUS: T;
  /** The tree's loaders, one per ACS locale. */
  readonly loaders: Readonly<Record<string, () => Promise<T>>>;
  /**
   * Strings a translation may leave exactly as en-US writes them, per locale and dotted path, each with its reason.
   * Everything else that is prose (`isProse`) must differ from English; the English locales are not checked.
   */
  readonly sameAsEnglish?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * Regional variants that must override a string in every section of the tree, so that no section is the base's own
   * object, each with its reason (a tree of two sections where es-MX's "tú" touches both). Their other checks stay;
   * an entry that is no longer needed fails.
   */
  readonly variantsInEverySection?: Readonly<Record<string, string>>;
}

/** Registers the tests every locale tree passes (see the file's comment). */
export function describeLocaleTree<T extends { readonly locale: string }>(suite: LocaleTreeSuite<T>): void {
  const english = flatten(suite.enUS);
  const load = (tag: string): Promise<T> => {
    const loader = suite.loaders[tag];
    if (!loader) throw new Error(`no ${suite.name} loader for ${tag}`);
    return loader();
  };

  describe(`${suite.name} locales`, () => {
    it('has a loader for exactly the 24 ACS locales', () => {
      expect(Object.keys(suite.loaders).sort()).toEqual([...ACS_LOCALES]);
    });

    it('resolves en-US to the en-US table itself', async () => {
      expect(await load('en-US')).toBe(suite.enUS);
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
        const allowed = suite.sameAsEnglish?.[tag] ?? {};
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
        const sections = (table: T) => table as unknown as Readonly<Record<string, unknown>>;
        // Written as differences: sections the variant does not touch are the base's own objects.
        const shared = Object.keys(baseStrings).filter(
          (key) =>
            typeof sections(baseStrings)[key] === 'object' &&
            sections(variantStrings)[key] === sections(baseStrings)[key],
        );
        if (variant in (suite.variantsInEverySection ?? {})) expect(shared).toEqual([]);
        else expect(shared.length).toBeGreaterThan(0);
        const a = flatten(variantStrings);
        const differing = [...flatten(baseStrings)].filter(([path, text]) => path !== 'locale' && a.get(path) !== text);
        // A Canadian or Mexican table must differ somewhere; en-GB may not (British spelling may not touch the tree).
        // es-MX differs in many strings (ACS's es-MX says "tú" where es-ES says "usted") but still not in all.
        if (variant !== 'en-GB') expect(differing.length).toBeGreaterThan(0);
        expect(differing.length).toBeLessThan(english.size - 1);
      });
    });
  });
}
