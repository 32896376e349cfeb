export { MutedNotice } from './MutedNotice.js';
export type { MutedNoticeProps, MutedNoticeState } from './MutedNotice.types.js';
export { renderMutedNotice_unstable } from './renderMutedNotice.js';
export { useMutedNotice_unstable } from './useMutedNotice.js';
export { mutedNoticeClassNames } from './useMutedNoticeStyles.styles.js';
