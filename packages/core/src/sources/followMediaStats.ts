/**
 * A call's media statistics: one collector of `call.feature(Features.MediaStats)` (`createCollector`, its
 * `sampleReported`), disposed with the detach. The `CallAdapter` and `StatefulCallClient` of
 * `@azure/communication-react` carry no media statistics in their state and expose no call: quality needs the `Call`
 * (or a `CallAgent`, whose call in progress is one).
 */
import { errorMessage } from './listenerBag.js';
import type { CallLike, Detach } from './types.js';

/**
 * `MediaStatsCallFeature.createCollector`'s options.
 *
 * @public
 */
export interface MediaStatsCollectorOptionsLike {
  /** Seconds per sample; the SDK's default is 1. */
  readonly aggregationInterval?: number | undefined;
  /** Samples per summary. */
  readonly dataPointsPerAggregation?: number | undefined;
}

interface CollectorLike {
  on(event: 'sampleReported', listener: (sample: unknown) => void): void;
  off(event: 'sampleReported', listener: (sample: unknown) => void): void;
  dispose(): void;
}

function isCollector(value: unknown): value is CollectorLike {
  const c = value as CollectorLike | undefined;
  return !!c && typeof c.on === 'function' && typeof c.off === 'function' && typeof c.dispose === 'function';
}

/** Options of {@link followMediaStats}. */
export interface FollowMediaStatsOptions {
  /**
   * `Features.MediaStats`, or a promise of it (a `CallDiagnostics` finds it with its own `features` and loader: see
   * `findFeatureFactory`); a rejected promise or undefined is a problem said through `onProblem`.
   */
  readonly factory?: unknown;
  readonly collector?: MediaStatsCollectorOptionsLike | undefined;
  /** What went wrong, in words (no collector could be opened); the follow then does nothing. */
  readonly onProblem?: ((detail: string) => void) | undefined;
}

/**
 * Opens one collector on `call` and hands each sample to `onSample`; returns the detach that removes the listener and
 * disposes the collector (also when it is still being opened). Never throws: a call without the feature says why
 * through `onProblem`.
 */
export function followMediaStats(
  call: CallLike,
  onSample: (sample: unknown) => void,
  options: FollowMediaStatsOptions = {},
): Detach {
  let detached = false;
  let close: Detach = () => {}; // until a collector is open: nothing to close
  const open = (factory: unknown): void => {
    if (detached) return;
    try {
      const collector = (call.feature(factory) as { createCollector?: (o?: object) => unknown }).createCollector?.(
        options.collector ?? {},
      );
      if (!isCollector(collector)) throw new Error('call.feature(MediaStats) gave no collector');
      const listener = (sample: unknown) => {
        if (!detached) onSample(sample);
      };
      collector.on('sampleReported', listener);
      close = () => {
        collector.off('sampleReported', listener);
        collector.dispose();
      };
    } catch (error) {
      options.onProblem?.(errorMessage(error));
    }
  };
  const { factory } = options;
  if (factory instanceof Promise) {
    factory.then(open, (error: unknown) => {
      if (!detached) options.onProblem?.(errorMessage(error));
    });
  } else if (factory === undefined) {
    options.onProblem?.("no Features.MediaStats: pass the SDK's Features");
  } else open(factory);
  return () => {
    if (detached) return;
    detached = true;
    try {
      close();
    } catch {
      // A collector that throws on dispose is gone either way.
    }
  };
}
