import type { DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';

/** Props of {@link FallbackNotice}. */
export interface FallbackNoticeProps {
  /** The diagnostics to read; defaults to the provider's. */
  readonly diagnostics?: DiagnosticsSourceLike;
  /**
   * Turns the camera off; defaults to the provider's controls (`call.stopVideo(stream)` for each local video stream,
   * `adapter.stopCamera()`). Without either, the video-off notice is not offered.
   */
  readonly onStopVideo?: (() => Promise<void> | void) | undefined;
  /** Whether a camera is on now; defaults to the provider's controls. Without either, no camera is assumed. */
  readonly isVideoOn?: (() => boolean) | undefined;
  /** Merged last over the notice's class. */
  readonly className?: string;
}

/** One action of the notice. */
export interface FallbackNoticeAction {
  /** `turnOffVideo`, `joinByPhone` (a `tel:` link) or `dismiss`. */
  readonly id: 'turnOffVideo' | 'joinByPhone' | 'dismiss';
  /** The action's text. */
  readonly label: string;
  /** What it does. */
  readonly onClick: () => void;
  /** For `joinByPhone`: the `tel:` link that dials the number and enters the conference ID. */
  readonly href?: string | undefined;
}

/** What the notice shows, decided by `useFallbackNotice_unstable`. */
export interface FallbackNoticeState {
  /** Whether the notice shows: an offer stands, its strings are here, and the call has not ended. */
  readonly visible: boolean;
  /** `videoOff` ("Turn off my video"), `phone` ("Join by phone") or `none`. */
  readonly offer: 'none' | 'videoOff' | 'phone';
  /** "Your network is struggling", "Still a poor connection". */
  readonly title: string;
  /** Why, and what the action does; or why turning video off failed; for the phone, the number and ID in words. */
  readonly lines: readonly string[];
  /** The offer's action ("Turn off my video", "Join by phone"). */
  readonly action: FallbackNoticeAction | undefined;
  /** "Not now": closes the offer for this call. */
  readonly dismiss: FallbackNoticeAction;
  /** The notice's class (its root). */
  readonly className: string;
  /** The classes of its parts (set by `useFallbackNotice_unstable`). */
  readonly classes?: { readonly body: string; readonly title: string; readonly actions: string } | undefined;
  /** The actions' class (buttons and links with a Fluent link's look). */
  readonly actionClassName?: string | undefined;
}
