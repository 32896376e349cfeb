/**
 * `@call-diagnostics/testing`: fakes of ACS calls that satisfy the SDK's types, for stories, demos and tests.
 *
 * @packageDocumentation
 */
export { deepText } from './deepText.js';
export { CountingEmitter } from './emitter.js';
export * from './fakeCall.js';
export * from './fakeCallAdapter.js';
export * from './fakeCallAgent.js';
export * from './fakeRelayPeerConnection.js';
export * from './fakeStatefulCallClient.js';
export * from './mediaStats.js';
export * from './scenarios.js';
export * from './timeline.js';
export type { FakeLatestValue, FakeUiCallStateOptions } from './uiCallState.js';
