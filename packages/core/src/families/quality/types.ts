/**
 * The quality family's public shapes: the level, its reasons and the assessment a quality monitor publishes.
 */
/**
 * A call's quality as a person can read it. `unknown` before any valid sample and after 5 samples in a row in which
 * no audio packet flowed either way (silence or mute is not a bad network).
 *
 * @public
 */
export type QualityLevel = 'good' | 'fair' | 'poor' | 'unknown';

/**
 * One figure past its threshold, in one direction. `kind`:
 * - `rtt`, `jitter`, `loss`: audio round-trip time (ms), jitter (ms), packet loss (%) of the audio `send`-ing or
 *   `receive`-ing;
 * - `bandwidth`: the available outgoing bitrate (bit/s) while video or a screen is sent (`send`);
 * - `freeze`: received video frozen since the previous sample (ms, worst stream; `receive`);
 * - `ufd`: the SDK's own `networkSendQuality` / `networkReceiveQuality` user-facing diagnostic is Bad (`value` and
 *   `threshold` 3, `DiagnosticQuality.Bad`), which makes the level `poor` at once.
 *
 * @public
 */
export interface QualityReason {
  /** Which figure crossed its threshold. */
  readonly kind: 'rtt' | 'jitter' | 'loss' | 'bandwidth' | 'freeze' | 'ufd';
  /** The direction it concerns. */
  readonly direction: 'send' | 'receive';
  /** The tier it crossed. */
  readonly severity: 'fair' | 'poor';
  /** The figure, in the unit of its kind. */
  readonly value: number;
  /** The threshold of the tier it crossed (see {@link QualityThresholds}). */
  readonly threshold: number;
}

/**
 * The audio figures of one direction in one sample.
 *
 * @public
 */
export interface QualityDirectionFigures {
  /** Packets per second that arrived (receive) or left (send), all audio streams of the direction together. */
  readonly packetsPerSecond: number;
  /** Loss in %: lost / (packets + lost) per second. */
  readonly lossPercent: number;
  /** Round-trip time in ms (the streams' own, else their transport's), worst stream; undefined when none reported. */
  readonly rttMs: number | undefined;
  /** Jitter in ms, worst stream; undefined when none reported. */
  readonly jitterMs: number | undefined;
  /** The E-model's estimate for this direction (a missing RTT or jitter counts as 0). */
  readonly mos: number;
}

/**
 * What a {@link QualityMonitor} shows: the level with its hysteresis and its reasons, and the figures of the last valid
 * sample. Frozen; the same object until something in it changes.
 *
 * @public
 */
export interface QualityAssessment {
  /** The steady level (see docs/quality.md for its rules). */
  readonly level: QualityLevel;
  /**
   * Why the level is not `good`: the figures past their thresholds in the recent samples at that level (the last
   * ones seen while the level recovers), `ufd` first; empty when the level is `good` or `unknown`. Listeners are told
   * when their kinds or directions change, not when only their figures move.
   */
  readonly reasons: readonly QualityReason[];
  /** The E-model's estimate of the last valid sample, worst direction; undefined when no audio flowed in it. */
  readonly mos: number | undefined;
  /** The last valid sample's figures; undefined before the first one. */
  readonly figures:
    | {
        /** Audio sent; undefined when none flowed. */
        readonly send: QualityDirectionFigures | undefined;
        /** Audio received; undefined when none flowed. */
        readonly receive: QualityDirectionFigures | undefined;
        /** The lowest available outgoing bitrate of the transports (bit/s); undefined when none reported. */
        readonly availableOutgoingBitrate: number | undefined;
        /** Received video frozen since the previous sample (ms, worst stream); undefined without video totals. */
        readonly freezeMs: number | undefined;
      }
    | undefined;
  /** When the level took its value (the `at` of the push or call that changed it); undefined before any change. */
  readonly since: number | undefined;
}
