/**
 * A Teams meeting's dial-in details, from the SDK: `call.feature(Features.TeamsMeetingAudioConferencing)
 * .getTeamsMeetingAudioConferencingDetails()`. The SDK answers only once the call is `Connected` (403/45952 before the
 * join, 403/45953 in the lobby, 400/45950 for a call that is not a Teams meeting), so the fallback advisor asks once,
 * when it starts on a connected call (the React package's fallback chunk); the feature factory comes through the
 * diagnostics' feature finder (`sources/findFeature.ts`).
 */
import type { CallLike } from '../../sources/types.js';
import { type DialInInfo, dialInFromTeams } from './dialIn.js';

/** Options of {@link readTeamsDialIn}. */
export interface ReadTeamsDialInOptions {
  /**
   * `Features.TeamsMeetingAudioConferencing`, as the source found it (the app's `features`, the SDK loaded, or a
   * stand-in for a call that ignores the factory). The source finds it with the code it already holds for the UFDs, so
   * this chunk holds only the reading.
   */
  readonly factory: Promise<unknown>;
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
    const factory = await options.factory;
    if (factory === undefined || options.isDetached()) return;
    // A feature without the method throws here, and the catch below takes it like any other failure.
    const feature = call.feature(factory) as { getTeamsMeetingAudioConferencingDetails: () => Promise<unknown> };
    const details = await feature.getTeamsMeetingAudioConferencingDetails();
    const dialIn = dialInFromTeams(details);
    if (dialIn && !options.isDetached()) onDetails(dialIn);
  } catch {
    // 400/45950 (not a Teams meeting) and every other failure: no details from the call.
  }
}
