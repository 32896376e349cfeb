import type { FirewallProfile, RelayProbeIceServer, RelayProbeResult, RelayProbeSummary } from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import type { CopyStatus } from '../../hooks/useCopyToClipboard.js';
import type { RelayProbeHandle, UseRelayProbeOptions } from '../../hooks/useRelayProbe.js';
import type { CallDiagnosticsStrings } from '../../localization/en-US.js';

/** Props of {@link FirewallGuidancePanel}. */
export interface FirewallGuidancePanelProps {
  /** The diagnostics whose call details go into the IT-admin text; defaults to the provider's. */
  readonly diagnostics?: DiagnosticsSourceLike;
  /** Controlled open state. Defaults to the provider's panel state (opened by the banner). */
  readonly open?: boolean;
  /** Called when the panel asks to close (Escape, the close button, a click outside). */
  readonly onOpenChange?: (open: boolean) => void;
  /** The firewall rules to show; ACS public cloud by default. */
  readonly firewall?: FirewallProfile;
  /**
   * The app's own TURN servers (the SDK's `networkConfiguration.turn.iceServers`), with their credentials. With
   * them the panel offers "Test my connection"; without them (ACS's own relays) it explains why it cannot test.
   * The credentials are used only by the browser's relay probe and never shown or copied.
   */
  readonly iceServers?: readonly RelayProbeIceServer[] | undefined;
  /** Options of the relay probe (timeouts, concurrency, an `RTCPeerConnection` for tests). */
  readonly probeOptions?: Omit<UseRelayProbeOptions, 'iceServers'> | undefined;
  /** Drawer side (default `end`). */
  readonly position?: 'start' | 'end';
  /** A class for the panel's root. */
  readonly className?: string;
}

/** Class names of the panel's parts (filled by the state hook with the kit's styles; `className` merged last). */
export interface FirewallGuidancePanelClasses {
  /** The drawer (the modal `<dialog>`). */
  readonly root: string;
  /** The drawer's header row: its title and Close (set by the kit's styles; a custom state may leave it out). */
  readonly header?: string | undefined;
  /** The drawer's title. */
  readonly title?: string | undefined;
  /** The drawer body (it scrolls). */
  readonly body: string;
  /** The checklist and the rules list (also the probe's results). */
  readonly checklist: string;
  /** A highlighted paragraph (the failed call, the retry advice, the probe's verdict). */
  readonly callout: string;
  /** The IT-admin text area (and the call details when the clipboard is denied). */
  readonly admin: string;
  /** A row of buttons with their status. */
  readonly actions: string;
  /** The "Test my connection" section. */
  readonly probe: string;
  /** A paragraph (Fluent's Body1 typography). */
  readonly text?: string | undefined;
  /** A section heading (Fluent's Subtitle2 typography). */
  readonly heading?: string | undefined;
  /** A text area's label. */
  readonly label?: string | undefined;
  /** A label with its text area below it. */
  readonly field?: string | undefined;
  /** The probe's live region. */
  readonly probeStatus: string;
  /** The probe's progress track (set by the kit's styles; a custom state may leave it out). */
  readonly progress?: string | undefined;
  /** The probe's progress bar inside the track. */
  readonly progressBar?: string | undefined;
}

/** A copy action of the panel: what it does and how the last copy went. */
export interface FirewallGuidancePanelCopy {
  /** The text copied. */
  readonly text: string;
  /** `idle`, `copied` or `failed` (then the text is shown to select by hand). */
  readonly status: CopyStatus;
  /** Copies the text. */
  readonly copy: () => void;
}

/**
 * What the panel shows, decided by `useFirewallGuidancePanel_unstable` (Fluent's state half); draw it with
 * `renderFirewallGuidancePanel_unstable` or your own markup.
 */
export interface FirewallGuidancePanelState {
  /** Whether the drawer is open (the `open` prop, or the provider's panel state; closed during SSR hydration). */
  readonly open: boolean;
  /** Asks to open or close: calls `onOpenChange`, and drives the provider's panel state when `open` is not given. */
  readonly setOpen: (open: boolean) => void;
  /** Drawer side. */
  readonly position: 'start' | 'end';
  /** The strings shown. */
  readonly strings: CallDiagnosticsStrings;
  /** The firewall rules shown. */
  readonly firewall: FirewallProfile;
  /** The checklist's items, in order, with their placeholders filled. */
  readonly checklist: readonly string[];
  /** The rules, one sentence each, with a stable key. */
  readonly rules: ReadonlyArray<{ readonly key: string; readonly text: string }>;
  /** "The call that failed: code …, call ID …" after a call ended; undefined otherwise. */
  readonly failedCallText: string | undefined;
  /** Copy details (call ID, participant ID, code, time): offered with `failedCallText`. */
  readonly details: FirewallGuidancePanelCopy;
  /** The text for an IT admin (rules, notes, the call's details, the probe's results), secrets redacted. */
  readonly admin: FirewallGuidancePanelCopy;
  /** The relay probe ("Test my connection"). */
  readonly probe: RelayProbeHandle;
  /** False when the app gave no relay servers: the probe section explains and offers no test. */
  readonly probeAvailable: boolean;
  /** The probe just run, for the support report (undefined before one has results). */
  readonly reportProbe:
    | { readonly results: readonly RelayProbeResult[]; readonly summary: RelayProbeSummary | undefined }
    | undefined;
  /** The diagnostics whose report the panel's report actions build (undefined: the provider's). */
  readonly diagnostics: DiagnosticsSourceLike | undefined;
  /** Class names of the parts. */
  readonly classes: FirewallGuidancePanelClasses;
}
