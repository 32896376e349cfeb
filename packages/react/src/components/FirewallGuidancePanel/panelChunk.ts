// The chunk fetched when the banner first shows a problem, or when the panel opens (`firewallGuidancePanelChunk`): the
// guidance panel (its dialog gives the focus back on close), the recovery toast (a recovery only follows a problem), and the fallback
// notice's words and actions (fetched when the quality advisor first makes an offer).
export { FallbackNoticeView } from '../FallbackNotice/FallbackNoticeView.js';
export { MutedNotice } from '../MutedNotice/MutedNotice.js';
export { RecoveryToastSince } from '../RecoveryToast/RecoveryToastSince.js';
export { FirewallGuidancePanel } from './FirewallGuidancePanel.js';
