export * from './classifyRecurrence.js';
export { hashId } from './hash.js';
export * from './outcomeHistory.js';
export * from './selectors.js';
