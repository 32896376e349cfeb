// The chunk fetched when the banner first shows a problem, or when the panel opens (`firewallGuidancePanelChunk`): the
// guidance panel with its focus return, and the recovery toast (a recovery only follows a problem).
export { RecoveryToastSince } from '../RecoveryToast/RecoveryToastSince.js';
export { FirewallGuidancePanel } from './FirewallGuidancePanel.js';
export { returnFocusWhenLost } from './returnFocus.js';
