/**
 * `@call-diagnostics/core`: framework-free diagnostics for Azure Communication Services calls. It tells why a call
 * fails (410/3112 and the network family) and what to do.
 *
 * The public API is this file, every name tagged `@public` (stable) or `@beta` (may change in a minor release).
 * `@call-diagnostics/core/internal` holds what the kit's own packages share; it follows no semver.
 *
 * @packageDocumentation
 */

// What the codes mean and what the network must allow.
export { type CallEndCodeEntry, lookupCallEnd, type RecommendedAction } from './catalog/codes.js';
export { ACS_FIREWALL_PUBLIC, type FirewallProfile, type FirewallRule } from './catalog/firewall.js';
export { callEndMeaning } from './catalog/meanings.js';
// The diagnostics of one call: attach a source (a Call, CallAgent, CallAdapter or StatefulCallClient), read state.
export {
  type CallDiagnostics,
  type CallDiagnosticsOptions,
  createCallDiagnostics,
  type DiagnosticsSource,
} from './createCallDiagnostics.js';
export type { DiagnosticEvent } from './events.js';
// The diagnostic families (network, …), ordered by one precedence table, and the banner built from them.
export { type BannerModel, type CallEndedBannerModel, selectBanner } from './families/banner.js';
export { type DialInDetails, type DialInInfo, type DialInNumber, dialInLink } from './families/fallback/dialIn.js';
export type { MediaBannerModel } from './families/media/banner.js';
export type { ActiveMediaIssue } from './families/media/catalog.js';
export type { MediaDiagnosticName } from './families/media/names.js';
export { selectMediaIssues, selectSpeakingWhileMuted } from './families/media/selectors.js';
export type { NetworkBannerModel } from './families/network/banner.js';
export type { ActiveNetworkIssue } from './families/network/catalog.js';
export { type RelayDiagnostics, selectNetworkIssues, selectRelayDiagnostics } from './families/network/selectors.js';
// Call quality: a steady level from the SDK's media statistics.
export {
  createQualityMonitor,
  type QualityMonitor,
  type QualityMonitorOptions,
} from './families/quality/createQualityMonitor.js';
export { type QualityRecordFields, qualityRecordFields } from './families/quality/qualityRecordFields.js';
export type { MediaStatsSampleLike } from './families/quality/readSample.js';
export {
  type QualitySession,
  type QualitySessionOptions,
  type QualitySessionTarget,
  startQualitySession,
} from './families/quality/startQualitySession.js';
export {
  QUALITY_THRESHOLDS,
  type QualityThresholdOverrides,
  type QualityThresholds,
} from './families/quality/thresholds.js';
export type {
  QualityAssessment,
  QualityDirectionFigures,
  QualityLevel,
  QualityReason,
} from './families/quality/types.js';
export type { RemoteDiagnosticEntry } from './families/remote/catalog.js';
export {
  type RemoteParticipantDiagnostic,
  selectParticipantDiagnostic,
  selectRemoteDiagnostics,
} from './families/remote/selectors.js';
// Transient or persistent: the outcome history.
export { classifyRecurrence, type RecurrenceClassification } from './history/classifyRecurrence.js';
export {
  type CallOutcome,
  createMemoryHistory,
  createOutcomeHistory,
  type HistoryStorage,
  type OutcomeHistory,
  type OutcomeHistoryOptions,
} from './history/outcomeHistory.js';
export { selectPrimaryAction, selectRecurrence } from './history/selectors.js';
export {
  createProbeSession,
  type ProbeSession,
  type ProbeSessionOptions,
  type RelayProbeSnapshot,
} from './probe/createProbeSession.js';
// Testing the app's own TURN servers.
export {
  probeRelays,
  type RelayPeerConnectionConstructor,
  type RelayProbeIceServer,
  type RelayProbeOptions,
  type RelayProbeReport,
  type RelayProbeResult,
} from './probe/probeRelays.js';
export type { RelayTransport } from './probe/relayUrl.js';
export type { RelayProbeSummary } from './probe/summarize.js';
// The readiness check before a call.
export { createReadinessCheck } from './readiness/createReadinessCheck.js';
export type { ReadinessTelemetryRecord } from './readiness/telemetry.js';
export type {
  ReadinessCheck,
  ReadinessCheckId,
  ReadinessCheckOptions,
  ReadinessCheckResult,
  ReadinessCheckStatus,
  ReadinessReason,
  ReadinessResult,
  ReadinessSnapshot,
  ReadinessVerdict,
} from './readiness/types.js';
// The support report and redaction.
export {
  createSupportReport,
  type SupportReport,
  type SupportReportInput,
  type SupportReportResult,
  supportReportFileName,
} from './report/createSupportReport.js';
export { redact, redactText } from './report/redact.js';
export type { RedactRule } from './report/secrets.js';
export { type CallControls, controlsOf } from './sources/controls.js';
export type { MediaStatsCollectorOptionsLike } from './sources/followMediaStats.js';
export {
  type CallAdapterLike,
  type CallAgentLike,
  type CallLike,
  type CallStateLike,
  DUCK_TYPED_FEATURES,
  type FeaturesLike,
  type StatefulCallClientLike,
} from './sources/types.js';
// The store and what views derive from it.
export {
  createDiagnosticsStore,
  type DiagnosticsStore,
  type DiagnosticsStoreOptions,
} from './store/createDiagnosticsStore.js';
export { type CallDetails, selectCallDetails } from './store/selectors.js';
export type { DiagnosticsState } from './store/state.js';
export {
  type ApplicationInsightsLike,
  type ApplicationInsightsSinkOptions,
  createApplicationInsightsSink,
} from './telemetry/applicationInsights.js';
// Telemetry that joins the ACS logs.
export type {
  DiagnosticTelemetryRecord,
  OnDiagnosticEvent,
  TelemetryDetail,
  TrackedTelemetryKind,
  UiTelemetryKind,
} from './telemetry/telemetry.js';
