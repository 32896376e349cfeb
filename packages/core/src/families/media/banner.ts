/** The media family's part of the banner: the most important media or device problem. */
import type { DiagnosticsState } from '../../store/state.js';
import type { ActiveMediaIssue } from './catalog.js';

/**
 * The banner's model when a media or device problem comes first.
 *
 * @public
 */
export interface MediaBannerModel {
  /** A media or device problem. */
  readonly kind: 'mediaIssue';
  /** The catalog row's severity. */
  readonly intent: 'error' | 'warning' | 'info';
  /** The media UFD; the React package's strings are `media.<diagnostic>…`. */
  readonly diagnostic: ActiveMediaIssue['entry']['diagnostic'];
  /** The device it concerns. */
  readonly device: ActiveMediaIssue['entry']['device'];
  /** Permission, missing device, stopped device or frozen camera. */
  readonly category: ActiveMediaIssue['entry']['category'];
  /** What to offer, in order (the banner shows at most two). */
  readonly actions: ActiveMediaIssue['entry']['actions'];
  /** The steps to allow access are the operating system's (macOS), not the browser's. */
  readonly systemSettings: boolean;
  /** When it began (epoch ms). */
  readonly since: number;
  /** How many other issues hold at the same time, in every family ("+N more"). */
  readonly moreIssues: number;
}

/** The banner for the family's top issue. */
export function mediaBanner(top: ActiveMediaIssue, _state: DiagnosticsState, moreIssues: number): MediaBannerModel {
  const { entry } = top;
  return {
    kind: 'mediaIssue',
    intent: entry.severity,
    diagnostic: entry.diagnostic,
    device: entry.device,
    category: entry.category,
    actions: entry.actions,
    systemSettings: entry.systemSettings,
    since: top.since,
    moreIssues,
  };
}
