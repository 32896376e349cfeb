/**
 * The quality family's thresholds: one table, each value with its source in docs/quality.md.
 */

/**
 * The figures a sample is judged by, each with two tiers: crossing `fair` makes a sample at least fair, crossing
 * `poor` makes it poor. A figure crosses a tier when it is strictly above it, except `mos` and
 * `availableOutgoingBitrate`, which cross when strictly below. Every value and its source: docs/quality.md.
 *
 * @public
 */
export interface QualityThresholds {
  /** The E-model's estimate (1–4.5), lower is worse: fair below R 80 (4.03), poor below R 70 (3.60). */
  readonly mos: { readonly fair: number; readonly poor: number };
  /** Audio round-trip time in ms: fair above 200 (ACS's recommendation), poor above 400 (Twilio's `high-rtt`). */
  readonly rttMs: { readonly fair: number; readonly poor: number };
  /** Audio jitter in ms: fair above 30 (Teams' target, Twilio's `high-jitter`), poor above 50 (ITU-T Y.1541). */
  readonly jitterMs: { readonly fair: number; readonly poor: number };
  /** Audio packet loss in % per direction: fair above 1 (Teams' target, Twilio), poor above 10 (Teams CQD). */
  readonly lossPercent: { readonly fair: number; readonly poor: number };
  /**
   * The transports' available outgoing bitrate in bit/s, lower is worse, judged only while video or a screen is sent:
   * fair below 500,000 (ACS: a 360p video call), poor below 40,000 (ACS: an audio call).
   */
  readonly availableOutgoingBitrate: { readonly fair: number; readonly poor: number };
  /**
   * Received video frozen since the previous sample, in ms (the growth of `totalFreezeDurationInMs`, worst stream):
   * fair above 0 (any freeze), poor above 500 (half of the SDK's one-second sample interval).
   */
  readonly freezeMs: { readonly fair: number; readonly poor: number };
}

/**
 * The kit's thresholds (frozen). Sources: docs/quality.md. Override any tier with `createQualityMonitor`'s
 * `thresholds` option.
 *
 * @public
 */
export const QUALITY_THRESHOLDS: QualityThresholds = Object.freeze({
  mos: Object.freeze({ fair: 4.03, poor: 3.6 }),
  rttMs: Object.freeze({ fair: 200, poor: 400 }),
  jitterMs: Object.freeze({ fair: 30, poor: 50 }),
  lossPercent: Object.freeze({ fair: 1, poor: 10 }),
  availableOutgoingBitrate: Object.freeze({ fair: 500_000, poor: 40_000 }),
  freezeMs: Object.freeze({ fair: 0, poor: 500 }),
});

/**
 * Tiers to replace in {@link QUALITY_THRESHOLDS}, figure by figure: a tier that is not a number (or is NaN) keeps the
 * kit's value. `Infinity` (`-Infinity` or `0` for `mos` and `availableOutgoingBitrate`) switches a tier off.
 *
 * @public
 */
export type QualityThresholdOverrides = {
  readonly [K in keyof QualityThresholds]?:
    | { readonly fair?: number | undefined; readonly poor?: number | undefined }
    | undefined;
};

type Figure = keyof QualityThresholds;

/** A tier of `overrides` when it is a number that is not NaN, else the kit's. */
function tier(overrides: QualityThresholdOverrides[Figure], kit: number, which: 'fair' | 'poor'): number {
  const value: unknown = Object(overrides)[which];
  return typeof value === 'number' && !Number.isNaN(value) ? value : kit;
}

/** {@link QUALITY_THRESHOLDS} with `overrides` applied (a frozen copy; the kit's own table when there are none). */
export function resolveThresholds(overrides: QualityThresholdOverrides | undefined): QualityThresholds {
  if (overrides === undefined) return QUALITY_THRESHOLDS;
  const entries = (Object.keys(QUALITY_THRESHOLDS) as Figure[]).map((figure) => {
    const kit = QUALITY_THRESHOLDS[figure];
    const own = Object(overrides)[figure] as QualityThresholdOverrides[Figure];
    return [figure, Object.freeze({ fair: tier(own, kit.fair, 'fair'), poor: tier(own, kit.poor, 'poor') })];
  });
  return Object.freeze(Object.fromEntries(entries)) as unknown as QualityThresholds;
}
