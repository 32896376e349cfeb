// The chunk the provider loads right after it mounts (counted in the always-fetched budget): the banner (with the
// network family's part and words, which must show at once and offline), the notices' gate (`Notices`: "You're muted"
// and the fallback offers, whose code comes with the panel's chunk when one has something to say), and the loaders of
// the panel and of the recovery toast (in the panel's chunk: a recovery only follows a problem). The fallback family
// (the banner's "Join by phone", the advisor) is read through `useFallbacks`, its work in the fallback chunk; what only
// a media problem needs is in the media family's chunk (`families/media/mediaSurfaces.ts`).

export { LazyFirewallGuidancePanel } from '../components/FirewallGuidancePanel/LazyFirewallGuidancePanel.js';
export { Notices } from '../components/Notice/Notices.js';
export { LazyRecoveryToast } from '../components/RecoveryToast/LazyRecoveryToast.js';
export { RelayDiagnosticsBanner } from '../components/RelayDiagnosticsBanner/RelayDiagnosticsBanner.js';
