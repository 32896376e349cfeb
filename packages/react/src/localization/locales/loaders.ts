import { type BannerStrings, bannerEnUS } from '../bannerStrings.js';

/**
 * The call's strings in the 24 locales ACS ships: the tree shape of every locale tree of the kit (`LocaleLoaders`,
 * localization/localeTree.ts). Each but en-US is behind a dynamic `import()`, so a bundler puts each in a chunk of its
 * own and an app downloads only the one its `locale` tag asks for (en-US, the fallback, is in the kit's code already). Used by
 * `useDiagnosticsStrings` when the provider has a tag and no `locales` map, and by `preloadLocale`; matched with the
 * same rules as `resolveLocale` (`de` → de-DE). Only the lazily-loaded surfaces import it, never the provider itself.
 * Not frozen: tests replace a loader to make its import fail. Each table is a whole `CallDiagnosticsStrings`, typed here
 * by the part every surface reads (`BannerStrings`); en-US's entry is that part (the built-in table, never fetched).
 */
export const LOCALE_LOADERS: Record<string, () => Promise<BannerStrings>> = {
  'ar-SA': () => import('./ar-SA.js').then((m) => m.arSA),
  'cs-CZ': () => import('./cs-CZ.js').then((m) => m.csCZ),
  'cy-GB': () => import('./cy-GB.js').then((m) => m.cyGB),
  'de-DE': () => import('./de-DE.js').then((m) => m.deDE),
  'en-GB': () => import('./en-GB.js').then((m) => m.enGB),
  'en-US': () => Promise.resolve(bannerEnUS),
  'es-ES': () => import('./es-ES.js').then((m) => m.esES),
  'es-MX': () => import('./es-MX.js').then((m) => m.esMX),
  'fi-FI': () => import('./fi-FI.js').then((m) => m.fiFI),
  'fr-CA': () => import('./fr-CA.js').then((m) => m.frCA),
  'fr-FR': () => import('./fr-FR.js').then((m) => m.frFR),
  'he-IL': () => import('./he-IL.js').then((m) => m.heIL),
  'it-IT': () => import('./it-IT.js').then((m) => m.itIT),
  'ja-JP': () => import('./ja-JP.js').then((m) => m.jaJP),
  'ko-KR': () => import('./ko-KR.js').then((m) => m.koKR),
  'nb-NO': () => import('./nb-NO.js').then((m) => m.nbNO),
  'nl-NL': () => import('./nl-NL.js').then((m) => m.nlNL),
  'pl-PL': () => import('./pl-PL.js').then((m) => m.plPL),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.ptBR),
  'ru-RU': () => import('./ru-RU.js').then((m) => m.ruRU),
  'sv-SE': () => import('./sv-SE.js').then((m) => m.svSE),
  'tr-TR': () => import('./tr-TR.js').then((m) => m.trTR),
  'zh-CN': () => import('./zh-CN.js').then((m) => m.zhCN),
  'zh-TW': () => import('./zh-TW.js').then((m) => m.zhTW),
};
