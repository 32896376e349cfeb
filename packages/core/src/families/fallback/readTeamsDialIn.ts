/**
 * A Teams meeting's dial-in details, from the SDK: `call.feature(Features.TeamsMeetingAudioConferencing)
 * .getTeamsMeetingAudioConferencingDetails()`. The SDK answers only once the call is `Connected` (403/45952 before the
 * join, 403/45953 in the lobby, 400/45950 for a call that is not a Teams meeting), so the source asks once, when the
 * call first connects; its own chunk, fetched then (most calls never connect to a Teams meeting).
 */
import { sdkFeatureFactory } from '../../sources/sdkFeatures.js';
import { type CallLike, DUCK_TYPED_FEATURES, type FeaturesLike } from '../../sources/types.js';
import { type DialInInfo, dialInFromTeams } from './dialIn.js';

/** The factory given to a call whose `feature()` ignores its argument (fakes, wrappers): no SDK needed. */
const STAND_IN_FACTORY = Object.freeze({ name: 'TeamsMeetingAudioConferencing' });

/** Options of {@link readTeamsDialIn}. */
export interface ReadTeamsDialInOptions {
  /** The SDK's `Features` (its `TeamsMeetingAudioConferencing`); else the SDK is loaded (a duck-typed call needs none). */
  readonly features?: FeaturesLike | undefined;
  /** Loads the SDK's `Features` when none were given. */
  readonly loadFeatures?: (() => Promise<FeaturesLike>) | undefined;
  /** True once the attachment is gone: a late answer is then dropped. */
  readonly isDetached: () => boolean;
}

/**
 * Asks the call for its Teams dial-in details once and hands usable ones to `onDetails`. Never throws and never
 * rejects: a call that is not a Teams meeting (400/45950), an SDK without the feature, a throwing `feature()` or an
 * answer without a number all leave the details unknown (the app's `dialIn` still counts).
 */
export async function readTeamsDialIn(
  call: CallLike,
  onDetails: (dialIn: DialInInfo) => void,
  options: ReadTeamsDialInOptions,
): Promise<void> {
  try {
    const duckTyped = (call as unknown as Record<symbol, unknown>)[DUCK_TYPED_FEATURES] === true;
    const given = (options.features as Record<string, unknown> | undefined)?.TeamsMeetingAudioConferencing;
    const factory =
      duckTyped && !given
        ? STAND_IN_FACTORY
        : await sdkFeatureFactory('TeamsMeetingAudioConferencing', options.features, options.loadFeatures);
    if (options.isDetached()) return;
    const feature = call.feature(factory) as { getTeamsMeetingAudioConferencingDetails?: () => Promise<unknown> };
    const details = await feature.getTeamsMeetingAudioConferencingDetails?.();
    const dialIn = dialInFromTeams(details);
    if (dialIn && !options.isDetached()) onDetails(dialIn);
  } catch {
    // 400/45950 (not a Teams meeting) and every other failure: no details from the call.
  }
}
