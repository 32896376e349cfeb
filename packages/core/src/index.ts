/**
 * `@call-diagnostics/core`: framework-free diagnostics for Azure Communication Services calls.
 *
 * @packageDocumentation
 */

export * from './catalog/codes.js';
export * from './catalog/firewall.js';
export * from './createCallDiagnostics.js';
export * from './events.js';
export { type AttachCallOptions, attachCall, type EventSink, loadSdkFeatures } from './sources/attachCall.js';
export * from './sources/types.js';
export * from './store/createDiagnosticsStore.js';
export { diagnosticsReducer, nextRelayState } from './store/reducer.js';
export * from './store/selectors.js';
export * from './store/state.js';
