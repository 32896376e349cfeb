/**
 * `@call-diagnostics/core`: framework-free diagnostics for Azure Communication Services calls.
 *
 * @packageDocumentation
 */

export * from './catalog/codes.js';
export * from './catalog/firewall.js';
export { callEndMeaning } from './catalog/meanings.js';
export * from './catalog/network.js';
export * from './createCallDiagnostics.js';
export { isDevelopment } from './dev.js';
export * from './events.js';
export * from './history/index.js';
export * from './probe/index.js';
export * from './readiness/index.js';
export * from './report/index.js';
export { type AttachCallOptions, attachCall, type EventSink, loadSdkFeatures } from './sources/attachCall.js';
export { type AttachCallAdapterOptions, attachCallAdapter } from './sources/attachCallAdapter.js';
export { type AttachCallAgentOptions, attachCallAgent } from './sources/attachCallAgent.js';
export {
  type AttachStatefulCallClientOptions,
  attachStatefulCallClient,
} from './sources/attachStatefulCallClient.js';
export { chooseSource, type SourceChoice, type SourceProps } from './sources/chooseSource.js';
export * from './sources/types.js';
export * from './store/createDiagnosticsStore.js';
export { diagnosticsReducer, nextRelayState } from './store/reducer.js';
export * from './store/selectors.js';
export * from './store/state.js';
export * from './telemetry/index.js';
