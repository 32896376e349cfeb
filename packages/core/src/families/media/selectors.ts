/** The media family's selectors: the media and device problems that hold now, and the "you're muted" cue. Pure. */
import type { DiagnosticsState } from '../../store/state.js';
import { type ActiveMediaIssue, compareMediaIssues, lookupMediaIssue } from './catalog.js';
import { isRaised } from './names.js';

/**
 * Every media or device problem that holds now, most important first: permission denied \> no device \> a device
 * that stopped, failed or does not work \> a frozen camera (microphone before speaker, camera and screen within each;
 * the earlier one first). Speaking while muted is not a problem here (see {@link selectSpeakingWhileMuted}); unknown
 * names are left out; empty once the call ended.
 *
 * @public
 */
export function selectMediaIssues(state: DiagnosticsState): readonly ActiveMediaIssue[] {
  if (state.ended) return [];
  const issues: ActiveMediaIssue[] = [];
  for (const [diagnostic, reading] of Object.entries(state.media)) {
    const entry = lookupMediaIssue(diagnostic);
    if (!entry || entry.category === 'muted' || !isRaised(reading.value)) continue;
    issues.push({ entry, since: reading.at });
  }
  return issues.sort(compareMediaIssues);
}

export { selectSpeakingWhileMuted } from './raised.js';
