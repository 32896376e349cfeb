export { FirewallGuidancePanel } from './FirewallGuidancePanel.js';
export type {
  FirewallGuidancePanelClasses,
  FirewallGuidancePanelCopy,
  FirewallGuidancePanelProps,
  FirewallGuidancePanelState,
} from './FirewallGuidancePanel.types.js';
export { renderFirewallGuidancePanel_unstable } from './renderFirewallGuidancePanel.js';
export { useFirewallGuidancePanel_unstable } from './useFirewallGuidancePanel.js';
export { firewallGuidancePanelClassNames } from './useFirewallGuidancePanelStyles.styles.js';
