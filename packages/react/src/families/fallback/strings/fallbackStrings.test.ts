/**
 * The fallback family's 24 locale tables: the tests of every locale tree (`test/localeTreeSuite.ts`: exactly en-US's
 * keys, its placeholders, no empty string, `locale` equal to the tag, translated, RTL scripts, regional variants as
 * differences), and that each loader resolves to the table its file exports as `fallback<Tag>`. Terminology and register
 * against ACS's own strings: `src/localization/acsGlossary.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { describeLocaleTree } from '../../../../test/localeTreeSuite.js';
import { ACS_LOCALES } from '../../../../test/stringTables.js';
import { fallbackEnUS } from './en-US.js';
import { FALLBACK_LOCALE_LOADERS } from './loaders.js';

/**
 * Strings a translation leaves exactly as en-US writes them, per locale, each with its reason: the word is the
 * language's own (ACS uses it too).
 */
const SAME_AS_ENGLISH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'cy-GB': { 'phone.toll': 'Welsh word ("toll"; "di-doll" is toll-free), as ACS\'s dial-in panel ("(Toll)")' },
};

/** The tree has two sections (phone, video), and both address the user. */
const VARIANTS_IN_EVERY_SECTION: Readonly<Record<string, string>> = {
  'es-MX': 'ACS\'s es-MX says "tú" where es-ES says "usted", and both sections address the user',
};

describeLocaleTree({
  name: 'fallback',
  enUS: fallbackEnUS,
  loaders: FALLBACK_LOCALE_LOADERS,
  sameAsEnglish: SAME_AS_ENGLISH,
  variantsInEverySection: VARIANTS_IN_EVERY_SECTION,
});

describe('FALLBACK_LOCALE_LOADERS', () => {
  /** The export a locale file names its table by: `fallback` and the tag without its dash (`fallbackDeDE`). */
  const exportName = (tag: string) => `fallback${tag[0]?.toUpperCase()}${tag.slice(1).replace('-', '')}`;

  it.each(ACS_LOCALES.filter((tag) => tag !== 'en-US'))(
    '%s resolves to the table its file exports, loaded on demand',
    async (tag) => {
      const module = (await import(/* @vite-ignore */ `./${tag}.ts`)) as Readonly<Record<string, unknown>>;
      const table = module[exportName(tag)];
      expect(table).toBeDefined();
      expect(await FALLBACK_LOCALE_LOADERS[tag]?.()).toBe(table);
    },
  );
});
