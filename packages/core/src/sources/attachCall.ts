import type { DiagnosticArea, DiagnosticEvent, SourceIssueReason } from '../events.js';
import { assertSink, createListenerBag } from './listenerBag.js';
import { loadSdkFeatures } from './sdkFeatures.js';
import {
  type CallLike,
  type Detach,
  type DiagnosticChangedArgsLike,
  type DiagnosticsEmitterLike,
  DUCK_TYPED_FEATURES,
  type FeaturesLike,
  type UserFacingDiagnosticsLike,
} from './types.js';

/** Where a source sends its events. */
export type EventSink = (event: DiagnosticEvent) => void;

/** Options of {@link attachCall}. */
export interface AttachCallOptions {
  /**
   * The SDK's `Features` (`import { Features } from '@azure/communication-calling'`). Recommended: without it the
   * kit loads the SDK module lazily to find `Features.UserFacingDiagnostics`.
   */
  readonly features?: FeaturesLike | undefined;
  /** Clock, for tests. Defaults to `Date.now`. */
  readonly now?: (() => number) | undefined;
  /** Loads the SDK's `Features` when none were given. Defaults to a dynamic import of the SDK. */
  readonly loadFeatures?: (() => Promise<FeaturesLike>) | undefined;
}

const SENTINEL_FACTORY = Object.freeze({ name: 'UserFacingDiagnostics' });

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isEmitter(value: unknown): value is DiagnosticsEmitterLike {
  const v = value as DiagnosticsEmitterLike | undefined;
  return !!v && typeof v.getLatest === 'function' && typeof v.on === 'function' && typeof v.off === 'function';
}

function isUfdFeature(value: unknown): value is UserFacingDiagnosticsLike {
  return !!value && typeof value === 'object' && isEmitter((value as UserFacingDiagnosticsLike).network);
}

function assertCall(call: unknown): asserts call is CallLike {
  const c = call as CallLike | null | undefined;
  if (!c || typeof c !== 'object' || typeof c.on !== 'function' || typeof c.off !== 'function' || !c.feature) {
    throw new TypeError(
      `attachCall: expected the SDK's Call (with on, off and feature), got ${c === null ? 'null' : typeof c}`,
    );
  }
}

/**
 * Attaches to a raw ACS SDK `Call`: reads what the call already knows (`getLatest()`, `state`, `callEndReason`),
 * then follows `networkRelaysNotReachable` and the other UFDs, `stateChanged` and `idChanged`. On `Disconnected` it
 * reads `callEndReason` once. Returns a detach that removes exactly the listeners it added.
 *
 * Problems the call throws at us (a missing UFD feature, a throwing `getLatest`) become `sourceIssue` events;
 * only a value that is not a call at all throws, synchronously, with a TypeError.
 */
