import { isDevelopment } from './dev.js';
import { warnSourceIssue } from './devWarnings.js';
import type { DiagnosticEvent } from './events.js';
import { classifyRecurrence, type RecurrenceClassification } from './history/classifyRecurrence.js';
import type { CallOutcome, HistoryStorage, OutcomeHistory, OutcomeHistoryOptions } from './history/outcomeHistory.js';
import { resolveHistory } from './history/resolveHistory.js';
import type { RedactRule } from './report/secrets.js';
import type { SupportReportInput } from './report/types.js';
import { attachCall } from './sources/attachCall.js';
import { attachCallAdapter } from './sources/attachCallAdapter.js';
import { attachCallAgent } from './sources/attachCallAgent.js';
import { attachStatefulCallClient } from './sources/attachStatefulCallClient.js';
import type {
  CallAdapterLike,
  CallAgentLike,
  CallLike,
  Detach,
  FeaturesLike,
  StatefulCallClientLike,
} from './sources/types.js';
import {
  createDiagnosticsStore,
  type DiagnosticsStore,
  type DiagnosticsStoreOptions,
} from './store/createDiagnosticsStore.js';
import type { DiagnosticsState } from './store/state.js';
import {
  createTelemetryRecord,
  type DiagnosticTelemetryKind,
  type OnDiagnosticEvent,
  telemetryTransitions,
  type UiTelemetryKind,
} from './telemetry/telemetry.js';

/**
 * What the diagnostics follow: a raw SDK `Call`, a `CallAgent` (its active call), a `CallAdapter` or a
 * `StatefulCallClient` from `@azure/communication-react` (optionally one `callId` of it).
 *
 * @public
 */
export type DiagnosticsSource =
  | { readonly kind: 'call'; readonly call: CallLike }
  | { readonly kind: 'callAgent'; readonly agent: CallAgentLike }
  | { readonly kind: 'callAdapter'; readonly adapter: CallAdapterLike }
  | {
      readonly kind: 'statefulCallClient';
      readonly client: StatefulCallClientLike;
      readonly callId?: string | undefined;
    };

/**
 * Options of {@link createCallDiagnostics}.
 *
 * @public
 */
export interface CallDiagnosticsOptions extends DiagnosticsStoreOptions {
  /** Attach to this source at once. */
  readonly source?: DiagnosticsSource | undefined;
  /** Use this store instead of a new one (shared with another consumer, or seeded for a story). */
  readonly store?: DiagnosticsStore | undefined;
  /**
   * The SDK's `Features` (`import { Features } from '@azure/communication-calling'`), to follow a call's user-facing
   * diagnostics. Without it the kit loads the SDK itself, where the bundler allows.
   */
  readonly features?: FeaturesLike | undefined;
  /** Clock, for tests. */
  readonly now?: (() => number) | undefined;
  /** Replaces the lazy SDK loader (tests). */
  readonly loadFeatures?: (() => Promise<FeaturesLike>) | undefined;
  /**
   * The app's user id (ideally the ACS identifier, `8:acs:…`). The outcome history is kept per user under a salted
   * hash of it (never the raw id); telemetry records carry it only as `identifier` says. Read once.
   */
  readonly userId?: string | undefined;
  /**
   * What telemetry's `Identifier` holds. `'none'` (the default): nothing; records still join `ACSCallSummary` on
   * `CorrelationId` and `ParticipantId`. `'hashed'`: a 64-bit hash of `userId`, the same on every device
   * (pseudonymous, not anonymous: a guessable id such as a phone number can be found by hashing guesses). `'raw'`:
   * `userId` as given (pass the ACS identifier to match `ACSCallSummary.Identifier`).
   */
  readonly identifier?: 'raw' | 'hashed' | 'none' | undefined;
  /**
   * Keep personal data (ACS/Teams/phone ids, e-mail and IP addresses, ICE candidates) in support reports. Default
   * false: reports carry the call, server call and participant IDs and nothing else personal.
   */
  readonly keepPersonalData?: boolean | undefined;
  /**
   * Where call outcomes are kept: omitted → `localStorage` when present (memory otherwise); a Web Storage-like
   * object; a ready {@link OutcomeHistory}; `false` → no history (classification stays `unknown`).
   */
  readonly history?: OutcomeHistory | HistoryStorage | false | undefined;
  /** Bounds and key prefix of the default history (`maxOutcomes` 50, `maxAgeMs` 30 days). */
  readonly historyOptions?: Pick<OutcomeHistoryOptions, 'maxOutcomes' | 'maxAgeMs' | 'namespace'> | undefined;
  /** When relay failures count as `persistent` rather than `transient`. */
  readonly recurrence?:
    | {
        /** This many failures in a row (the newest outcomes) make it `persistent`. Default 2. */
        readonly consecutiveFailures?: number;
        /** Failures making up at least this share of all outcomes make it `persistent`. Default 0.5. */
        readonly failureRatio?: number;
        /** The fewest failures for the ratio rule. Default 3. */
        readonly minFailures?: number;
        /** What counts as a failure. Default: 410/3112 (no relay candidates). */
        readonly isFailure?: (outcome: CallOutcome) => boolean;
      }
    | undefined;
  /**
   * Receives a telemetry record (aligned to `ACSCallSummary`) when relays become unreachable, recover, the call
   * ends, and on the UI events the surfaces {@link CallDiagnostics.track | track}. Errors it throws are caught.
   */
  readonly onDiagnosticEvent?: OnDiagnosticEvent | undefined;
  /** Called with an error `onDiagnosticEvent` threw (default: ignored). */
  readonly onTelemetryError?: ((error: unknown) => void) | undefined;
  /** Extra redaction for reports and telemetry: literal strings or RegExps. */
  readonly redact?: readonly RedactRule[] | undefined;
  /** The `@azure/communication-calling` version, for reports and telemetry. */
  readonly sdkVersion?: string | undefined;
}

