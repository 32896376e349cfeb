import { isDevelopment } from './dev.js';
import { warnSourceIssue } from './devWarnings.js';
import type { DiagnosticEvent } from './events.js';
import { telemetryTransitions } from './families/telemetry.js';
import { classifyRecurrence, type RecurrenceClassification } from './history/classifyRecurrence.js';
import type { CallOutcome, HistoryStorage, OutcomeHistory, OutcomeHistoryOptions } from './history/outcomeHistory.js';
import { resolveHistory } from './history/resolveHistory.js';
import type { RedactRule } from './report/secrets.js';
import type { SupportReportInput } from './report/types.js';
import { assertAdapter, assertAgent, assertClient } from './sources/assertSources.js';
import { attachCall } from './sources/attachCall.js';
import { lazyAttach } from './sources/lazyAttach.js';
import { loadSdkFeatures } from './sources/sdkFeatures.js';
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
import type {
  DiagnosticTelemetryKind,
  OnDiagnosticEvent,
  TelemetryDetail,
  TelemetryTransition,
  TrackedTelemetryKind,
} from './telemetry/telemetry.js';
import { createTelemetrySender } from './telemetry/telemetrySender.js';

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
   * Keep personal data (ACS/Teams/phone ids, e-mail and IP addresses, ICE candidates) in support reports and in the
   * development console's messages. Default false: reports carry the call, server call and participant IDs and
   * nothing else personal.
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
  /**
   * Emits a telemetry record of what the person did (Retry pressed, panel opened, report copied or downloaded) or what
   * the quality session and the fallbacks saw (`qualityChanged`, `fallbackOffered`, `fallbackChosen`, with their
   * `detail`). Never throws.
   */
  track(kind: TrackedTelemetryKind, detail?: TelemetryDetail): void;
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
type AttachOptions = Pick<CallDiagnosticsOptions, 'features' | 'loadFeatures' | 'shareDiagnostics'> & {
  readonly now: () => number;
};

/** How each kind of source is followed (in the order error messages name the kinds). */
// The Call source is in the first load (most apps hold a Call); the others are fetched on first use (lazyAttach), after
// their holder is checked at once, with what the holder knew at the request (an end meanwhile is not missed).
const ATTACH: { readonly [K in SourceKind]: (source: SourceOf<K>, sink: Sink, options: AttachOptions) => Detach } = {
  call: (source, sink, options) => attachCall(source.call, sink, options),
  callAgent: ({ agent }, sink, options) => {
    assertAgent(agent);
    // The calls now, followed when the code arrives if the one in progress ended meanwhile: its end is not missed.
    const callsAtRequest = [...callsQuietly(agent)];
    const load = async () => {
      const { attachCallAgent } = await import('./sources/attachCallAgent.js');
      return (target: CallAgentLike, to: Sink) => attachCallAgent(target, to, { ...options, callsAtRequest });
    };
    return lazyAttach(load, agent, sink, options.now);
  },
  callAdapter: ({ adapter }, sink, { now }) => {
    assertAdapter(adapter);
    const load = async () => {
      const { attachCallAdapter } = await import('./sources/attachCallAdapter.js');
      return (target: CallAdapterLike, to: Sink) => attachCallAdapter(target, to, { now });
    };
    return lazyAttach(load, adapter, sink, now);
  },
  statefulCallClient: ({ client, callId }, sink, { now }) => {
    assertClient(client);
    // The state now, followed first when the code arrives: a call that ends meanwhile is not missed.
    const stateAtRequest = readStateQuietly(client);
    const load = async () => {
      const { attachStatefulCallClient } = await import('./sources/attachStatefulCallClient.js');
      return (target: StatefulCallClientLike, to: Sink) =>
        attachStatefulCallClient(target, to, { now, callId, stateAtRequest });
    };
    return lazyAttach(load, client, sink, now);
  },
};

/** The property holding the object each kind of source follows (a new object starts a fresh diagnosis). */
const TARGET: { readonly [K in SourceKind]: Exclude<keyof SourceOf<K>, 'kind' | 'callId'> } = {
  call: 'call',
  callAgent: 'agent',
  callAdapter: 'adapter',
  statefulCallClient: 'client',
};

