'use client';

/**
 * `@call-diagnostics/react`: tells people in an ACS call why it is failing and what to do.
 *
 * @packageDocumentation
 */

// The core types users meet in this package's hooks, props and components, so an app imports them from one place.
export type {
  ActiveMediaIssue,
  BannerModel,
  CallAdapterLike,
  CallAgentLike,
  CallControls,
  CallDetails,
  CallDiagnostics,
  CallDiagnosticsOptions,
  CallLike,
  DiagnosticsState,
  DiagnosticsStore,
  DialInDetails,
  DialInInfo,
  FeaturesLike,
  FirewallProfile,
  FirewallRule,
  HistoryStorage,
  OnDiagnosticEvent,
  OutcomeHistory,
  ProbeSessionOptions,
  QualityAssessment,
  QualityMonitor,
  QualityReason,
  ReadinessCheck,
  ReadinessCheckId,
  ReadinessCheckOptions,
  ReadinessCheckResult,
  ReadinessCheckStatus,
  ReadinessResult,
  ReadinessSnapshot,
  ReadinessVerdict,
  RecommendedAction,
  RecurrenceClassification,
  RedactRule,
  RelayDiagnostics,
  RelayProbeIceServer,
  RelayProbeResult,
  RelayProbeSnapshot,
  RelayProbeSummary,
  RemoteParticipantDiagnostic,
  StatefulCallClientLike,
  SupportReportResult,
  UiTelemetryKind,
} from '@call-diagnostics/core';
// 'use client': the package's one entry point is a client boundary, as component libraries mark theirs, so a Server
// Component (Next.js App Router) can render CallDiagnosticsProvider and the components with serializable props
// (strings, locale tags, booleans, `call={null}`). On the server every export is then a client reference, the pure
// helpers (enUS, formatString, localeDirection…) too: call those from client components. Named exports only: Next.js
// (webpack) refuses `export *` in a client boundary, so a new export of a component's index.ts is listed here too.
export {
  CallQualityIndicator,
  type CallQualityIndicatorProps,
  type CallQualityIndicatorState,
  callQualityIndicatorClassNames,
  renderCallQualityIndicator_unstable,
  useCallQualityIndicator_unstable,
  useCallQualityIndicatorStyles_unstable,
} from './components/CallQualityIndicator/index.js';
export {
  type CallReadinessAction,
  CallReadinessCheck,
  type CallReadinessCheckClasses,
  type CallReadinessCheckProps,
  type CallReadinessCheckState,
  type CallReadinessRow,
  type CallReadinessRowStatus,
  callReadinessCheckClassNames,
  formatReadinessAdminText,
  formatReadinessReason,
  formatReadinessUntested,
  isBlockedByNetwork,
  preloadCallReadinessCheck,
  renderCallReadinessCheck_unstable,
  useCallReadinessCheck_unstable,
  useCallReadinessCheckStyles_unstable,
} from './components/CallReadinessCheck/index.js';
export {
  FallbackNotice,
  type FallbackNoticeAction,
  type FallbackNoticeProps,
  type FallbackNoticeState,
  fallbackNoticeClassNames,
  renderFallbackNotice_unstable,
  useFallbackNotice_unstable,
} from './components/FallbackNotice/index.js';
export {
  FirewallGuidancePanel,
  type FirewallGuidancePanelClasses,
  type FirewallGuidancePanelCopy,
  type FirewallGuidancePanelProps,
  type FirewallGuidancePanelState,
  firewallGuidancePanelClassNames,
  renderFirewallGuidancePanel_unstable,
  useFirewallGuidancePanel_unstable,
} from './components/FirewallGuidancePanel/index.js';
export {
  JoinByPhone,
  type JoinByPhoneNumber,
  type JoinByPhoneProps,
  type JoinByPhoneState,
  joinByPhoneClassNames,
  renderJoinByPhone_unstable,
  useJoinByPhone_unstable,
} from './components/JoinByPhone/index.js';
export {
  MutedNotice,
  type MutedNoticeProps,
  type MutedNoticeState,
  mutedNoticeClassNames,
  renderMutedNotice_unstable,
  useMutedNotice_unstable,
} from './components/MutedNotice/index.js';
export {
  ParticipantDiagnostics,
  type ParticipantDiagnosticsProps,
  type ParticipantDiagnosticsState,
  participantDiagnosticsClassNames,
  renderParticipantDiagnostics_unstable,
  useParticipantDiagnostics_unstable,
} from './components/ParticipantDiagnostics/index.js';
export {
  RecoveryToast,
  type RecoveryToastProps,
  type RecoveryToastState,
  renderRecoveryToast_unstable,
  useRecoveryToast_unstable,
} from './components/RecoveryToast/index.js';
export {
  RelayDiagnosticsBanner,
  type RelayDiagnosticsBannerAction,
  type RelayDiagnosticsBannerClasses,
  type RelayDiagnosticsBannerProps,
  type RelayDiagnosticsBannerState,
  relayDiagnosticsBannerClassNames,
  renderRelayDiagnosticsBanner_unstable,
  useRelayDiagnosticsBanner_unstable,
  useRelayDiagnosticsBannerStyles_unstable,
} from './components/RelayDiagnosticsBanner/index.js';
export {
  SupportReportActions,
  type SupportReportActionsProps,
  SupportReportPreview,
  type SupportReportPreviewProps,
  supportReportClassNames,
} from './components/SupportReport/index.js';
export {
  type CallDiagnosticsContextValue,
  type DiagnosticsSourceLike,
  type ProviderStrings,
  type RetryRequest,
  useCallDiagnosticsContext,
  useMaybeCallDiagnosticsContext,
} from './context/CallDiagnosticsContext.js';
export type { DiagnosticsUiState, DiagnosticsUiStore } from './context/uiStore.js';
export { type FallbackStrings, fallbackEnUS } from './families/fallback/strings/en-US.js';
export { FALLBACK_LOCALE_LOADERS } from './families/fallback/strings/loaders.js';
export { useDialIn } from './families/fallback/useDialIn.js';
export { type MediaStrings, mediaEnUS } from './families/media/strings/en-US.js';
export { MEDIA_LOCALE_LOADERS } from './families/media/strings/loaders.js';
export { type QualityStrings, qualityEnUS } from './families/quality/strings/en-US.js';
export { QUALITY_LOCALE_LOADERS } from './families/quality/strings/loaders.js';
export { trackUiEvent } from './hooks/trackUiEvent.js';
export { useCallControls } from './hooks/useCallControls.js';
export { useCallQuality } from './hooks/useCallQuality.js';
export { type CopyStatus, copyText, useCopyToClipboard } from './hooks/useCopyToClipboard.js';
export { useDiagnosticsSelector } from './hooks/useDiagnosticsSelector.js';
export { useDiagnosticsStrings } from './hooks/useDiagnosticsStrings.js';
export { usePrimaryAction } from './hooks/usePrimaryAction.js';
export {
  type ReadinessCheckHandle,
  type ReadinessRunOptions,
  type UseReadinessCheckOptions,
  useReadinessCheck,
} from './hooks/useReadinessCheck.js';
export { useRecurrence } from './hooks/useRecurrence.js';
export { useBannerModel, useCallDetails, useRelayDiagnostics } from './hooks/useRelayDiagnostics.js';
export {
  type RelayProbeHandle,
  type RelayProbeState,
  type UseRelayProbeOptions,
  useRelayProbe,
} from './hooks/useRelayProbe.js';
export { useRemoteDiagnostics } from './hooks/useRemoteDiagnostics.js';
export { useSupportReport } from './hooks/useSupportReport.js';
export { type ReportActionStatus, useSupportReportActions } from './hooks/useSupportReportActions.js';
export { type CallDiagnosticsStrings, enUS } from './localization/en-US.js';
export { formatAdminText, formatCallDetails, formatIsoTime, formatRule, formatTime } from './localization/format.js';
export { formatProbeAdminText, formatProbeResult, formatProbeVerdict } from './localization/formatProbe.js';
export { preloadLocale } from './localization/lazyLocale.js';
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
  type ProviderDiagnosticsOptions,
  type SurfaceSlot,
} from './provider/CallDiagnosticsProvider.js';
export { preloadCallDiagnosticsUi } from './provider/deferredSurfaces.js';
