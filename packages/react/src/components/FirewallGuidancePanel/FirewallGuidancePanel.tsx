import type { ReactElement } from 'react';
import type { FirewallGuidancePanelProps } from './FirewallGuidancePanel.types.js';
import { renderFirewallGuidancePanel_unstable } from './renderFirewallGuidancePanel.js';
import { useFirewallGuidancePanel_unstable } from './useFirewallGuidancePanel.js';

/**
 * "Check your firewall": the checklist for 410/3112 (UDP 3478–3481 and TCP 443 to 20.202.0.0/16, the signalling
 * domains, NAT, VPN split tunnelling, corporate firewalls, custom TURN servers) and a text to copy for an IT admin.
 * A modal drawer with a Fluent drawer's look (a native `<dialog>`: the page behind is inert, focus moves in and returns
 * on close, Escape and the backdrop close it; nothing is rendered while closed). After a call ended it offers
 * Copy details, and it always offers the support report (Copy report, Download report).
 *
 * With `iceServers` (the app's own TURN servers) it offers "Test my connection": a relay probe per URL and
 * transport from this browser, whose results (URLs, never credentials) go into the IT-admin text.
 *
 * State and markup are split the Fluent way: a replacement panel reuses `useFirewallGuidancePanel_unstable`.
 */
export function FirewallGuidancePanel(props: FirewallGuidancePanelProps): ReactElement | null {
  return renderFirewallGuidancePanel_unstable(useFirewallGuidancePanel_unstable(props));
}