function assertSource(source: unknown): asserts source is DiagnosticsSource {
  const kind = (source as { kind?: unknown } | null | undefined)?.kind;
  const kinds = Object.keys(ATTACH);
  if (!source || typeof source !== 'object' || !kinds.includes(kind as string)) {
    throw new TypeError(
      `createCallDiagnostics: unknown source ${JSON.stringify(kind)}; kind must be one of ${kinds.join(', ')}`,
    );
  }
}

/** The agent's calls, or none when reading them throws (the source reports that itself once attached). */
function callsQuietly(agent: CallAgentLike): readonly CallLike[] {
  try {
    return agent.calls ?? [];
  } catch {
    return [];
  }
}

/** The client's state, or undefined when `getState()` throws (the source reports that itself once attached). */
function readStateQuietly(client: StatefulCallClientLike): ReturnType<StatefulCallClientLike['getState']> | undefined {
  try {
    return client.getState();
  } catch {
    return undefined;
  }
}

function historyOf(options: CallDiagnosticsOptions, userId: string | undefined): OutcomeHistory | undefined {
  return resolveHistory(options.history, { ...options.historyOptions, userId, now: options.now });
}

const ignore = (): void => {};

/** Hands a telemetry record to the app; what its callback (or its error handler) throws never reaches the call UI. */
/** The outcomes of a history; none when its list() throws (a broken custom history must not cost the diagnosis). */
function listOutcomes(history: OutcomeHistory): readonly CallOutcome[] | undefined {
  try {
    return history.list();
  } catch {
    // Classified on nothing: `unknown`, `no-history`.
  }
  return undefined;
}

/** Records an ended call's outcome (one with a code); a broken custom history must not cost the diagnosis. */
function recordOutcome(history: OutcomeHistory | undefined, ended: NonNullable<DiagnosticsState['ended']>): void {
  try {
    if (history && typeof ended.code === 'number') {
      history.record({ at: ended.at, code: ended.code, subCode: ended.subCode, callId: ended.callId });
    }
  } catch {
    // The end is still diagnosed and classified.
  }
}

/** The server call ID of one ended call: `id` is set once the call answered. */
interface ServerCallEntry {
  readonly callId: string | undefined;
  id: string | undefined;
}

/** Asks the followed call for the server call ID of the call that ended. Whatever goes wrong leaves it unknown. */
function requestServerCallId(current: { readonly source: DiagnosticsSource } | undefined, callId: string | undefined) {
  const entry: ServerCallEntry = { callId, id: undefined };
  // Only a raw `Call` source has `call.info.getServerCallId()`. No source, another kind of source, no `info` or no
  // method (each a TypeError), a throwing getter or method: caught below; a rejection or not a string: no ID.
  try {
    const { info } = (current as { source: { call: { info: { getServerCallId(): unknown } } } }).source.call;
    Promise.resolve(info.getServerCallId()).then((id) => {
      // An entry replaced by a later end is no longer read: only the latest one's answer is ever returned.
      if (typeof id === 'string') entry.id = id;
    }, ignore);
  } catch {
    // No server call ID for this call; the report leaves it out.
  }
  return entry;
}

/** The server call ID of the call in the state (the ended one, else the one in progress), when it answered. */
function serverCallIdOf(state: DiagnosticsState, entry: ServerCallEntry | undefined): string | undefined {
  const callId = state.ended?.callId ?? state.call.id;
  return entry && entry.callId === callId ? entry.id : undefined;
}

/** What `createSupportReport` needs of the diagnosis (see {@link CallDiagnostics.getReportInput}). */
function reportInputOf(state: DiagnosticsState, serverCallId: string | undefined, options: CallDiagnosticsOptions) {
  const { sdkVersion, redact, keepPersonalData } = options;
  return { state, serverCallId, classification: state.recurrence, sdkVersion, redact, keepPersonalData };
}

