import { formatCallEndCode } from '../catalog/endCode.js';
import type { RecurrenceClassification } from '../history/classifyRecurrence.js';
import { hashId } from '../history/hash.js';
import { type RedactRule, redactSecretValues } from '../report/secrets.js';
import { KIT_VERSION } from '../report/version.js';
import type { DiagnosticsState } from '../store/state.js';

/** The schema tag of every {@link DiagnosticTelemetryRecord}. */
export const TELEMETRY_SCHEMA = 'call-diagnostics/v1';

/**
 * One telemetry record. Field names follow `ACSCallSummary` where they mean the same thing, so the app's own table
 * (e.g. `CallDiagnosticsEvents_CL`) joins it on `CorrelationId` and `ParticipantId` (see `docs/kql/`).
 *
 * @public
 */
export interface DiagnosticTelemetryRecord {
  /** The record schema, `call-diagnostics/v1`. */
  readonly schema: 'call-diagnostics/v1';
  /**
   * What happened: the relays became unreachable or recovered, a media or device UFD changed (`mediaIssue`), the call
   * quality level changed (`qualityChanged`), another way in was offered or taken (`fallbackOffered`,
   * `fallbackChosen`), the call ended, or a UI action (see {@link UiTelemetryKind}).
   */
  readonly kind:
    | 'relaysUnreachable'
    | 'relaysRecovered'
    | 'mediaIssue'
    | 'qualityChanged'
    | 'fallbackOffered'
    | 'fallbackChosen'
    | 'callEnded'
    | 'retryPressed'
    | 'panelOpened'
    | 'reportCopied'
    | 'reportDownloaded';
  /** ISO 8601 time of the event. */
  readonly at: string;
  /** The call ID (`ACSCallSummary.CorrelationId`). */
  readonly CorrelationId: string | undefined;
  /** `ACSCallSummary.ParticipantId`. */
  readonly ParticipantId: string | undefined;
  /**
   * The `userId` the app passed, as the app chose (the `identifier` option): undefined by default (`'none'`),
   * as given with `'raw'` (the ACS identifier `8:acs:…` matches `ACSCallSummary.Identifier`), or a 16-hex-digit
   * hash with `'hashed'`.
   */
  readonly Identifier: string | undefined;
  /** `ACSCallSummary.ParticipantEndReason` equivalent (the end code), on `callEnded` and later. */
  readonly endCode: number | undefined;
  /** `ACSCallSummary.ParticipantEndSubCode` equivalent. */
  readonly endSubCode: number | undefined;
  /** `410/3112` */
  readonly endCodeText: string | undefined;
  /** The relay status when the record was made. */
  readonly relayStatus: DiagnosticsState['relay']['status'];
  /** When the current unreachable episode began (ISO). */
  readonly unreachableSince: string | undefined;
  /** `transient`, `persistent` or `unknown`, once a call ended (from the outcome history). */
  readonly classification: RecurrenceClassification['kind'] | undefined;
  /** Relay failures in the outcome history. */
  readonly failures: number | undefined;
  /** Outcomes in the history. */
  readonly total: number | undefined;
  /** Relay failures in a row at the end of the history. */
  readonly consecutiveFailures: number | undefined;
  /**
   * On `mediaIssue`: the media UFD's name (`microphoneNotFunctioning`, `cameraPermissionDenied`…). Never a device name
   * or label.
   */
  readonly diagnostic: string | undefined;
  /** On `mediaIssue`: the UFD's new value (`true` raised, `false` cleared; or a `DiagnosticQuality` 1–3). */
  readonly value: boolean | number | undefined;
  /** On `qualityChanged`: the new level (`good`, `fair`, `poor`, `unknown`). */
  readonly qualityLevel: string | undefined;
  /** On `qualityChanged`: the last sample's MOS, one decimal. */
  readonly mos: number | undefined;
  /** On `qualityChanged`: why the level is not good, as `kind:direction` joined by `,` (`loss:receive,rtt:send`). */
  readonly qualityReasons: string | undefined;
  /** On `fallbackOffered` / `fallbackChosen`: which way in (`phone`, `videoOff`). */
  readonly fallback: 'phone' | 'videoOff' | undefined;
  /** On `fallbackOffered`: what triggered the offer (`callEnded:410/3112`, `quality:poor`…). */
  readonly trigger: string | undefined;
  /** This kit's version. */
  readonly kitVersion: string;
  /** `@azure/communication-calling` version, when the app gave it (`sdkVersion` option). */
  readonly sdkVersion: string | undefined;
}

/** What happened (internal name). */
export type DiagnosticTelemetryKind = DiagnosticTelemetryRecord['kind'];

/**
 * What a record adds to the call's facts: for a UFD change, which UFD and its value; for a quality change, the level,
 * MOS and reasons; for a fallback, which and why.
 *
 * @public
 */
