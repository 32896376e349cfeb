/**
 * `@call-diagnostics/react`: tells people in an ACS call why it is failing and what to do.
 *
 * @packageDocumentation
 */

export * from './components/CallReadinessCheck/index.js';
export * from './components/FirewallGuidancePanel/index.js';
export * from './components/RecoveryToast/index.js';
export * from './components/RelayDiagnosticsBanner/index.js';
export * from './components/SupportReport/index.js';
export {
  type CallDiagnosticsContextValue,
  type DiagnosticsSourceLike,
  type RetryRequest,
  useCallDiagnosticsContext,
  useMaybeCallDiagnosticsContext,
} from './context/CallDiagnosticsContext.js';
export type { DiagnosticsUiState, DiagnosticsUiStore } from './context/uiStore.js';
export { buildSupportReport, downloadSupportReport, useSupportReport } from './hooks/supportReportBuilder.js';
export { trackUiEvent } from './hooks/trackUiEvent.js';
export { type CopyStatus, copyText, useCopyToClipboard } from './hooks/useCopyToClipboard.js';
export { useDiagnosticsSelector } from './hooks/useDiagnosticsSelector.js';
export {
  type ReadinessCheckHandle,
  type UseReadinessCheckOptions,
  useReadinessCheck,
} from './hooks/useReadinessCheck.js';
export { useBannerModel, useCallDetails, useRelayDiagnostics } from './hooks/useRelayDiagnostics.js';
export {
  type RelayProbeHandle,
  type RelayProbeState,
  type UseRelayProbeOptions,
  useRelayProbe,
} from './hooks/useRelayProbe.js';
export { useDiagnosticsStrings } from './hooks/useStrings.js';
export {
  type ReportActionStatus,
  usePrimaryAction,
  useRecurrence,
  useSupportReportActions,
} from './hooks/useSupportReport.js';
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
export {
  CallDiagnosticsProvider,
  type CallDiagnosticsProviderProps,
  type SurfaceSlot,
} from './provider/CallDiagnosticsProvider.js';
export { preloadCallDiagnosticsUi } from './provider/deferredSurfaces.js';
