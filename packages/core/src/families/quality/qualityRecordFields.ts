import type { QualityAssessment, QualityLevel } from './types.js';

/**
 * The fields of a `qualityChanged` telemetry record, from an assessment: no figures beyond the MOS, no device names,
 * no ids.
 *
 * @public
 */
export interface QualityRecordFields {
  /** The level. */
  readonly level: QualityLevel;
  /** The last sample's MOS to one decimal; undefined when no audio flowed in it. */
  readonly mos: number | undefined;
  /** The reasons as `kind:direction` (`loss:receive`, `ufd:send`…), in the assessment's order. */
  readonly reasons: readonly string[];
}

/**
 * The telemetry fields of `assessment` (pure): its level, its MOS rounded to one decimal and its reasons as
 * `kind:direction` strings. For one `qualityChanged` record per change of level or reasons.
 *
 * @public
 */
export function qualityRecordFields(assessment: QualityAssessment): QualityRecordFields {
  const { level, mos, reasons } = assessment;
  return {
    level,
    mos: mos === undefined ? undefined : Math.round(mos * 10) / 10,
    reasons: reasons.map((r) => `${r.kind}:${r.direction}`),
  };
}