/**
 * The one framework-free object that owns the flow: source → events → store. React is a thin shell around it.
 *
 * @public
 */
export interface CallDiagnostics {
  /** The store the diagnosis lives in (give it to hooks and selectors). */
  readonly store: DiagnosticsStore;
  /** The current state (the same object until something visible changes). */
  getSnapshot(): DiagnosticsState;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /**
   * Follows `source` (detaching from the previous one first). When the source is a different call than before, the
   * state starts over. Returns a detach for exactly this attachment.
   */
  attach(source: DiagnosticsSource): () => void;
  /** Detaches from the current source, if any. */
  detach(): void;
  /** Feeds an event directly (manual sources, tests, stories). */
  dispatch(event: DiagnosticEvent): void;
  /** Starts a fresh attempt: clears the last call's diagnosis (keeps its timeline). */
  reset(): void;
  /** Detaches and disposes the store (if this object created it). */
  dispose(): void;
  /** The outcome history, or undefined with `history: false`. */
  readonly history: OutcomeHistory | undefined;
  /** Classifies the history as it is now (`unknown` without history). */
  getRecurrence(): RecurrenceClassification;
  /** The server call ID of the ended call, once `info.getServerCallId()` answered. */
  getServerCallId(): string | undefined;
  /**
   * What a support report of the current snapshot needs: the state, server call ID, classification, SDK version and
   * the `redact` rules. Build the report with `createSupportReport(diagnostics)` (the report code is then only
   * in the bundles that build one).
   */
  getReportInput(): Pick<
    SupportReportInput,
    'state' | 'serverCallId' | 'classification' | 'sdkVersion' | 'redact' | 'keepPersonalData'
  >;
  /** Emits a UI telemetry record (Retry pressed, panel opened, report copied or downloaded). Never throws. */
  track(kind: UiTelemetryKind): void;
  /**
   * Switches to another user without losing the diagnosis (a sign-in change in the same tab): the next outcomes go to
   * that user's history (when the kit made the history) and telemetry carries that user's `Identifier`.
   */
  setUserId(userId: string | undefined): void;
}

// Development-only messages: `isDevelopment() && process.env.NODE_ENV !== 'production'` (see dev.ts) shows them in a
// development build, browser or not, and folds away in production.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

type SourceKind = DiagnosticsSource['kind'];
type SourceOf<K extends SourceKind> = Extract<DiagnosticsSource, { readonly kind: K }>;
type Sink = (event: DiagnosticEvent) => void;

/** How to follow one kind of source: the object it follows (another one starts over) and how to attach to it. */
interface SourceAdapter<K extends SourceKind> {
  target(source: SourceOf<K>): unknown;
  attach(source: SourceOf<K>, sink: Sink, options: CallDiagnosticsOptions, now: () => number): Detach;
}

