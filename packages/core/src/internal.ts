/**
 * `@call-diagnostics/core/internal`: what the kit's own packages (`@call-diagnostics/react`, `/testing`) share
 * beyond the public API. Not for apps: names here change or go without notice and follow no semver.
 *
 * @internal
 * @packageDocumentation
 */

export { CALL_END_CODES } from './catalog/codes.js';
export { formatPorts } from './catalog/firewall.js';
export { isDevelopment } from './dev.js';
export {
  adviseFallback,
  closeFallback,
  FALLBACK_SAMPLES,
  type FallbackAdvice,
  type FallbackSample,
  NO_ADVICE,
} from './families/fallback/advise.js';
export { dialInFromTeams, normalizeDialIn } from './families/fallback/dialIn.js';
export { readTeamsDialIn } from './families/fallback/readTeamsDialIn.js';
export { mediaBanner } from './families/media/banner.js';
export { selectMediaRaised } from './families/media/raised.js';
export { networkBanner } from './families/network/banner.js';
export { FAMILY_ORDER, type FamilyId } from './families/order.js';
export { callOf } from './families/quality/startQualitySession.js';
export { type FamilyBanner, type FamilyBanners, family, selectBannerFrom } from './families/selectBannerFrom.js';
export type { RelayPeerConnectionLike, RelayProbeConfiguration } from './probe/probeRelays.js';
export { READINESS_CHECK_IDS, type ReadinessPlatform } from './readiness/types.js';
export { chooseSource, type SourceChoice, type SourceProps } from './sources/chooseSource.js';
export { findFeature } from './sources/findFeature.js';
export type { RelayStatus } from './store/state.js';
export { createListeners, type Listeners } from './util/listeners.js';
export { shallowEqual } from './util/shallowEqual.js';
