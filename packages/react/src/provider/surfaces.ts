// The chunk the provider loads right after it mounts: the banner (with the network family's part and words, which
// must show at once and offline), the muted notice and the recovery toast, with the Fluent components they use, and the
// panel's loader. Keeping them out of the provider's module keeps an app's first load small; what only a media problem
// or an open panel needs is in chunks of their own (the media family's part: `families/media/mediaSurfaces.ts`).

export { LazyFirewallGuidancePanel } from '../components/FirewallGuidancePanel/LazyFirewallGuidancePanel.js';
export { MutedNotice } from '../components/MutedNotice/MutedNotice.js';
export { RecoveryToast } from '../components/RecoveryToast/RecoveryToast.js';
export { RelayDiagnosticsBanner } from '../components/RelayDiagnosticsBanner/RelayDiagnosticsBanner.js';
