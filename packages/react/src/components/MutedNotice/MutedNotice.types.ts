import type { DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';

/** Props of {@link MutedNotice}. */
export interface MutedNoticeProps {
  /** The diagnostics to read; defaults to the provider's. */
  readonly diagnostics?: DiagnosticsSourceLike;
  /** Unmutes; defaults to the provider's controls (`call.unmute()`, `adapter.unmute()`). Without either, no button. */
  readonly onUnmute?: (() => Promise<void> | void) | undefined;
  /** Merged last over the notice's class. */
  readonly className?: string;
}

/** What the notice shows, decided by `useMutedNotice_unstable`. */
export interface MutedNoticeState {
  /** Whether the notice shows: the person speaks while muted, the strings are here, and it was not closed. */
  readonly visible: boolean;
  /** "You're muted". */
  readonly title: string;
  /** "You're speaking, but your microphone is muted.", or why unmuting failed. */
  readonly body: string;
  /** The Unmute action, when the call can be unmuted from here. */
  readonly unmute: { readonly label: string; readonly onClick: () => void } | undefined;
  /** Closes the notice until the person speaks while muted again. */
  readonly dismiss: { readonly label: string; readonly onClick: () => void };
  /** The notice's class (its root). */
  readonly className: string;
  /** The classes of its parts (set by `useMutedNotice_unstable`). */
  readonly classes?: { readonly body: string; readonly title: string; readonly actions: string } | undefined;
  /** Its actions' look: a Fluent link drawn on a native `<button>` (the banner's, set by `useMutedNotice_unstable`). */
  readonly actionClassName?: string | undefined;
}