export interface TelemetryDetail {
  /** The UFD (`mediaIssue`). */
  readonly diagnostic?: string | undefined;
  /** The UFD's value (`mediaIssue`). */
  readonly value?: boolean | number | undefined;
  /** The quality level (`qualityChanged`). */
  readonly qualityLevel?: string | undefined;
  /** The MOS, one decimal (`qualityChanged`). */
  readonly mos?: number | undefined;
  /** The reasons as `kind:direction` (`qualityChanged`). */
  readonly qualityReasons?: readonly string[] | undefined;
  /** Which way in (`fallbackOffered`, `fallbackChosen`). */
  readonly fallback?: 'phone' | 'videoOff' | undefined;
  /** What triggered the offer (`fallbackOffered`). */
  readonly trigger?: string | undefined;
}

/** One record a store transition produces: its kind and its detail. */
export interface TelemetryTransition extends TelemetryDetail {
  readonly kind: DiagnosticTelemetryKind;
}

/**
 * The kinds the kit's surfaces and sessions report through `diagnostics.track(kind, detail?)`: what the person did,
 * and what the quality session and the fallbacks saw (the other kinds come from the call itself).
 *
 * @public
 */
export type TrackedTelemetryKind = Extract<
  DiagnosticTelemetryRecord['kind'],
  UiTelemetryKind | 'qualityChanged' | 'fallbackOffered' | 'fallbackChosen'
>;
/**
 * The kinds a UI reports through `diagnostics.track()` (the others come from the call itself).
 *
 * @public
 */
export type UiTelemetryKind = Extract<
  DiagnosticTelemetryRecord['kind'],
  'retryPressed' | 'panelOpened' | 'reportCopied' | 'reportDownloaded'
>;
/**
 * The app's telemetry callback. Errors it throws are caught (and reported through `onError`), never rethrown.
 *
 * @public
 */
export type OnDiagnosticEvent = (record: DiagnosticTelemetryRecord) => void;

/**
 * What a telemetry record's `Identifier` holds. `'none'` (the default): nothing; records still join `ACSCallSummary`
 * on `CorrelationId` and `ParticipantId`, which carry `Identifier` server-side. `'hashed'`: a 64-bit hash of the user
 * id, the same on every device: pseudonymous, not anonymous (a guessable id such as a phone number can be found by
 * hashing guesses). `'raw'`: the user id as given (pass the ACS identifier to match `ACSCallSummary.Identifier`).
 * Records go wherever the app sends them, so a personal id leaves the page only when the app says so.
 */
type TelemetryIdentifier = 'raw' | 'hashed' | 'none';

/** Options of {@link createTelemetryRecord}. */
export interface TelemetryContext {
  readonly userId?: string | undefined;
  /** What `Identifier` holds. Default `'none'`; see {@link TelemetryIdentifier}. */
  readonly identifier?: TelemetryIdentifier | undefined;
  readonly sdkVersion?: string | undefined;
  readonly redact?: readonly RedactRule[] | undefined;
  readonly at: number;
}

function iso(at: number | undefined): string | undefined {
  return typeof at === 'number' && Number.isFinite(at) ? new Date(at).toISOString() : undefined;
}

/**
 * Builds a redacted record for `kind` from a snapshot. It holds no free text: the call and participant IDs and the
 * `Identifier` the app chose are its only SDK- or user-given strings, and the app's rules, JWTs, `Bearer …` and
 * secret key values (`token=…`, `"sig":"…"`) are removed from them; `sdkVersion` is the app's own setting, and every
 * other field is the kit's own code, enum, count or time. Pure.
 */
export function createTelemetryRecord(
  kind: DiagnosticTelemetryKind,
  state: DiagnosticsState,
  context: TelemetryContext,
  detail: TelemetryDetail = {},
): DiagnosticTelemetryRecord {
  const ended = state.ended;
  const r = state.recurrence;
  const rules = context.redact ?? [];
  const clean = (s: string | undefined) => s && redactSecretValues(s, rules);
  const id = context.userId;
  return {
    schema: TELEMETRY_SCHEMA,
    kind,
    at: iso(context.at) ?? new Date().toISOString(),
    CorrelationId: clean(ended?.callId ?? state.call.id),
    ParticipantId: clean(state.call.participantId),
    Identifier:
      id && (context.identifier === 'raw' ? clean(id) : context.identifier === 'hashed' ? hashId(id) : undefined),
    endCode: ended?.code,
    endSubCode: ended?.subCode,
    endCodeText: ended ? formatCallEndCode(ended.code, ended.subCode) || undefined : undefined,
    relayStatus: state.relay.status,
    unreachableSince: iso(state.relay.unreachableSince),
    classification: r?.kind,
    failures: r?.failures,
    total: r?.total,
    consecutiveFailures: r?.consecutiveFailures,
    diagnostic: detail.diagnostic,
    value: detail.value,
    qualityLevel: detail.qualityLevel,
    mos: detail.mos,
    qualityReasons: detail.qualityReasons?.join(','),
    fallback: detail.fallback,
    trigger: detail.trigger,
    kitVersion: KIT_VERSION,
    sdkVersion: context.sdkVersion,
  };
}
