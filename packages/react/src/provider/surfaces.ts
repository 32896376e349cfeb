// The chunk the provider loads right after it mounts: the banner, the muted notice and the recovery toast, with the Fluent components
// and the en-US strings they use. Keeping them out of the provider's module keeps an app's first load small.

export { FallbackNotice } from '../components/FallbackNotice/FallbackNotice.js';
export { LazyFirewallGuidancePanel } from '../components/FirewallGuidancePanel/LazyFirewallGuidancePanel.js';
export { PanelPreloader } from '../components/FirewallGuidancePanel/PanelPreloader.js';
export { MutedNotice } from '../components/MutedNotice/MutedNotice.js';
export { RecoveryToast } from '../components/RecoveryToast/RecoveryToast.js';
export { RelayDiagnosticsBanner } from '../components/RelayDiagnosticsBanner/RelayDiagnosticsBanner.js';
