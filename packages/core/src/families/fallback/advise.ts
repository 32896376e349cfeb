/**
 * During a call, when the network cannot carry it: after 10 samples in a row at `poor` with a camera on, offer to turn
 * the video off; when it is still `poor` 30 samples after that (40 in a row) and dial-in details are known, offer to
 * join by phone. Each offer at most once per call: once taken or dismissed it is never made again. An offer not acted
 * on goes away when the level recovers (or the camera goes off) and may come back. Pure: one step per quality sample.
 */
import type { QualityLevel } from '../quality/types.js';

/** How many samples in a row at `poor` each offer waits for (samples come about once a second). */
export const FALLBACK_SAMPLES = Object.freeze({
  /** With a camera on, before "Turn off my video". */
  videoOff: 10,
  /** After the video offer's wait, before "Join by phone" (so 40 in a row). */
  phone: 30,
});

/** Where the advice stands in one call. */
export interface FallbackAdvice {
  /** What to offer now. */
  readonly offer: 'none' | 'videoOff' | 'phone';
  /** Samples in a row at `poor`. */
  readonly poorSamples: number;
  /** Samples in a row at `poor` with a camera on. */
  readonly cameraPoorSamples: number;
  /** Offers taken or dismissed in this call: never made again. */
  readonly closed: readonly ('videoOff' | 'phone')[];
}

/** A call's advice before its first sample. */
export const NO_ADVICE: FallbackAdvice = Object.freeze({
  offer: 'none',
  poorSamples: 0,
  cameraPoorSamples: 0,
  closed: Object.freeze([]) as readonly never[],
});

/** What one sample tells the advice. */
export interface FallbackSample {
  /** The quality level after the sample. */
  readonly level: QualityLevel;
  /** A camera is on now. */
  readonly cameraOn: boolean;
  /** Dial-in details are known (from the app or the call). */
  readonly dialIn: boolean;
}

/** The advice after one more sample; the same object when nothing changed. */
export function adviseFallback(advice: FallbackAdvice, sample: FallbackSample): FallbackAdvice {
  const poor = sample.level === 'poor';
  const poorSamples = poor ? advice.poorSamples + 1 : 0;
  const cameraPoorSamples = poor && sample.cameraOn ? advice.cameraPoorSamples + 1 : 0;
  const open = (which: 'videoOff' | 'phone') => !advice.closed.includes(which);
  const offer =
    sample.dialIn && open('phone') && poorSamples >= FALLBACK_SAMPLES.videoOff + FALLBACK_SAMPLES.phone
      ? 'phone'
      : open('videoOff') && cameraPoorSamples >= FALLBACK_SAMPLES.videoOff
        ? 'videoOff'
        : 'none';
  if (offer === advice.offer && poorSamples === advice.poorSamples && cameraPoorSamples === advice.cameraPoorSamples) {
    return advice;
  }
  return { offer, poorSamples, cameraPoorSamples, closed: advice.closed };
}

/** The person took or dismissed an offer: it goes, and is not made again in this call. */
export function closeFallback(advice: FallbackAdvice, which: 'videoOff' | 'phone'): FallbackAdvice {
  if (advice.closed.includes(which)) return advice;
  return { ...advice, offer: advice.offer === which ? 'none' : advice.offer, closed: [...advice.closed, which] };
}
