import type { FirewallProfile, RelayProbeIceServer } from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import type { UseRelayProbeOptions } from '../../hooks/useRelayProbe.js';

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
  readonly className?: string;
}
