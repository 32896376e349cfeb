export { FallbackNotice } from './FallbackNotice.js';
export type {
  FallbackNoticeAction,
  FallbackNoticeProps,
  FallbackNoticeState,
} from './FallbackNotice.types.js';
export { renderFallbackNotice_unstable } from './renderFallbackNotice.js';
export { useFallbackNotice_unstable } from './useFallbackNotice.js';
export { fallbackNoticeClassNames } from './useFallbackNoticeStyles.styles.js';
