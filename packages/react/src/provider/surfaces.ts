// The chunk the provider loads right after it mounts: the banner (with the network family's part and words, which
// must show at once and offline) and the muted notice, with the Fluent components they use, and the loaders of the
// panel and of the recovery toast (in the panel's chunk: a recovery only follows a problem). Keeping them out of the provider's module keeps an app's first load small; what only a media problem
// or an open panel needs is in chunks of their own (the media family's part: `families/media/mediaSurfaces.ts`).

export { LazyFirewallGuidancePanel } from '../components/FirewallGuidancePanel/LazyFirewallGuidancePanel.js';
export { Notices } from '../components/Notice/Notices.js';
export { LazyRecoveryToast } from '../components/RecoveryToast/LazyRecoveryToast.js';
export { RelayDiagnosticsBanner } from '../components/RelayDiagnosticsBanner/RelayDiagnosticsBanner.js';
