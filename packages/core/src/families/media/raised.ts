/**
 * The media family's selectors over the raw readings, catalog-free (the surfaces fetched on every mount use them): whether
 * any media UFD is raised (the cue to fetch the family's part of the surfaces) and since when the person speaks muted.
 */
import type { DiagnosticsState } from '../../store/state.js';
import { isRaised } from './names.js';

/**
 * True while a media UFD reading is raised (a device problem, or speaking while muted) on a call that has not ended:
 * the React surfaces fetch the media family's part (its catalog, its banner words, the call's controls) on this cue, so
 * a call without a media problem never downloads it.
 */
export function selectMediaRaised(state: DiagnosticsState): boolean {
  return !state.ended && Object.values(state.media).some((reading) => isRaised(reading.value));
}

/**
 * Since when the person has been speaking while muted (`speakingWhileMicrophoneIsMuted` raised), or undefined: the cue
 * for the polite "You're muted" notice, never the error banner. Undefined once the call ended.
 *
 * @public
 */
export function selectSpeakingWhileMuted(state: DiagnosticsState): number | undefined {
  const reading = state.media.speakingWhileMicrophoneIsMuted;
  return !state.ended && reading && isRaised(reading.value) ? reading.at : undefined;
}
