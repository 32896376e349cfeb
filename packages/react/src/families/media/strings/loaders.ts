import { type MediaStrings, mediaEnUS } from './en-US.js';

/**
 * The media family's strings in the 24 locales ACS ships, one loader per tag (the shape of every locale tree:
 * `LocaleLoaders`, localization/localeTree.ts). Keys are BCP 47 tags exactly as ACS spells them (`'de-DE'`, `'zh-TW'`).
 * Every loader but en-US's is a dynamic `import()`, so a bundler puts each locale in a chunk of its own and a page
 * fetches one language; en-US, the fallback, is in the tree's chunk already and resolves directly. Not frozen: tests
 * replace a loader to make its import fail.
 *
 * The tables other than en-US and en-GB are machine-written and want a native speaker's review
 * (docs/localization.md).
 */
export const MEDIA_LOCALE_LOADERS: Record<string, () => Promise<MediaStrings>> = {
  'ar-SA': () => import('./ar-SA.js').then((m) => m.mediaArSA),
  'cs-CZ': () => import('./cs-CZ.js').then((m) => m.mediaCsCZ),
  'cy-GB': () => import('./cy-GB.js').then((m) => m.mediaCyGB),
  'de-DE': () => import('./de-DE.js').then((m) => m.mediaDeDE),
  'en-GB': () => import('./en-GB.js').then((m) => m.mediaEnGB),
  'en-US': () => Promise.resolve(mediaEnUS),
  'es-ES': () => import('./es-ES.js').then((m) => m.mediaEsES),
  'es-MX': () => import('./es-MX.js').then((m) => m.mediaEsMX),
  'fi-FI': () => import('./fi-FI.js').then((m) => m.mediaFiFI),
  'fr-CA': () => import('./fr-CA.js').then((m) => m.mediaFrCA),
  'fr-FR': () => import('./fr-FR.js').then((m) => m.mediaFrFR),
  'he-IL': () => import('./he-IL.js').then((m) => m.mediaHeIL),
  'it-IT': () => import('./it-IT.js').then((m) => m.mediaItIT),
  'ja-JP': () => import('./ja-JP.js').then((m) => m.mediaJaJP),
  'ko-KR': () => import('./ko-KR.js').then((m) => m.mediaKoKR),
  'nb-NO': () => import('./nb-NO.js').then((m) => m.mediaNbNO),
  'nl-NL': () => import('./nl-NL.js').then((m) => m.mediaNlNL),
  'pl-PL': () => import('./pl-PL.js').then((m) => m.mediaPlPL),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.mediaPtBR),
  'ru-RU': () => import('./ru-RU.js').then((m) => m.mediaRuRU),
  'sv-SE': () => import('./sv-SE.js').then((m) => m.mediaSvSE),
  'tr-TR': () => import('./tr-TR.js').then((m) => m.mediaTrTR),
  'zh-CN': () => import('./zh-CN.js').then((m) => m.mediaZhCN),
  'zh-TW': () => import('./zh-TW.js').then((m) => m.mediaZhTW),
};