/** The options with the app's loader run once for every feature the kit opens (UFDs, media statistics, dial-in details). */
function loadingOnce(given: CallDiagnosticsOptions): CallDiagnosticsOptions {
  const loader = given.loadFeatures;
  let loaded: ReturnType<NonNullable<typeof loader>> | undefined;
  return loader ? { ...given, loadFeatures: () => (loaded ??= loader()) } : given;
}

/**
 * Creates the diagnostics object. See {@link CallDiagnostics}.
 *
 * @public
 */
export function createCallDiagnostics(given: CallDiagnosticsOptions = {}): CallDiagnostics {
  const options = loadingOnce(given);
  const store = options.store ?? createDiagnosticsStore(options);
  const now = options.now ?? Date.now;
  let current: { readonly source: DiagnosticsSource; readonly detach: Detach } | undefined;
  let last: { readonly target: unknown; readonly callId: string | undefined } | undefined;
  let userId = options.userId;
  let history = historyOf(options, userId);
  let serverCall: ServerCallEntry | undefined;
  const saidIssues = new Set<string>();

  const sendTelemetry = createTelemetrySender(options);
  const { identifier, sdkVersion, redact } = options;
  const emitTelemetry = (kind: DiagnosticTelemetryKind, state = store.getSnapshot(), detail?: TelemetryTransition) =>
    sendTelemetry(kind, state, { userId, identifier, sdkVersion, redact, at: now() }, detail);
  const classify = (): RecurrenceClassification =>
    classifyRecurrence(history && listOutcomes(history), options.recurrence);
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
    serverCall = requestServerCallId(current, next.ended.callId);
    recordOutcome(history, next.ended);
    const recurrence = classify();
    store.dispatch({ type: 'recurrenceClassified', at: next.ended.at, recurrence });
    emitTelemetry('callEnded', { ...next, recurrence });
  });
  const sink: Sink = (event) => {
    // Development only: in production builds the call and the function fold away.
    if (isDevelopment() && process.env.NODE_ENV !== 'production') warnSourceIssue(event, saidIssues, options);
    store.dispatch(event);
  };

  const api: CallDiagnostics = {
    store,
    getSnapshot: () => store.getSnapshot(),
    subscribe: (listener) => store.subscribe(listener),
    dispatch: (event) => store.dispatch(event),
    attach(source) {
      assertSource(source);
      api.detach();
      const target = (source as unknown as Record<string, unknown>)[TARGET[source.kind]];
      const callId = source.kind === 'statefulCallClient' ? source.callId : undefined;
      if (last && (last.target !== target || last.callId !== callId)) store.dispatch({ type: 'reset', at: now() });
      last = { target, callId };
      const { features, loadFeatures, shareDiagnostics } = options;
      const attach = ATTACH[source.kind] as (source: DiagnosticsSource, sink: Sink, options: AttachOptions) => Detach;
      const entry = { source, detach: attach(source, sink, { features, loadFeatures, now, shareDiagnostics }) };
      current = entry;
      return () => {
        if (current === entry) {
          current = undefined;
          entry.detach();
        }
      };
    },
    detach() {
      const entry = current;
      current = undefined;
      entry?.detach();
    },
    reset: () => store.dispatch({ type: 'reset', at: now() }),
    dispose() {
      api.detach();
      unsubscribe();
      if (!options.store) store.dispose();
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
    getServerCallId: () => serverCallIdOf(store.getSnapshot(), serverCall),
    getReportInput: () => reportInputOf(store.getSnapshot(), api.getServerCallId(), options),
    track: (kind, detail) => emitTelemetry(kind, undefined, detail && { ...detail, kind }),
    // The SDK features a chunk fetched later opens on the call (media statistics, a Teams meeting's dial-in details),
    // found as the sources find the UFDs, under a key such chunks read without importing the finder (findFeature.ts).
    [Symbol.for('call-diagnostics.findFeature')]: {
      features: options.features,
      load: options.loadFeatures ?? loadSdkFeatures,
    },
  };
  if (options.source) api.attach(options.source);
  return api;
}
