/**
 * The quality of the call a diagnostics object follows: a {@link QualityMonitor} fed by one media statistics collector
 * on the call (a new call: a fresh monitor and collector; the end: the collector disposed, the level kept), the
 * network quality UFDs from the store, and one `qualityChanged` telemetry record per change of level or reasons, with
 * a log of those changes for the support report. A chunk of its own: started when something first reads quality.
 */
import type { DiagnosticsSource } from '../../createCallDiagnostics.js';
import { findFeature } from '../../sources/findFeature.js';
import { followMediaStats, type MediaStatsCollectorOptionsLike } from '../../sources/followMediaStats.js';
import type { CallAgentLike, CallLike, FeaturesLike } from '../../sources/types.js';
import type { DiagnosticsState } from '../../store/state.js';
import type { TelemetryDetail, TrackedTelemetryKind } from '../../telemetry/telemetry.js';
import { createQualityMonitor, type QualityMonitor } from './createQualityMonitor.js';
import { qualityRecordFields } from './qualityRecordFields.js';
import type { QualityAssessment } from './types.js';

/**
 * What the session reads and tells: the diagnostics object's state and its telemetry (a `CallDiagnostics` is one).
 *
 * @public
 */
export interface QualitySessionTarget {
  /** Calls `listener` after each change of the state. */
  subscribe(listener: () => void): () => void;
  /** The current state. */
  getSnapshot(): DiagnosticsState;
  /** Sends a telemetry record (`qualityChanged`). */
  track?(kind: TrackedTelemetryKind, detail?: TelemetryDetail): void;
}

/**
 * Options of {@link startQualitySession}.
 *
 * @public
 */
export interface QualitySessionOptions {
  /** The SDK's `Features` (its `MediaStats` factory); a call that declares duck-typed features needs none. */
  readonly features?: FeaturesLike | undefined;
  /** The collector's options (`aggregationInterval` in seconds, default 1). */
  readonly collector?: MediaStatsCollectorOptionsLike | undefined;
  /** Clock, for tests. */
  readonly now?: (() => number) | undefined;
}

/**
 * A running quality session.
 *
 * @public
 */
export interface QualitySession {
  /** The monitor the call's samples feed. */
  readonly monitor: QualityMonitor;
  /** Each change of level or reasons, oldest first (for the support report). */
  getLog(): readonly { readonly at: number; readonly assessment: QualityAssessment }[];
  /** Why no statistics are coming (no call, a holder without them, a call without the feature), if so. */
  getProblem(): string | undefined;
  /**
   * Calls `listener` after each sample the call reported, with the assessment after it (for rules that count
   * samples, such as the fallbacks'). What it throws is caught. Returns the unsubscribe function.
   */
  onSample(listener: (assessment: QualityAssessment) => void): () => void;
  /** Disposes the collector and lets go of everything. */
  stop(): void;
}

const LOG_LIMIT = 100;

/** The call the source follows now: the `Call`, or a `CallAgent`'s newest call not disconnected. */
export function callOf(source: DiagnosticsSource | undefined): CallLike | undefined {
  if (source?.kind === 'call') return source.call;
  if (source?.kind !== 'callAgent') return undefined;
  try {
    return [...(source.agent as CallAgentLike).calls].reverse().find((call) => call.state !== 'Disconnected');
  } catch {
    // An agent whose calls cannot be read has none to follow.
  }
  return undefined;
}

/**
 * `Features.MediaStats` for `call`: the session's `features`' member, else the one the target finds with its own
 * `features` and loader (`findFeature`), else none.
 */
function mediaStatsFactory(target: QualitySessionTarget, call: CallLike, options: QualitySessionOptions): unknown {
  const given = (options.features as Record<string, unknown> | undefined)?.MediaStats;
  if (given !== undefined) return given;
  return findFeature(target, 'MediaStats', call);
}

/**
 * Starts the quality session of `target` (a `CallDiagnostics`) following `source`. The UI library's adapter and
 * stateful client carry no media statistics: with them the level stays `unknown` and `getProblem()` says why.
 *
 * @public
 */
export function startQualitySession(
  target: QualitySessionTarget,
  source: DiagnosticsSource | undefined,
  options: QualitySessionOptions = {},
): QualitySession {
  const now = options.now ?? Date.now;
  const monitor = createQualityMonitor({ now });
  const log: { at: number; assessment: QualityAssessment }[] = [];
  let problem: string | undefined;
  let followed: { call: CallLike | undefined; detach: () => void } | undefined;
  let lastCall: CallLike | undefined;
  let ufd: { send?: unknown; receive?: unknown } = {};
  const sampleListeners = new Set<(assessment: QualityAssessment) => void>();
  const onSample = (sample: unknown): void => {
    const assessment = monitor.push(sample as never);
    for (const listener of [...sampleListeners]) {
      try {
        listener(assessment);
      } catch {
        // A reader's error never stops the others or the collector.
      }
    }
  };

  // The call in progress: a collector on it. The end disposes the collector and keeps the level; another call starts
  // a fresh monitor.
  const follow = (state: DiagnosticsState): void => {
    const call = state.ended ? undefined : callOf(source);
    if (followed && followed.call === call) return;
    followed?.detach();
    if (call && lastCall && call !== lastCall) monitor.reset();
    if (call) lastCall = call;
    problem =
      call || state.ended
        ? undefined
        : source && source.kind !== 'call' && source.kind !== 'callAgent'
          ? 'no-media-stats'
          : 'no-call';
    const detach = call
      ? followMediaStats(call, onSample, {
          factory: mediaStatsFactory(target, call, options),
          collector: options.collector,
          onProblem: (detail) => {
            problem = detail;
          },
        })
      : () => {};
    followed = { call, detach };
  };
  const passUfds = (state: DiagnosticsState): void => {
    const send = state.network.networkSendQuality?.value;
    const receive = state.network.networkReceiveQuality?.value;
    // The monitor's clock (`now`) dates what it is told.
    if (send !== ufd.send && send !== undefined) monitor.setNetworkQuality('networkSendQuality', send);
    if (receive !== ufd.receive && receive !== undefined) monitor.setNetworkQuality('networkReceiveQuality', receive);
    ufd = { send, receive };
  };
  const onState = (): void => {
    const state = target.getSnapshot();
    follow(state);
    passUfds(state);
  };
  const stopMonitor = monitor.subscribe(() => {
    const assessment = monitor.getSnapshot();
    log.push({ at: now(), assessment });
    if (log.length > LOG_LIMIT) log.shift();
    const { level, mos, reasons } = qualityRecordFields(assessment);
    try {
      target.track?.('qualityChanged', { qualityLevel: level, mos, qualityReasons: reasons });
    } catch {
      // Telemetry never breaks the call UI.
    }
  });
  const stopState = target.subscribe(onState);
  onState();
  return {
    monitor,
    getLog: () => log.slice(),
    getProblem: () => problem,
    onSample(listener) {
      sampleListeners.add(listener);
      return () => {
        sampleListeners.delete(listener);
      };
    },
    stop() {
      sampleListeners.clear();
      stopState();
      stopMonitor();
      followed?.detach();
      followed = undefined;
    },
  };
}
