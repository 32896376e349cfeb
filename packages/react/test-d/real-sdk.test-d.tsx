/**
 * Type tests against the real `@azure/communication-calling` typings (compiled by `pnpm test:types`, never run).
 * If the SDK's `Call` stops fitting the kit, or the fakes stop fitting the SDK, this file stops compiling.
 */
import { type Call, type CallAgent, Features } from '@azure/communication-calling';
import { type CallLike, createCallDiagnostics } from '@call-diagnostics/core';
import { CallDiagnosticsProvider, type RetryRequest } from '@call-diagnostics/react';
import { createFakeCall, type FakeCall } from '@call-diagnostics/testing';

declare const call: Call;
declare const agent: CallAgent;

// A real SDK Call goes straight into the provider, with or without the SDK's Features.
export const withCall = <CallDiagnosticsProvider call={call} onRetry={(r: RetryRequest) => r.details.callId} />;
export const withFeatures = <CallDiagnosticsProvider call={call} features={Features} />;

// …and into the core.
export const detach: () => void = createCallDiagnostics({ features: Features }).attach({ kind: 'call', call });
export const diagnostics = createCallDiagnostics({ source: { kind: 'call', call }, features: Features });
export const asLike: CallLike = call;
export const fromAgent: CallLike | undefined = agent.calls[0];

// The fake is an SDK Call.
const fake: FakeCall = createFakeCall();
export const fakeAsCall: Call = fake;
export const fakeInProvider = <CallDiagnosticsProvider call={fake} />;

// Not a call: rejected at compile time.
// @ts-expect-error a string is not a Call
export const wrong = <CallDiagnosticsProvider call="call-id" />;
// @ts-expect-error an object without feature()/on()/off() is not a Call
createCallDiagnostics().attach({ kind: 'call', call: { id: 'x', state: 'Connected' } });
