// The media family's part of the surfaces, a chunk fetched when a media UFD is first raised (`mediaSurfacesChunk`): its
// part of the banner (the catalog and selectors behind `mediaIssue` models), the banner's words for it, the person's
// platform (the steps to allow a device), Unmute through the call's controls (for the banner and the muted notice), and
// the family's locale tree (its en-US words and loaders; ParticipantDiagnostics reads it too).
// A call without a media problem never downloads it; the banner's chunk, fetched on every mount, holds the network
// family's part only. No Fluent component here: a second lazy chunk sharing the app's Fluent modules (MessageBar) made
// Vite 8 (Rolldown) split the app's own vendor chunk, which cost the first load more than the notice weighs
// (rolldown#10731).
import { type CallControls, controlsOf, selectMediaIssues } from '@call-diagnostics/core';
import { family, mediaBanner } from '@call-diagnostics/core/internal';
import type { CallDiagnosticsContextValue } from '../../context/CallDiagnosticsContext.js';
import type { MediaStrings } from './strings/en-US.js';
import type { MediaBannerParts } from './useMediaBannerParts.js';

export { mediaIssueState } from './bannerState.js';
export { detectPlatform } from './platform.js';
export { mediaStrings } from './strings/tree.js';

/** The media family's part of the banner. */
export const familyBanner = family({ issues: selectMediaIssues, banner: mediaBanner });

const CHOOSE = { microphone: 'chooseMicrophone', camera: 'chooseCamera', speaker: 'chooseSpeaker' } as const;

/**
 * The banner's media actions: "Unmute" through the call's controls (undefined when the call cannot be unmuted from
 * here; a failure goes to `failed(true)`, said in words, never thrown at the host) and "Choose another …" through the
 * app's device settings (undefined without `onOpenDeviceSettings`).
 */
export function mediaActions(
  context: CallDiagnosticsContextValue | undefined,
  labels: MediaStrings['actions'],
  failed: (failed: boolean) => void,
): Pick<MediaBannerParts, 'unmute' | 'chooseDevice'> {
  const command = unmuteOf(context);
  const open = context?.onOpenDeviceSettings;
  return {
    unmute: command && {
      id: 'unmute',
      label: labels.unmute,
      onClick: () => {
        failed(false);
        command().catch(() => failed(true));
      },
      opensPanel: false,
    },
    chooseDevice:
      open &&
      ((device) => ({
        id: 'chooseDevice',
        label: labels[CHOOSE[device]],
        onClick: () => open(device),
        opensPanel: false,
      })),
  };
}

/** The call's Unmute, as `useCallControls()` gives it: the provider's `controls` over its source's own. */
export function unmuteOf(context: CallDiagnosticsContextValue | undefined): CallControls['unmute'] {
  const source = context?.callSource;
  const own = context?.controls;
  return { ...(source ? controlsOf(source) : {}), ...own }.unmute;
}
