/**
 * `@call-diagnostics/core`: framework-free diagnostics for Azure Communication Services calls.
 *
 * @packageDocumentation
 */
export * from './events.js';
export * from './catalog/codes.js';
export * from './catalog/firewall.js';
export * from './store/state.js';
export { diagnosticsReducer, nextRelayState } from './store/reducer.js';
export * from './store/createDiagnosticsStore.js';
export * from './store/selectors.js';
export * from './sources/types.js';
export { attachCall, loadSdkFeatures, type AttachCallOptions, type EventSink } from './sources/attachCall.js';
export * from './createCallDiagnostics.js';
