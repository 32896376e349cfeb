import type {
  IncomingAudioMediaStats,
  IncomingVideoMediaStats,
  MediaStatsReportSample,
  OutgoingAudioMediaStats,
  OutgoingVideoMediaStats,
  TransportMediaStats,
} from '@azure/communication-calling';

/** The SDK's fields, each optional and possibly undefined (as the SDK may report them). */
type Loose<T> = { [K in keyof T]?: T[K] | undefined };

/** The figures of one audio stream (the SDK's fields; `id` is filled in). */
export type AudioFigures = Loose<OutgoingAudioMediaStats<number, string> & IncomingAudioMediaStats<number, string>>;

/** A good path: 40 ms RTT, 5 ms jitter, no loss, 50 packets a second (MOS 4.41). */
export const GOOD: AudioFigures = { rttInMs: 40, jitterInMs: 5, packetsPerSecond: 50, packetsLostPerSecond: 0 };
/** The bad path: 450 ms RTT, 45 ms jitter, 6 % loss (3 lost of 50; MOS 1.91). */
export const BAD: AudioFigures = { rttInMs: 450, jitterInMs: 45, packetsPerSecond: 47, packetsLostPerSecond: 3 };
/** A fair path: 250 ms RTT, 10 ms jitter, no loss (MOS 3.97; the RTT is past its fair tier). */
export const FAIR: AudioFigures = { rttInMs: 250, jitterInMs: 10, packetsPerSecond: 50, packetsLostPerSecond: 0 };
/** No packets (silence with DTX, or mute). */
export const SILENT: AudioFigures = { packetsPerSecond: 0, packetsLostPerSecond: 0 };

/**
 * A `MediaStatsReportSample` as the SDK reports it (typed by the real SDK): the audio streams given (each with an
 * `id`), and the video, screen-share and transport parts (empty unless given).
 */
export function statsSample(parts: {
  send?: readonly AudioFigures[];
  receive?: readonly AudioFigures[];
  videoSend?: readonly Loose<OutgoingVideoMediaStats<number, string>>[];
  videoReceive?: readonly Loose<IncomingVideoMediaStats<number, string>>[];
  screenSend?: readonly Loose<OutgoingVideoMediaStats<number, string>>[];
  transports?: readonly Loose<TransportMediaStats<number>>[];
}): MediaStatsReportSample {
  // Figures left undefined on purpose are kept (the SDK's typings leave them out).
  const withId = <T extends object>(prefix: string, list: readonly T[] = []) =>
    list.map((s, i) => ({ id: `${prefix}${i}`, ...s })) as never[];
  return {
    audio: { send: withId('as', parts.send), receive: withId('ar', parts.receive) },
    video: { send: withId('vs', parts.videoSend), receive: withId('vr', parts.videoReceive) },
    screenShare: { send: withId('ss', parts.screenSend), receive: [] },
    transports: withId('t', parts.transports),
  };
}

/** A sample with the same audio figures both ways. */
export const audioSample = (figures: AudioFigures): MediaStatsReportSample =>
  statsSample({ send: [figures], receive: [figures] });
