import type { FirewallProfile } from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';

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
  /** Drawer side (default `end`). */
  readonly position?: 'start' | 'end';
  readonly className?: string;
}
