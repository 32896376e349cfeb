export { RecoveryToast } from './RecoveryToast.js';
export type { RecoveryToastProps } from './RecoveryToast.types.js';
