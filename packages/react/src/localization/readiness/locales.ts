import { type ReadinessStrings, readinessEnUS } from './en-US.js';

/**
 * The readiness check's strings for the 24 locales `@azure/communication-react` ships, each behind a loader. Every
 * loader but en-US's is a dynamic `import()`, so a bundler puts each locale in a chunk of its own and an app downloads
 * only the one it asks for; en-US, the fallback, is in the readiness chunk already and resolves directly.
 *
 * Keys are BCP 47 tags exactly as ACS spells them (`'de-DE'`, `'zh-TW'`). To take a browser's tag (`'de'`, `'zh-Hant'`,
 * `'es-419'`) to one of them, try `candidateTags(tag)` (the same rules as `resolveLocale`) in order:
 *
 * ```ts
 * const tag = candidateTags(navigator.language).find((t) => t in READINESS_LOCALE_LOADERS) ?? 'en-US';
 * const strings = await READINESS_LOCALE_LOADERS[tag]();
 * ```
 *
 * The tables other than en-US are machine-written and want a native speaker's review (docs/localization.md).
 */
export const READINESS_LOCALE_LOADERS: Readonly<Record<string, () => Promise<ReadinessStrings>>> = Object.freeze({
  'ar-SA': () => import('./ar-SA.js').then((m) => m.readinessArSA),
  'cs-CZ': () => import('./cs-CZ.js').then((m) => m.readinessCsCZ),
  'cy-GB': () => import('./cy-GB.js').then((m) => m.readinessCyGB),
  'de-DE': () => import('./de-DE.js').then((m) => m.readinessDeDE),
  'en-GB': () => import('./en-GB.js').then((m) => m.readinessEnGB),
  'en-US': () => Promise.resolve(readinessEnUS),
  'es-ES': () => import('./es-ES.js').then((m) => m.readinessEsES),
  'es-MX': () => import('./es-MX.js').then((m) => m.readinessEsMX),
  'fi-FI': () => import('./fi-FI.js').then((m) => m.readinessFiFI),
  'fr-CA': () => import('./fr-CA.js').then((m) => m.readinessFrCA),
  'fr-FR': () => import('./fr-FR.js').then((m) => m.readinessFrFR),
  'he-IL': () => import('./he-IL.js').then((m) => m.readinessHeIL),
  'it-IT': () => import('./it-IT.js').then((m) => m.readinessItIT),
  'ja-JP': () => import('./ja-JP.js').then((m) => m.readinessJaJP),
  'ko-KR': () => import('./ko-KR.js').then((m) => m.readinessKoKR),
  'nb-NO': () => import('./nb-NO.js').then((m) => m.readinessNbNO),
  'nl-NL': () => import('./nl-NL.js').then((m) => m.readinessNlNL),
  'pl-PL': () => import('./pl-PL.js').then((m) => m.readinessPlPL),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.readinessPtBR),
  'ru-RU': () => import('./ru-RU.js').then((m) => m.readinessRuRU),
  'sv-SE': () => import('./sv-SE.js').then((m) => m.readinessSvSE),
  'tr-TR': () => import('./tr-TR.js').then((m) => m.readinessTrTR),
  'zh-CN': () => import('./zh-CN.js').then((m) => m.readinessZhCN),
  'zh-TW': () => import('./zh-TW.js').then((m) => m.readinessZhTW),
});