/** The source kinds, in the order error messages name them. */
const SOURCES: { readonly [K in SourceKind]: SourceAdapter<K> } = {
  call: {
    target: (source) => source.call,
    attach: (source, sink, { features, loadFeatures }, now) =>
      attachCall(source.call, sink, { features, loadFeatures, now }),
  },
  callAgent: {
    target: (source) => source.agent,
    attach: (source, sink, { features, loadFeatures }, now) =>
      attachCallAgent(source.agent, sink, { features, loadFeatures, now }),
  },
  callAdapter: {
    target: (source) => source.adapter,
    attach: (source, sink, _options, now) => attachCallAdapter(source.adapter, sink, { now }),
  },
  statefulCallClient: {
    target: (source) => source.client,
    attach: (source, sink, _options, now) =>
      attachStatefulCallClient(source.client, sink, { now, callId: source.callId }),
  },
};

function adapterOf<K extends SourceKind>(source: SourceOf<K>): SourceAdapter<K> {
  return SOURCES[source.kind as K];
}

function assertSource(source: unknown): asserts source is DiagnosticsSource {
  const kind = (source as { kind?: unknown } | null | undefined)?.kind;
  const kinds = Object.keys(SOURCES);
  if (!source || typeof source !== 'object' || !kinds.includes(kind as string)) {
    throw new TypeError(
      `createCallDiagnostics: unknown source ${JSON.stringify(kind)}; kind must be one of ${kinds.join(', ')}`,
    );
  }
}

/** What one diagnostics object holds between calls. */
interface Session {
  readonly options: CallDiagnosticsOptions;
  readonly store: DiagnosticsStore;
  readonly now: () => number;
  userId: string | undefined;
  history: OutcomeHistory | undefined;
  /** The source followed now, with its detach. */
  current: { readonly source: DiagnosticsSource; readonly detach: Detach } | undefined;
  /** The object (and stateful client call ID) followed last: attaching another one starts over. */
  last: { readonly target: unknown; readonly callId: string | undefined } | undefined;
  /** The server call ID of the last end, once the call answered. */
  serverCall: { readonly callId: string | undefined; id: string | undefined } | undefined;
  /** The `sourceIssue` reasons already said on the console (development). */
  readonly saidIssues: Set<string>;
}

function historyOf(options: CallDiagnosticsOptions, userId: string | undefined): OutcomeHistory | undefined {
  return resolveHistory(options.history, { ...options.historyOptions, userId, now: options.now });
}

const ignore = (): void => {};

/** Hands a telemetry record to the app; what its callback (or its error handler) throws never reaches the call UI. */
function sendTelemetry(session: Session, kind: DiagnosticTelemetryKind, state: DiagnosticsState): void {
  const { onDiagnosticEvent, onTelemetryError = ignore, identifier, sdkVersion, redact } = session.options;
  if (!onDiagnosticEvent) return;
  try {
    const at = session.now();
    onDiagnosticEvent(
      createTelemetryRecord(kind, state, { userId: session.userId, identifier, sdkVersion, redact, at }),
    );
  } catch (error) {
    try {
      onTelemetryError(error);
    } catch {
      // The app's error handler failed too; telemetry must never break the call UI.
    }
  }
}

/** The outcomes of a history; none when its list() throws (a broken custom history must not cost the diagnosis). */
function listOutcomes(history: OutcomeHistory): readonly CallOutcome[] | undefined {
  try {
    return history.list();
  } catch {
    // Classified on nothing: `unknown`, `no-history`.
  }
  return undefined;
}

function classify(session: Session): RecurrenceClassification {
  return classifyRecurrence(session.history && listOutcomes(session.history), session.options.recurrence);
}

/** Asks the ended call for its server call ID, once per end. Whatever goes wrong leaves the report without it. */
function fetchServerCallId(session: Session, callId: string | undefined): void {
  const entry: { readonly callId: string | undefined; id: string | undefined } = { callId, id: undefined };
  session.serverCall = entry;
  // Only a raw `Call` source has `call.info.getServerCallId()`. No source, another kind of source, no `info` or no
  // method (each a TypeError), a throwing getter or method: caught below; a rejection or not a string: no ID.
  try {
    const { info } = (session.current as { source: { call: { info: { getServerCallId(): unknown } } } }).source.call;
    Promise.resolve(info.getServerCallId()).then((id) => {
      // An entry replaced by a later end is no longer read: only the latest one's answer is ever returned.
      if (typeof id === 'string') entry.id = id;
    }, ignore);
  } catch {
    // No server call ID for this call; the report leaves it out.
  }
}

/** After an end: the server call ID asked for, the outcome recorded, the history classified into the state. */
function onCallEnded(session: Session, next: DiagnosticsState): void {
  const { store, history } = session;
  const ended = next.ended as NonNullable<DiagnosticsState['ended']>;
  fetchServerCallId(session, ended.callId);
  if (history && typeof ended.code === 'number') {
    try {
      history.record({ at: ended.at, code: ended.code, subCode: ended.subCode, callId: ended.callId });
    } catch {
      // A broken custom history must not cost the diagnosis.
    }
  }
  const recurrence = classify(session);
  store.dispatch({ type: 'recurrenceClassified', at: ended.at, recurrence });
  sendTelemetry(session, 'callEnded', { ...next, recurrence });
}

