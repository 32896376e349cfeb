export { RecoveryToast } from './RecoveryToast.js';
export type { RecoveryToastProps, RecoveryToastState } from './RecoveryToast.types.js';
export { renderRecoveryToast_unstable } from './renderRecoveryToast.js';
export { useRecoveryToast_unstable } from './useRecoveryToast.js';
