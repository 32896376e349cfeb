/**
 * The media family's 24 locale tables: the tests of every locale tree (`test/localeTreeSuite.ts`: exactly en-US's
 * keys, its placeholders, no empty string, `locale` equal to the tag, translated, RTL scripts, regional variants as
 * differences), and that each loader resolves to the table its file exports as `media<Tag>`. Terminology and register
 * against ACS's own strings: `src/localization/acsGlossary.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { describeLocaleTree } from '../../../../test/localeTreeSuite.js';
import { ACS_LOCALES } from '../../../../test/stringTables.js';
import { mediaEnUS } from './en-US.js';
import { MEDIA_LOCALE_LOADERS } from './loaders.js';

/**
 * Strings a translation leaves exactly as en-US writes them, per locale, each with its reason: the word is the
 * language's own (ACS uses it too).
 */
const SAME_AS_ENGLISH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'de-DE': { 'remote.offline': 'German word, as in ACS ("Sie sind offline")' },
  'nl-NL': { 'remote.offline': 'Dutch word, as in ACS ("U bent offline")' },
  'sv-SE': { 'remote.offline': 'Swedish word, as in ACS ("Du är offline")' },
  'it-IT': { 'remote.offline': 'Italian word, as in ACS ("Sei offline")' },
  'pt-BR': { 'remote.offline': 'Portuguese word, as in ACS ("Você está offline")' },
  'cs-CZ': { 'remote.offline': 'Czech word, as in ACS ("Jste offline")' },
};

describeLocaleTree({ name: 'media', enUS: mediaEnUS, loaders: MEDIA_LOCALE_LOADERS, sameAsEnglish: SAME_AS_ENGLISH });

describe('MEDIA_LOCALE_LOADERS', () => {
  /** The export a locale file names its table by: `media` and the tag without its dash (`mediaDeDE`). */
  const exportName = (tag: string) => `media${tag[0]?.toUpperCase()}${tag.slice(1).replace('-', '')}`;

  it.each(ACS_LOCALES.filter((tag) => tag !== 'en-US'))(
    '%s resolves to the table its file exports, loaded on demand',
    async (tag) => {
      const module = (await import(/* @vite-ignore */ `./${tag}.ts`)) as Readonly<Record<string, unknown>>;
      const table = module[exportName(tag)];
      expect(table).toBeDefined();
      expect(await MEDIA_LOCALE_LOADERS[tag]?.()).toBe(table);
    },
  );
});
