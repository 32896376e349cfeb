export { JoinByPhone } from './JoinByPhone.js';
export type { JoinByPhoneNumber, JoinByPhoneProps, JoinByPhoneState } from './JoinByPhone.types.js';
export { renderJoinByPhone_unstable } from './renderJoinByPhone.js';
export { useJoinByPhone_unstable } from './useJoinByPhone.js';
export { joinByPhoneClassNames } from './useJoinByPhoneStyles.styles.js';
