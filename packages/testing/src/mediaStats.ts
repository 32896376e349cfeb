import type { MediaStatsReportSample } from '@azure/communication-calling';

/** The audio figures of one fake media statistics sample. */
export interface FakeAudioFigures {
  /** Round-trip time in ms. */
  readonly rttMs: number;
  /** Jitter in ms. */
  readonly jitterMs: number;
  /** Packet loss in % (of packets sent or received). */
  readonly lossPercent: number;
  /** Audio packets per second each way (0: silence or mute). Default 50. */
  readonly packetsPerSecond?: number;
}

/** A good path: 40 ms RTT, 5 ms jitter, no loss. */
export const GOOD_AUDIO: FakeAudioFigures = Object.freeze({ rttMs: 40, jitterMs: 5, lossPercent: 0 });
/** A fair path: 250 ms RTT, 10 ms jitter, no loss. */
export const FAIR_AUDIO: FakeAudioFigures = Object.freeze({ rttMs: 250, jitterMs: 10, lossPercent: 0 });
/** A poor path: 450 ms RTT, 45 ms jitter, 6 % loss. */
export const POOR_AUDIO: FakeAudioFigures = Object.freeze({ rttMs: 450, jitterMs: 45, lossPercent: 6 });

/**
 * A `MediaStatsReportSample` as the SDK's collector reports it (`sampleReported`), with the same audio figures sent and
 * received, for `FakeCallControls.pushMediaStats` or a quality monitor's `push`.
 */
export function createMediaStatsSample(figures: FakeAudioFigures): MediaStatsReportSample {
  const pps = figures.packetsPerSecond ?? 50;
  const lost = pps > 0 ? (pps * figures.lossPercent) / (100 - figures.lossPercent) : 0;
  const audio = {
    rttInMs: figures.rttMs,
    jitterInMs: figures.jitterMs,
    packetsPerSecond: pps,
    packetsLostPerSecond: lost,
  };
  return {
    audio: { send: [{ id: 'as0', ...audio }], receive: [{ id: 'ar0', ...audio }] },
    video: { send: [], receive: [] },
    screenShare: { send: [], receive: [] },
    transports: [{ id: 't0', rttInMs: figures.rttMs }],
  } as MediaStatsReportSample;
}
