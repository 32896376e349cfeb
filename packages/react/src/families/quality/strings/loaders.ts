import { type QualityStrings, qualityEnUS } from './en-US.js';

/**
 * The quality family's strings in the 24 locales ACS ships, one loader per tag (the shape of every locale tree:
 * `LocaleLoaders`, localization/localeTree.ts). Keys are BCP 47 tags exactly as ACS spells them (`'de-DE'`, `'zh-TW'`).
 * Every loader but en-US's is a dynamic `import()`, so a bundler puts each locale in a chunk of its own and a page
 * fetches one language; en-US, the fallback, is in the tree's chunk already and resolves directly. Not frozen: tests
 * replace a loader to make its import fail.
 *
 * The tables other than en-US and en-GB are machine-written and want a native speaker's review
 * (docs/localization.md).
 */
export const QUALITY_LOCALE_LOADERS: Record<string, () => Promise<QualityStrings>> = {
  'ar-SA': () => import('./ar-SA.js').then((m) => m.qualityArSA),
  'cs-CZ': () => import('./cs-CZ.js').then((m) => m.qualityCsCZ),
  'cy-GB': () => import('./cy-GB.js').then((m) => m.qualityCyGB),
  'de-DE': () => import('./de-DE.js').then((m) => m.qualityDeDE),
  'en-GB': () => import('./en-GB.js').then((m) => m.qualityEnGB),
  'en-US': () => Promise.resolve(qualityEnUS),
  'es-ES': () => import('./es-ES.js').then((m) => m.qualityEsES),
  'es-MX': () => import('./es-MX.js').then((m) => m.qualityEsMX),
  'fi-FI': () => import('./fi-FI.js').then((m) => m.qualityFiFI),
  'fr-CA': () => import('./fr-CA.js').then((m) => m.qualityFrCA),
  'fr-FR': () => import('./fr-FR.js').then((m) => m.qualityFrFR),
  'he-IL': () => import('./he-IL.js').then((m) => m.qualityHeIL),
  'it-IT': () => import('./it-IT.js').then((m) => m.qualityItIT),
  'ja-JP': () => import('./ja-JP.js').then((m) => m.qualityJaJP),
  'ko-KR': () => import('./ko-KR.js').then((m) => m.qualityKoKR),
  'nb-NO': () => import('./nb-NO.js').then((m) => m.qualityNbNO),
  'nl-NL': () => import('./nl-NL.js').then((m) => m.qualityNlNL),
  'pl-PL': () => import('./pl-PL.js').then((m) => m.qualityPlPL),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.qualityPtBR),
  'ru-RU': () => import('./ru-RU.js').then((m) => m.qualityRuRU),
  'sv-SE': () => import('./sv-SE.js').then((m) => m.qualitySvSE),
  'tr-TR': () => import('./tr-TR.js').then((m) => m.qualityTrTR),
  'zh-CN': () => import('./zh-CN.js').then((m) => m.qualityZhCN),
  'zh-TW': () => import('./zh-TW.js').then((m) => m.qualityZhTW),
};