/**
 * Follows the store: telemetry on each transition, and the one place a call's outcome is recorded: the `ended`
 * transition (undefined → set). The reducer keeps one end per attempt, so re-attaching, StrictMode remounts and
 * duplicate end reports record nothing twice; the history also skips a call ID it already holds.
 */
function followStore(session: Session): () => void {
  const { store } = session;
  let previous = store.getSnapshot();
  const emitTelemetry = (kind: DiagnosticTelemetryKind, state: DiagnosticsState) => sendTelemetry(session, kind, state);
  return store.subscribe(() => {
    const next = store.getSnapshot();
    const before = previous;
    previous = next;
    for (const kind of telemetryTransitions(before, next)) emitTelemetry(kind, next);
    if (!before.ended && next.ended) onCallEnded(session, next);
  });
}

/** Follows `source` instead of the current one (a different object starts over); returns its own detach. */
function attachSource(session: Session, source: DiagnosticsSource): () => void {
  const { store, options, now } = session;
  const adapter = adapterOf(source);
  const target = adapter.target(source);
  const callId = source.kind === 'statefulCallClient' ? source.callId : undefined;
  if (session.last && (session.last.target !== target || session.last.callId !== callId)) {
    store.dispatch({ type: 'reset', at: now() });
  }
  session.last = { target, callId };
  const sink: Sink = (event) => {
    // Development only: in production builds the call and the function fold away.
    if (isDevelopment() && process.env.NODE_ENV !== 'production') {
      warnSourceIssue(event, session.saidIssues, options.redact);
    }
    store.dispatch(event);
  };
  const entry = { source, detach: adapter.attach(source, sink, options, now) };
  session.current = entry;
  return () => {
    if (session.current === entry) {
      session.current = undefined;
      entry.detach();
    }
  };
}

function detachCurrent(session: Session): void {
  const entry = session.current;
  session.current = undefined;
  entry?.detach();
}

/** The server call ID of the ended call (or of the call when none ended), once it answered. */
function serverCallIdOf(session: Session): string | undefined {
  const state = session.store.getSnapshot();
  const callId = state.ended?.callId ?? state.call.id;
  const entry = session.serverCall;
  return entry && entry.callId === callId ? entry.id : undefined;
}

/**
 * Creates the diagnostics object. See {@link CallDiagnostics}.
 *
 * @public
 */
export function createCallDiagnostics(options: CallDiagnosticsOptions = {}): CallDiagnostics {
  const store = options.store ?? createDiagnosticsStore(options);
  const session: Session = {
    options,
    store,
    now: options.now ?? Date.now,
    userId: options.userId,
    history: historyOf(options, options.userId),
    current: undefined,
    last: undefined,
    serverCall: undefined,
    saidIssues: new Set(),
  };
  const unsubscribe = followStore(session);
  const api: CallDiagnostics = {
    store,
    getSnapshot: () => store.getSnapshot(),
    subscribe: (listener) => store.subscribe(listener),
    dispatch: (event) => store.dispatch(event),
    attach(source) {
      assertSource(source);
      detachCurrent(session);
      return attachSource(session, source);
    },
    detach: () => detachCurrent(session),
    reset: () => store.dispatch({ type: 'reset', at: session.now() }),
    dispose() {
      detachCurrent(session);
      unsubscribe();
      if (!options.store) store.dispose();
    },
    get history() {
      return session.history;
    },
    setUserId(next) {
      if (next === session.userId) return;
      session.userId = next;
      // An app-given history object is the app's to key (resolveHistory returns it as it is); the kit's own is remade
      // under the new user's key. The same test as at creation: a storage with a `list` method is still a storage.
      session.history = historyOf(options, next);
    },
    getRecurrence: () => classify(session),
    getServerCallId: () => serverCallIdOf(session),
    getReportInput() {
      const state = store.getSnapshot();
      const { sdkVersion, redact, keepPersonalData } = options;
      return {
        state,
        serverCallId: serverCallIdOf(session),
        classification: state.recurrence,
        sdkVersion,
        redact,
        keepPersonalData,
      };
    },
    track: (kind) => sendTelemetry(session, kind, store.getSnapshot()),
  };
  if (options.source) api.attach(options.source);
  return api;
}
