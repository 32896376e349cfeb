/**
 * Type tests for the four integrations against the real `@azure/communication-calling` and
 * `@azure/communication-react` typings (compiled by `pnpm test:types`, never run). Each README recipe is here too.
 */
import { type Call, type CallAgent, Features } from '@azure/communication-calling';
import {
  type CallAdapter,
  CallComposite,
  type StatefulCallClient,
  useAzureCommunicationCallAdapter,
} from '@azure/communication-react';
import {
  type CallAdapterLike,
  type CallAgentLike,
  createCallDiagnostics,
  type StatefulCallClientLike,
} from '@call-diagnostics/core';
import { CallDiagnosticsProvider } from '@call-diagnostics/react';
import {
  createFakeCallAdapter,
  createFakeCallAgent,
  createFakeStatefulCallClient,
  type FakeCallAdapter,
  type FakeCallAgent,
  type FakeStatefulCallClient,
} from '@call-diagnostics/testing';
import type { ReactElement } from 'react';

declare const call: Call;
declare const agent: CallAgent;
declare const adapter: CallAdapter;
declare const client: StatefulCallClient;

// The real objects fit the structural types of core.
export const agentLike: CallAgentLike = agent;
export const adapterLike: CallAdapterLike = adapter;
export const clientLike: StatefulCallClientLike = client;

// …and every source.
export const d1 = createCallDiagnostics({ source: { kind: 'callAgent', agent }, features: Features });
export const d2 = createCallDiagnostics({ source: { kind: 'callAdapter', adapter } });
export const d3 = createCallDiagnostics({ source: { kind: 'statefulCallClient', client, callId: call.id } });
export const c1 = createCallDiagnostics({ source: { kind: 'callAgent', agent }, features: Features });
export const c2 = createCallDiagnostics({ source: { kind: 'callAdapter', adapter } });
export const c3 = createCallDiagnostics({ source: { kind: 'statefulCallClient', client, callId: call.id } });
export const c4 = createCallDiagnostics({ source: { kind: 'statefulCallClient', client } });

// The fakes are the real types.
const fakeAgent: FakeCallAgent = createFakeCallAgent();
const fakeAdapter: FakeCallAdapter = createFakeCallAdapter();
const fakeClient: FakeStatefulCallClient = createFakeStatefulCallClient();
export const fa: CallAgent = fakeAgent;
export const fb: CallAdapter = fakeAdapter;
export const fc: StatefulCallClient = fakeClient;
export const fakeInComposite = <CallComposite adapter={fakeAdapter} />;

// README recipe 1: a raw Call (see real-sdk.test-d.tsx) — recipe 2: a CallAgent.
export function AgentScreen({ callAgent, rejoin }: { callAgent: CallAgent; rejoin: () => void }): ReactElement {
  return (
    <CallDiagnosticsProvider callAgent={callAgent} features={Features} onRetry={rejoin}>
      <div />
    </CallDiagnosticsProvider>
  );
}

// README recipe 3: CallComposite with its CallAdapter.
export function CompositeScreen(props: {
  args: Parameters<typeof useAzureCommunicationCallAdapter>[0];
}): ReactElement | null {
  const callAdapter = useAzureCommunicationCallAdapter(props.args);
  if (!callAdapter) return null;
  return (
    <CallDiagnosticsProvider adapter={callAdapter} onRetry={() => void callAdapter.joinCall()}>
      <div style={{ height: '100vh' }}>
        <CallComposite adapter={callAdapter} />
      </div>
    </CallDiagnosticsProvider>
  );
}

// README recipe 4: a StatefulCallClient (with or without callId).
export function StatefulScreen({ statefulClient, callId }: { statefulClient: StatefulCallClient; callId?: string }) {
  return (
    <CallDiagnosticsProvider statefulClient={statefulClient} callId={callId}>
      <div />
    </CallDiagnosticsProvider>
  );
}

// Wrong objects are rejected.
// @ts-expect-error a Call is not a CallAdapter
export const wrongAdapter = <CallDiagnosticsProvider adapter={call} />;
// @ts-expect-error a CallAdapter is not a StatefulCallClient (no calls/callsEnded state)
createCallDiagnostics({ source: { kind: 'statefulCallClient', client: adapter } });
