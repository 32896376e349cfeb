/**
 * The quality family's 24 locale tables: the tests of every locale tree (`test/localeTreeSuite.ts`: exactly en-US's
 * keys, its placeholders, no empty string, `locale` equal to the tag, translated, RTL scripts, regional variants as
 * differences), and that each loader resolves to the table its file exports as `quality<Tag>`. Terminology and register
 * against ACS's own strings: `src/localization/acsGlossary.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { describeLocaleTree } from '../../../../test/localeTreeSuite.js';
import { ACS_LOCALES } from '../../../../test/stringTables.js';
import { qualityEnUS } from './en-US.js';
import { QUALITY_LOCALE_LOADERS } from './loaders.js';

describeLocaleTree({ name: 'quality', enUS: qualityEnUS, loaders: QUALITY_LOCALE_LOADERS });

describe('QUALITY_LOCALE_LOADERS', () => {
  /** The export a locale file names its table by: `quality` and the tag without its dash (`qualityDeDE`). */
  const exportName = (tag: string) => `quality${tag[0]?.toUpperCase()}${tag.slice(1).replace('-', '')}`;

  it.each(ACS_LOCALES.filter((tag) => tag !== 'en-US'))(
    '%s resolves to the table its file exports, loaded on demand',
    async (tag) => {
      const module = (await import(/* @vite-ignore */ `./${tag}.ts`)) as Readonly<Record<string, unknown>>;
      const table = module[exportName(tag)];
      expect(table).toBeDefined();
      expect(await QUALITY_LOCALE_LOADERS[tag]?.()).toBe(table);
    },
  );
});
