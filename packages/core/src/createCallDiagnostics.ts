import { isDevelopment } from './dev.js';
import type { DiagnosticEvent } from './events.js';
import { telemetryTransitions } from './families/telemetry.js';
import { classifyRecurrence, type RecurrenceClassification } from './history/classifyRecurrence.js';
import type { CallOutcome, HistoryStorage, OutcomeHistory, OutcomeHistoryOptions } from './history/outcomeHistory.js';
import { resolveHistory } from './history/resolveHistory.js';
import type { SupportReportInput } from './report/createSupportReport.js';
import type { RedactRule } from './report/redact.js';
import { redactSecretValues } from './report/secrets.js';
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
  type TelemetryTransition,
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

const SOURCE_KINDS = ['call', 'callAgent', 'callAdapter', 'statefulCallClient'] as const;

/** The object a source follows (a new one starts a fresh diagnosis). */
function targetOf(source: DiagnosticsSource): unknown {
  switch (source.kind) {
    case 'call':
      return source.call;
    case 'callAgent':
      return source.agent;
    case 'callAdapter':
      return source.adapter;
    case 'statefulCallClient':
      return source.client;
  }
}

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
   * Send this client's diagnostics to the others in the call (`UserFacingDiagnosticsFeature.remote`
   * `.startSendingDiagnostics()` when a call attaches, `.stopSendingDiagnostics()` when it detaches), so their kit can
   * show "poor connection" on this participant's tile. Default false: sharing one's state is the app's choice. A raw
   * `Call` or a `CallAgent` only (the UI library's adapter and stateful client do not expose the feature).
   */
  readonly shareDiagnostics?: boolean | undefined;
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

/**
 * Says once per reason on the console what a source hit and how to fix it. The SDK's text is redacted first (the
 * app's rules, tokens, secret key values): it can quote tokens. Its one caller runs it in development only (the call
 * folds away in production, and this function with it).
 */
function warnSourceIssue(event: DiagnosticEvent, said: Set<string>, rules: readonly RedactRule[] | undefined): void {
  if (event.type !== 'sourceIssue' || said.has(event.reason)) return;
  said.add(event.reason);
  const fix: Record<string, string> = {
    'ufd-feature-unavailable':
      "the call's user-facing diagnostics could not be followed. Fix: pass features={Features} to CallDiagnosticsProvider (or `features: Features` to createCallDiagnostics), the `Features` export of the calling SDK.",
    'ufd-feature-threw':
      "call.feature() threw for UserFacingDiagnostics. Fix: pass features={Features} (the calling SDK's Features); a test double's feature() must accept Features.UserFacingDiagnostics (or set DUCK_TYPED_FEATURES on it).",
    'get-latest-threw':
      'reading the SDK object threw (often: it was already disposed). Fix: attach the live call or adapter.',
    'subscribe-threw':
      "subscribing to the SDK object's events threw (often: it was already disposed). Fix: attach the live object.",
    'handler-threw':
      'reading the SDK object inside one of its events threw; that event was skipped, the diagnosis goes on.',
  };
  // Stryker disable next-line StringLiteral: unreachable: every sourceIssue a source emits carries a detail
  const detail = redactSecretValues(event.detail ?? '', rules);
  // Stryker disable next-line StringLiteral: unreachable: every reason a source emits has a fix above
  const howToFix = fix[event.reason] ?? '';
  console.warn(`[call-diagnostics] ${event.reason}: ${detail} — ${howToFix}`);
}

function historyOf(options: CallDiagnosticsOptions, userId: string | undefined): OutcomeHistory | undefined {
  return resolveHistory(options.history, { ...options.historyOptions, userId, now: options.now });
}

function assertSource(source: unknown): asserts source is DiagnosticsSource {
  const s = source as DiagnosticsSource | undefined;
  if (!s || typeof s !== 'object' || !(SOURCE_KINDS as readonly string[]).includes(s.kind)) {
    throw new TypeError(
      `createCallDiagnostics: unknown source ${JSON.stringify((s as { kind?: unknown })?.kind)}; kind must be one of ${SOURCE_KINDS.join(', ')}`,
    );
  }
}

/**
 * Creates the diagnostics object. See {@link CallDiagnostics}.
 *
 * @public
 */
export function createCallDiagnostics(options: CallDiagnosticsOptions = {}): CallDiagnostics {
  const ownsStore = !options.store;
  const store = options.store ?? createDiagnosticsStore(options);
  const now = options.now ?? Date.now;
  let current: { source: DiagnosticsSource; detach: Detach } | undefined;
  let lastTarget: unknown;
  let lastCallId: string | undefined;
  let userId = options.userId;
  let history = historyOf(options, userId);
  let serverCall: { callId: string | undefined; id: string | undefined } | undefined;
  const saidIssues = new Set<string>();

  const emitTelemetry = (
    kind: DiagnosticTelemetryKind,
    state: DiagnosticsState = store.getSnapshot(),
    detail?: TelemetryTransition,
  ): void => {
    const onEvent = options.onDiagnosticEvent;
    if (!onEvent) return;
    try {
      onEvent(
        createTelemetryRecord(
          kind,
          state,
          {
            userId,
            identifier: options.identifier,
            sdkVersion: options.sdkVersion,
            redact: options.redact,
            at: now(),
          },
          detail,
        ),
      );
    } catch (error) {
      try {
        // Stryker disable next-line OptionalChaining: without a handler the TypeError lands in the catch below, as ignored
        options.onTelemetryError?.(error);
      } catch {
        // The app's error handler failed too; telemetry must never break the call UI.
      }
    }
  };
  const classify = (): RecurrenceClassification => {
    // No history, or a custom one whose list() throws: classified on nothing (`unknown`, `no-history`).
    let outcomes: readonly CallOutcome[] | undefined;
    try {
      // Stryker disable next-line OptionalChaining: without a history the TypeError lands in the catch: no outcomes either way
      outcomes = history?.list();
    } catch {
      // A broken custom history must not cost the diagnosis.
    }
    return classifyRecurrence(outcomes, options.recurrence);
  };
  const fetchServerCallId = (callId: string | undefined): void => {
    const call = (current?.source as { call?: CallLike } | undefined)?.call;
    const entry = { callId, id: undefined as string | undefined };
    serverCall = entry;
    try {
      // No call (another kind of source), no info or no method: undefined; a method that is not a function: caught below.
      // Stryker disable next-line OptionalChaining: without a call, info or method the TypeError lands in the catch: no server call ID either way
      Promise.resolve(call?.info?.getServerCallId?.()).then(
        (id) => {
          // An entry replaced by a later end is no longer read: only the latest one's answer is ever returned.
          if (typeof id === 'string') entry.id = id;
        },
        () => {},
      );
    } catch {
      // No server call ID for this call; the report leaves it out.
    }
  };
  // The one place a call's outcome is recorded: the store's `ended` transition (undefined → set). The reducer keeps
  // one end per attempt, so re-attaching, StrictMode remounts and duplicate end reports record nothing twice; the
  // history also skips a call ID it already holds.
  let previous = store.getSnapshot();
  const unsubscribe = store.subscribe(() => {
    const next = store.getSnapshot();
    const before = previous;
    previous = next;
    for (const transition of telemetryTransitions(before, next)) emitTelemetry(transition.kind, next, transition);
    if (before.ended || !next.ended) return;
    const ended = next.ended;
    fetchServerCallId(ended.callId);
    if (history && typeof ended.code === 'number') {
      try {
        history.record({ at: ended.at, code: ended.code, subCode: ended.subCode, callId: ended.callId });
      } catch {
        // A broken custom history must not cost the diagnosis.
      }
    }
    const recurrence = classify();
    store.dispatch({ type: 'recurrenceClassified', at: ended.at, recurrence });
    emitTelemetry('callEnded', { ...next, recurrence });
  });

  const api: CallDiagnostics = {
    store,
    getSnapshot: () => store.getSnapshot(),
    subscribe: (listener) => store.subscribe(listener),
    dispatch: (event) => store.dispatch(event),
    attach(source) {
      assertSource(source);
      api.detach();
      const target = targetOf(source);
      const callId = source.kind === 'statefulCallClient' ? source.callId : undefined;
      if (lastTarget !== undefined && (lastTarget !== target || lastCallId !== callId)) {
        store.dispatch({ type: 'reset', at: now() });
      }
      lastTarget = target;
      lastCallId = callId;
      const { features, loadFeatures, shareDiagnostics } = options;
      const callOptions = { features, now, loadFeatures, shareDiagnostics };
      const sink = (event: DiagnosticEvent) => {
        // Development only: in production builds the call and the function fold away.
        if (isDevelopment() && process.env.NODE_ENV !== 'production') {
          warnSourceIssue(event, saidIssues, options.redact);
        }
        store.dispatch(event);
      };
      const detach =
        source.kind === 'call'
          ? attachCall(source.call, sink, callOptions)
          : source.kind === 'callAgent'
            ? attachCallAgent(source.agent, sink, callOptions)
            : source.kind === 'callAdapter'
              ? attachCallAdapter(source.adapter, sink, { now })
              : attachStatefulCallClient(source.client, sink, { now, callId: source.callId });
      const entry = { source, detach };
      current = entry;
      return () => {
        if (current === entry) {
          current = undefined;
          detach();
        }
      };
    },
    detach() {
      const entry = current;
      current = undefined;
      entry?.detach();
    },
    reset() {
      store.dispatch({ type: 'reset', at: now() });
    },
    dispose() {
      api.detach();
      unsubscribe();
      if (ownsStore) store.dispose();
    },
    get history() {
      return history;
    },
    setUserId(next) {
      if (next === userId) return;
      userId = next;
      // An app-given history object is the app's to key (resolveHistory returns it as it is); the kit's own is remade
      // under the new user's key. The same test as at creation: a storage with a `list` method is still a storage.
      history = historyOf(options, userId);
    },
    getRecurrence: classify,
    getServerCallId: () => {
      const state = store.getSnapshot();
      const callId = state.ended?.callId ?? state.call.id;
      return serverCall && serverCall.callId === callId ? serverCall.id : undefined;
    },
    getReportInput() {
      const state = store.getSnapshot();
      return {
        state,
        serverCallId: api.getServerCallId(),
        classification: state.recurrence,
        sdkVersion: options.sdkVersion,
        redact: options.redact,
        keepPersonalData: options.keepPersonalData,
      };
    },
    track(kind) {
      emitTelemetry(kind);
    },
  };
  if (options.source) api.attach(options.source);
  return api;
}
