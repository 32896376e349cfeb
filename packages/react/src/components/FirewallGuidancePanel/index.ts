export { FirewallGuidancePanel } from './FirewallGuidancePanel.js';
export type { FirewallGuidancePanelProps } from './FirewallGuidancePanel.types.js';
export { firewallGuidancePanelClassNames } from './useFirewallGuidancePanelStyles.styles.js';
