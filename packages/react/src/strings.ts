/**
 * `@call-diagnostics/react/strings`: the kit's strings and the pure helpers over them, with no `'use client'`
 * boundary and no React: a Server Component (Next.js App Router), a Node script or a worker reads the locale tables
 * and formats with them as values, where the package's main entry gives client references. The main entry exports
 * the same names for client code.
 *
 * @packageDocumentation
 */

export { type FallbackStrings, fallbackEnUS } from './families/fallback/strings/en-US.js';
export { FALLBACK_LOCALE_LOADERS } from './families/fallback/strings/loaders.js';
export { type MediaStrings, mediaEnUS } from './families/media/strings/en-US.js';
export { MEDIA_LOCALE_LOADERS } from './families/media/strings/loaders.js';
export { type QualityStrings, qualityEnUS } from './families/quality/strings/en-US.js';
export { QUALITY_LOCALE_LOADERS } from './families/quality/strings/loaders.js';
export { type CallDiagnosticsStrings, enUS } from './localization/en-US.js';
export { formatAdminText, formatCallDetails, formatIsoTime, formatRule, formatTime } from './localization/format.js';
export { formatProbeAdminText, formatProbeResult, formatProbeVerdict } from './localization/formatProbe.js';
export {
  arSA,
  csCZ,
  cyGB,
  deDE,
  enGB,
  esES,
  esMX,
  fiFI,
  frCA,
  frFR,
  heIL,
  itIT,
  jaJP,
  koKR,
  locales,
  localeTags,
  nbNO,
  nlNL,
  plPL,
  ptBR,
  ruRU,
  svSE,
  trTR,
  zhCN,
  zhTW,
} from './localization/locales/index.js';
export { type ReadinessStrings, readinessEnUS } from './localization/readiness/en-US.js';
export { READINESS_LOCALE_LOADERS } from './localization/readiness/locales.js';
export {
  candidateTags,
  type LocaleMap,
  localeDirection,
  type ResolvedLocale,
  resolveLocale,
} from './localization/resolveLocale.js';
export { defaultStrings, formatString, mergeStrings, type PartialStrings } from './localization/strings.js';
