import { formatCallEndCode } from '../catalog/codes.js';
import type { RecurrenceKind } from '../history/classifyRecurrence.js';
import { type RedactRule, redact } from '../report/redact.js';
import { KIT_VERSION } from '../report/version.js';
import type { DiagnosticsState, RelayStatus } from '../store/state.js';

/** The schema tag of every {@link DiagnosticTelemetryRecord}. */
export const TELEMETRY_SCHEMA = 'call-diagnostics/v1';

/** What happened. */
export type DiagnosticTelemetryKind =
  | 'relaysUnreachable'
  | 'relaysRecovered'
  | 'callEnded'
  | 'retryPressed'
  | 'panelOpened'
  | 'reportCopied'
  | 'reportDownloaded';

/** The kinds a UI reports through `diagnostics.track()` (the others come from the call itself). */
export type UiTelemetryKind = Extract<
  DiagnosticTelemetryKind,
  'retryPressed' | 'panelOpened' | 'reportCopied' | 'reportDownloaded'
>;

/**
 * One telemetry record. Field names follow `ACSCallSummary` where they mean the same thing, so the app's own table
 * (e.g. `CallDiagnosticsEvents_CL`) joins it on `CorrelationId` and `ParticipantId` (see `docs/kql/`).
 */
export interface DiagnosticTelemetryRecord {
  readonly schema: typeof TELEMETRY_SCHEMA;
  readonly kind: DiagnosticTelemetryKind;
  /** ISO 8601 time of the event. */
  readonly at: string;
  /** The call ID (`ACSCallSummary.CorrelationId`). */
  readonly CorrelationId: string | undefined;
  /** `ACSCallSummary.ParticipantId`. */
  readonly ParticipantId: string | undefined;
  /**
   * The `userId` the app passed, **as given** (not hashed): meant to be the ACS identifier
   * (`8:acs:…`, `ACSCallSummary.Identifier`). The app decides what it passes and where records go.
   */
  readonly Identifier: string | undefined;
  /** `ACSCallSummary.ParticipantEndReason` equivalent (the end code), on `callEnded` and later. */
  readonly endCode: number | undefined;
  /** `ACSCallSummary.ParticipantEndSubCode` equivalent. */
  readonly endSubCode: number | undefined;
  /** `410/3112` */
  readonly endCodeText: string | undefined;
  readonly relayStatus: RelayStatus;
  /** When the current unreachable episode began (ISO). */
  readonly unreachableSince: string | undefined;
  readonly classification: RecurrenceKind | undefined;
  readonly failures: number | undefined;
  readonly total: number | undefined;
  readonly consecutiveFailures: number | undefined;
  readonly kitVersion: string;
  readonly sdkVersion: string | undefined;
}

/** The app's telemetry callback. Errors it throws are caught (and reported through `onError`), never rethrown. */
export type OnDiagnosticEvent = (record: DiagnosticTelemetryRecord) => void;

/** Options of {@link createTelemetryRecord}. */
export interface TelemetryContext {
  readonly userId?: string | undefined;
  readonly sdkVersion?: string | undefined;
  readonly redact?: readonly RedactRule[] | undefined;
  readonly at: number;
}

function iso(at: number | undefined): string | undefined {
  return typeof at === 'number' && Number.isFinite(at) ? new Date(at).toISOString() : undefined;
}

/** Builds a redacted record for `kind` from a snapshot. Pure. */
export function createTelemetryRecord(
  kind: DiagnosticTelemetryKind,
  state: DiagnosticsState,
  context: TelemetryContext,
): DiagnosticTelemetryRecord {
  const ended = state.ended;
  const r = state.recurrence;
  const record: DiagnosticTelemetryRecord = {
    schema: TELEMETRY_SCHEMA,
    kind,
    at: iso(context.at) ?? new Date().toISOString(),
    CorrelationId: ended?.callId ?? state.call.id,
    ParticipantId: state.call.participantId,
    Identifier: context.userId,
    endCode: ended?.code,
    endSubCode: ended?.subCode,
    endCodeText: ended ? formatCallEndCode(ended.code, ended.subCode) || undefined : undefined,
    relayStatus: state.relay.status,
    unreachableSince: iso(state.relay.unreachableSince),
    classification: r?.kind,
    failures: r?.failures,
    total: r?.total,
    consecutiveFailures: r?.consecutiveFailures,
    kitVersion: KIT_VERSION,
    sdkVersion: context.sdkVersion,
  };
  return redact(record, context.redact ?? []);
}

/**
 * Which call-driven records a transition from `previous` to `next` produces: `relaysUnreachable` when a new
 * unreachable episode starts, `relaysRecovered` on a recovery cue. (`callEnded` is emitted by
 * `createCallDiagnostics` after the outcome is recorded and classified.)
 */
export function telemetryTransitions(previous: DiagnosticsState, next: DiagnosticsState): DiagnosticTelemetryKind[] {
  const kinds: DiagnosticTelemetryKind[] = [];
  if (next.relay.episode > previous.relay.episode && next.relay.status === 'unreachable')
    kinds.push('relaysUnreachable');
  if (next.relay.recoveryNotice > previous.relay.recoveryNotice) kinds.push('relaysRecovered');
  return kinds;
}
