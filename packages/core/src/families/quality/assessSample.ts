/**
 * One sample on its own: its figures per direction, its MOS, the figures past their thresholds and its class.
 */
import { estimateMos } from './estimateMos.js';
import type { AudioStreamFigures, SampleFigures, TransportFigures } from './readSample.js';
import type { QualityThresholds } from './thresholds.js';
import type { QualityAssessment, QualityDirectionFigures, QualityReason } from './types.js';

/** A sample's class: the worst tier any of its figures (or its MOS) reached. */
export type SampleSeverity = 'good' | 'fair' | 'poor';

/** One sample judged on its own. */
export interface SampleAssessment {
  /** Whether audio packets flowed in either direction (a sample without is neither good nor bad: silence, mute). */
  readonly flowing: boolean;
  readonly severity: SampleSeverity;
  /** The figures past their thresholds, in the reasons' order (rtt, jitter, loss, bandwidth, freeze; send first). */
  readonly reasons: readonly QualityReason[];
  readonly mos: number | undefined;
  readonly figures: NonNullable<QualityAssessment['figures']>;
}

type Tiers = QualityThresholds[keyof QualityThresholds];
type Kind = QualityReason['kind'];
type Direction = QualityReason['direction'];

/** The larger of two optional figures. */
function larger(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.max(a, b);
}

/** The smaller of two optional figures. */
function smaller(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.min(a, b);
}

/** The round-trip time of a stream: its own, else its transport's, else the worst transport's. */
function streamRtt(stream: AudioStreamFigures, transports: readonly TransportFigures[]): number | undefined {
  if (stream.rttMs !== undefined) return stream.rttMs;
  const own = transports.find((t) => t.id === stream.transportId && t.rttMs !== undefined);
  return own ? own.rttMs : transports.reduce<number | undefined>((worst, t) => larger(worst, t.rttMs), undefined);
}

/** The audio figures of one direction; undefined when no packet flowed. */
function directionFigures(
  streams: readonly AudioStreamFigures[],
  transports: readonly TransportFigures[],
): QualityDirectionFigures | undefined {
  let packetsPerSecond = 0;
  let lost = 0;
  let rttMs: number | undefined;
  let jitterMs: number | undefined;
  for (const stream of streams) {
    packetsPerSecond += stream.packetsPerSecond;
    lost += stream.packetsLostPerSecond;
    if (stream.packetsPerSecond === 0) continue;
    rttMs = larger(rttMs, streamRtt(stream, transports));
    jitterMs = larger(jitterMs, stream.jitterMs);
  }
  if (packetsPerSecond === 0) return undefined;
  const lossPercent = (100 * lost) / (packetsPerSecond + lost);
  const mos = estimateMos(rttMs ?? 0, jitterMs ?? 0, lossPercent);
  return Object.freeze({ packetsPerSecond, lossPercent, rttMs, jitterMs, mos });
}

/** The tier `value` is past (above it, or below it when `lowerIsWorse`), if any. */
function tierOf(value: number | undefined, tiers: Tiers, lowerIsWorse: boolean): 'fair' | 'poor' | undefined {
  // An absent figure is NaN here: it is past no tier.
  const v = value ?? Number.NaN;
  const past = (threshold: number) => (lowerIsWorse ? v < threshold : v > threshold);
  return past(tiers.poor) ? 'poor' : past(tiers.fair) ? 'fair' : undefined;
}

/** The reason for `value` past a tier of `tiers`, if it is. */
function reason(
  kind: Kind,
  direction: Direction,
  value: number | undefined,
  tiers: Tiers,
  lowerIsWorse = false,
): QualityReason | undefined {
  const severity = tierOf(value, tiers, lowerIsWorse);
  if (severity === undefined) return undefined;
  return Object.freeze({ kind, direction, severity, value: value as number, threshold: tiers[severity] });
}

/** Received video frozen since `previous` (ms, worst stream); undefined when no stream reports its total. */
function freezeGrowth(totals: ReadonlyMap<unknown, number>, previous: ReadonlyMap<unknown, number>) {
  let worst: number | undefined;
  for (const [stream, total] of totals) {
    const before = previous.get(stream) ?? total;
    // A total that went down belongs to a restarted stream: nothing is known about this interval.
    worst = Math.max(worst ?? 0, total - Math.min(before, total));
  }
  return worst;
}

/** The lowest available outgoing bitrate the transports report. */
function outgoingBitrate(transports: readonly TransportFigures[]): number | undefined {
  return transports.reduce<number | undefined>((lowest, t) => smaller(lowest, t.availableOutgoingBitrate), undefined);
}

/** The figures past their thresholds, in order. */
function reasonsOf(figures: SampleAssessment['figures'], visualSent: boolean, t: QualityThresholds) {
  const { send, receive } = figures;
  const candidates = [
    reason('rtt', 'send', send?.rttMs, t.rttMs),
    reason('rtt', 'receive', receive?.rttMs, t.rttMs),
    reason('jitter', 'send', send?.jitterMs, t.jitterMs),
    reason('jitter', 'receive', receive?.jitterMs, t.jitterMs),
    reason('loss', 'send', send?.lossPercent, t.lossPercent),
    reason('loss', 'receive', receive?.lossPercent, t.lossPercent),
    visualSent
      ? reason('bandwidth', 'send', figures.availableOutgoingBitrate, t.availableOutgoingBitrate, true)
      : undefined,
    reason('freeze', 'receive', figures.freezeMs, t.freezeMs),
  ];
  return Object.freeze(candidates.filter((r): r is QualityReason => r !== undefined));
}

/**
 * Judges one checked sample against the thresholds. `previousFreezeTotals` are the received video streams' freeze
 * totals of the previous valid sample (the growth since then is this sample's freeze).
 */
export function assessSample(
  sample: SampleFigures,
  previousFreezeTotals: ReadonlyMap<unknown, number>,
  thresholds: QualityThresholds,
): SampleAssessment {
  const send = directionFigures(sample.audioSend, sample.transports);
  const receive = directionFigures(sample.audioReceive, sample.transports);
  const figures = Object.freeze({
    send,
    receive,
    availableOutgoingBitrate: outgoingBitrate(sample.transports),
    freezeMs: freezeGrowth(sample.freezeTotals, previousFreezeTotals),
  });
  const reasons = reasonsOf(figures, sample.visualSendPackets > 0, thresholds);
  const mos = smaller(send?.mos, receive?.mos);
  const severities = [tierOf(mos, thresholds.mos, true), ...reasons.map((r) => r.severity)];
  const severity = severities.includes('poor') ? 'poor' : severities.includes('fair') ? 'fair' : 'good';
  return { flowing: mos !== undefined, severity, reasons, mos, figures };
}
