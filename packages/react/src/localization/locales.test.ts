import { describe, expect, it, vi } from 'vitest';
import { ACS_LOCALES, flatten, isProse, placeholders } from '../../test/stringTables.js';
import { enUS } from './en-US.js';
import { enGB } from './locales/en-GB.js';
import { esES } from './locales/es-ES.js';
import { esMX } from './locales/es-MX.js';
import { frCA } from './locales/fr-CA.js';
import { frFR } from './locales/fr-FR.js';
import { locales, localeTags } from './locales/index.js';
import { candidateTags, localeDirection, resolveLocale } from './resolveLocale.js';

/** Keys that are not prose: the tag and the direction. */
const NOT_PROSE = new Set(['locale', 'dir']);

const english = flatten(enUS);

describe('locales', () => {
  it('ships exactly the 24 ACS locales, each tagged with its own tag', () => {
    expect([...localeTags].sort()).toEqual(ACS_LOCALES);
    for (const tag of ACS_LOCALES) expect(locales[tag]?.locale).toBe(tag);
  });

  describe.each(ACS_LOCALES)('%s', (tag) => {
    const strings = flatten(locales[tag]);

    it('has every key of en-US and no other', () => {
      expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('keeps the placeholders of every en-US string', () => {
      for (const [path, text] of english) {
        expect({ path, placeholders: placeholders(strings.get(path) ?? '') }).toEqual({
          path,
          placeholders: placeholders(text),
        });
      }
    });

    it('has no empty strings', () => {
      for (const [path, text] of strings) expect({ path, empty: text.trim() === '' }).toEqual({ path, empty: false });
    });

    it('says which way it reads', () => {
      expect(locales[tag]?.dir).toBe(localeDirection(tag));
    });

    it.skipIf(tag.startsWith('en-'))('is translated, not an English copy', () => {
      // Prose only: not the tag or direction, and not strings that are placeholders and technical tokens alone
      // (`{protocol} {ports} → {destinations} ({purpose})`, `UDP`), which every language writes the same way.
      const prose = [...english].filter(([path, text]) => !NOT_PROSE.has(path) && isProse(text));
      const same = prose.filter(([path, text]) => strings.get(path) === text).map(([path]) => path);
      // A few strings may legitimately match English (a word both languages use); most must not.
      expect(same.length, `untranslated: ${same.join(', ')}`).toBeLessThanOrEqual(Math.floor(prose.length * 0.05));
    });
  });
});

describe('resolveLocale', () => {
  const tagOf = (tag: string) => resolveLocale(tag, locales).tag;

  it('takes the exact tag, case-insensitively', () => {
    expect(tagOf('de-DE')).toBe('de-DE');
    expect(tagOf('fr-ca')).toBe('fr-CA');
    expect(tagOf('es_MX')).toBe('es-MX');
  });

  it('falls back by language', () => {
    expect(tagOf('de')).toBe('de-DE');
    expect(tagOf('de-AT')).toBe('de-DE');
    expect(tagOf('pt')).toBe('pt-BR');
    expect(tagOf('pt-PT')).toBe('pt-BR');
    expect(tagOf('fr')).toBe('fr-FR');
    expect(tagOf('fr-BE')).toBe('fr-FR');
    expect(tagOf('es')).toBe('es-ES');
    expect(tagOf('es-419')).toBe('es-MX');
    expect(tagOf('es-AR')).toBe('es-MX');
    expect(tagOf('en')).toBe('en-US');
    expect(tagOf('en-AU')).toBe('en-US');
    expect(tagOf('no')).toBe('nb-NO');
    expect(tagOf('nn-NO')).toBe('nb-NO');
    expect(tagOf('iw')).toBe('he-IL');
    expect(tagOf('ar-EG')).toBe('ar-SA');
  });

  it('maps Chinese by script and region', () => {
    expect(tagOf('zh')).toBe('zh-CN');
    expect(tagOf('zh-Hans')).toBe('zh-CN');
    expect(tagOf('zh-SG')).toBe('zh-CN');
    expect(tagOf('zh-Hant')).toBe('zh-TW');
    expect(tagOf('zh-HK')).toBe('zh-TW');
    expect(tagOf('zh-Hant-HK')).toBe('zh-TW');
    expect(tagOf('zh-MO')).toBe('zh-TW');
  });

  it('falls back to en-US, unmatched, for a language it does not have', () => {
    expect(resolveLocale('xx-YY', locales)).toEqual({ strings: enUS, tag: 'en-US', matched: false });
    expect(resolveLocale('', locales).matched).toBe(false);
  });

  it('only knows the locales it is given', () => {
    expect(resolveLocale('de-DE', { 'en-US': enUS }).matched).toBe(false);
    expect(candidateTags('zh-Hant-TW')).toContain('zh-TW');
  });

  it('knows which languages read right to left', () => {
    expect(localeDirection('he-IL')).toBe('rtl');
    expect(localeDirection('ar')).toBe('rtl');
    expect(localeDirection('de-DE')).toBe('ltr');
    vi.restoreAllMocks();
  });
});

describe('en-GB', () => {
  it('is en-US with British spelling, and follows en-US for everything else', () => {
    expect(enGB.locale).toBe('en-GB');
    expect(enGB.panel.checkCorporate).toContain('organisation');
    expect(enUS.panel.checkCorporate).toContain('organization');
    expect(enGB.banner).toBe(enUS.banner);
  });
});

describe('regional variants written as differences', () => {
  it('fr-CA is fr-FR with Canadian usage, and follows fr-FR for everything else', () => {
    expect(frCA.locale).toBe('fr-CA');
    expect(frCA.report.title).toContain('soutien technique');
    expect(frFR.report.title).toContain('support');
    expect(frCA.banner.relaysUnreachableTitle).toBe(frFR.banner.relaysUnreachableTitle);
  });

  it('es-MX is es-ES with Latin American usage, and follows es-ES for everything else', () => {
    expect(esMX.locale).toBe('es-MX');
    const differing = Object.keys(esMX.banner).filter(
      (key) => esMX.banner[key as keyof typeof esMX.banner] !== esES.banner[key as keyof typeof esES.banner],
    );
    expect(differing.length).toBeLessThan(Object.keys(esMX.banner).length);
    expect(JSON.stringify(esMX)).not.toBe(JSON.stringify({ ...esES, locale: 'es-MX' }));
  });
});
