import { type FallbackStrings, fallbackEnUS } from './en-US.js';

/**
 * The fallback family's strings in the 24 locales ACS ships, one loader per tag (the shape of every locale tree:
 * `LocaleLoaders`, localization/localeTree.ts). Keys are BCP 47 tags exactly as ACS spells them (`'de-DE'`, `'zh-TW'`).
 * Every loader but en-US's is a dynamic `import()`, so a bundler puts each locale in a chunk of its own and a page
 * fetches one language; en-US, the fallback, is in the tree's chunk already and resolves directly. Not frozen: tests
 * replace a loader to make its import fail.
 *
 * The tables other than en-US and en-GB are machine-written and want a native speaker's review
 * (docs/localization.md).
 */
export const FALLBACK_LOCALE_LOADERS: Record<string, () => Promise<FallbackStrings>> = {
  'ar-SA': () => import('./ar-SA.js').then((m) => m.fallbackArSA),
  'cs-CZ': () => import('./cs-CZ.js').then((m) => m.fallbackCsCZ),
  'cy-GB': () => import('./cy-GB.js').then((m) => m.fallbackCyGB),
  'de-DE': () => import('./de-DE.js').then((m) => m.fallbackDeDE),
  'en-GB': () => import('./en-GB.js').then((m) => m.fallbackEnGB),
  'en-US': () => Promise.resolve(fallbackEnUS),
  'es-ES': () => import('./es-ES.js').then((m) => m.fallbackEsES),
  'es-MX': () => import('./es-MX.js').then((m) => m.fallbackEsMX),
  'fi-FI': () => import('./fi-FI.js').then((m) => m.fallbackFiFI),
  'fr-CA': () => import('./fr-CA.js').then((m) => m.fallbackFrCA),
  'fr-FR': () => import('./fr-FR.js').then((m) => m.fallbackFrFR),
  'he-IL': () => import('./he-IL.js').then((m) => m.fallbackHeIL),
  'it-IT': () => import('./it-IT.js').then((m) => m.fallbackItIT),
  'ja-JP': () => import('./ja-JP.js').then((m) => m.fallbackJaJP),
  'ko-KR': () => import('./ko-KR.js').then((m) => m.fallbackKoKR),
  'nb-NO': () => import('./nb-NO.js').then((m) => m.fallbackNbNO),
  'nl-NL': () => import('./nl-NL.js').then((m) => m.fallbackNlNL),
  'pl-PL': () => import('./pl-PL.js').then((m) => m.fallbackPlPL),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.fallbackPtBR),
  'ru-RU': () => import('./ru-RU.js').then((m) => m.fallbackRuRU),
  'sv-SE': () => import('./sv-SE.js').then((m) => m.fallbackSvSE),
  'tr-TR': () => import('./tr-TR.js').then((m) => m.fallbackTrTR),
  'zh-CN': () => import('./zh-CN.js').then((m) => m.fallbackZhCN),
  'zh-TW': () => import('./zh-TW.js').then((m) => m.fallbackZhTW),
};