export function attachCall(call: CallLike, sink: EventSink, options: AttachCallOptions = {}): Detach {
  assertCall(call);
  assertSink('attachCall', sink);
  const now = options.now ?? Date.now;
  let detached = false;
  let endReported = false;

  const emit = (event: DiagnosticEvent): void => {
    if (!detached) sink(event);
  };
  const issue = (reason: SourceIssueReason, detail?: string): void =>
    emit({ type: 'sourceIssue', at: now(), reason, detail });
  const read = <T>(get: () => T): T | undefined => {
    try {
      return get();
    } /* Stryker disable next-line BlockStatement: an empty catch returns undefined too */ catch {
      return undefined;
    }
  };

  const listeners = createListenerBag((detail, reason) => issue(reason, detail));
  const reportEnd = (): void => {
    if (endReported) return;
    endReported = true;
    const reason = read(() => call.callEndReason);
    emit({ type: 'callEnded', at: now(), callId: read(() => call.id), code: reason?.code, subCode: reason?.subCode });
  };
  const onStateChanged = listeners.guard((): void => {
    const state = read(() => call.state);
    if (typeof state !== 'string') return;
    emit({ type: 'callStateChanged', at: now(), state });
    if (state === 'Disconnected') reportEnd();
  });
  const onIdChanged = listeners.guard((): void => {
    const id = read(() => call.id);
    if (typeof id === 'string') emit({ type: 'callIdChanged', at: now(), callId: id });
  });

  emit({
    type: 'attached',
    at: now(),
    source: 'call',
    callId: read(() => call.id),
    // Stryker disable next-line OptionalChaining: read() turns the TypeError of a missing info into the same undefined
    participantId: read(() => call.info?.participantId),
    state: read(() => call.state),
  });

  if (
    listeners.add(
      () => call.on('stateChanged', onStateChanged),
      () => call.off('stateChanged', onStateChanged),
    )
  ) {
    listeners.add(
      () => call.on('idChanged', onIdChanged),
      () => call.off('idChanged', onIdChanged),
    );
  }

  const attachEmitter = (area: DiagnosticArea, emitter: DiagnosticsEmitterLike): void => {
    const onChanged = listeners.guard((args: DiagnosticChangedArgsLike): void => {
      if (!args || typeof args !== 'object') return;
      emit({ type: 'diagnosticChanged', at: now(), area, diagnostic: args.diagnostic, value: args.value });
    });
    try {
      const latest = emitter.getLatest() as Record<string, { value?: unknown } | undefined> | undefined;
      const at = now();
      for (const [diagnostic, reading] of Object.entries(latest ?? {})) {
        const value = reading?.value;
        if (typeof value === 'boolean' || typeof value === 'number') {
          emit({ type: 'diagnosticChanged', at, area, diagnostic, value, initial: true });
        }
      }
    } catch (error) {
      issue('get-latest-threw', `${area}: ${message(error)}`);
    }
    listeners.add(
      () => emitter.on('diagnosticChanged', onChanged),
      () => emitter.off('diagnosticChanged', onChanged),
    );
  };

  /** `quiet`: a first try with the stand-in factory, whose refusal is not a problem yet. */
  const attachFeature = (factory: unknown, quiet?: boolean): boolean => {
    let feature: unknown;
    try {
      feature = call.feature(factory);
    } catch (error) {
      if (!quiet) issue('ufd-feature-threw', message(error));
      return false;
    }
    if (!isUfdFeature(feature)) {
      if (!quiet) {
        issue('ufd-feature-unavailable', 'call.feature(UserFacingDiagnostics) gave no network diagnostics');
      }
      return false;
    }
    attachEmitter('network', feature.network);
    if (isEmitter(feature.media)) attachEmitter('media', feature.media);
    return true;
  };

  const duckTyped = (call as unknown as Record<symbol, unknown>)[DUCK_TYPED_FEATURES] === true;
  const loadAndAttach = (fallback: boolean): void => {
    (options.loadFeatures ?? loadSdkFeatures)().then(
      (features) => {
        if (!detached) attachFeature(features.UserFacingDiagnostics);
      },
      (error: unknown) => {
        if (detached) return;
        issue('ufd-feature-unavailable', `could not load the SDK: ${message(error)}`);
        if (fallback) attachFeature(SENTINEL_FACTORY);
      },
    );
  };
  if (options.features) {
    attachFeature(options.features.UserFacingDiagnostics);
  } else if (duckTyped) {
    attachFeature(SENTINEL_FACTORY);
  } else if (typeof MediaStream === 'undefined' && !options.loadFeatures) {
    // Outside a browser the call is most likely a stand-in whose feature() is duck-typed; a double that checks the
    // factory (as the SDK does) refuses it, and then the SDK's own Features are tried before giving up.
    if (!attachFeature(SENTINEL_FACTORY, true)) loadAndAttach(false);
  } else {
    loadAndAttach(true);
  }

  if (read(() => call.state) === 'Disconnected') reportEnd();

  return () => {
    // Stryker disable next-line ConditionalExpression: release() is idempotent, so a second detach does nothing anyway
    if (detached) return;
    detached = true;
    listeners.release();
  };
}
