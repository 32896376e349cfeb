// Mutation tests for the environment check without `features` (issue 12): the check takes `Features.DebugInfo` from
// the SDK's own module (replaced here), and says so when the SDK has none.
import { describe, expect, it, vi } from 'vitest';
import type { RelayPeerConnectionConstructor } from '../probe/probeRelays.js';
import { type CheckContext, checkEnvironment } from './checks.js';

const DEBUG_INFO = vi.hoisted(() => ({ real: 'DebugInfo' }));
const sdk = vi.hoisted(() => ({ features: { DebugInfo: DEBUG_INFO } as { DebugInfo?: unknown } }));
vi.mock('@azure/communication-calling', () => ({
  get Features() {
    return sdk.features;
  },
}));

const ctx = (callClient: CheckContext['callClient']): CheckContext => ({
  callClient,
  features: undefined,
  iceServers: undefined,
  endpoints: [],
  history: false,
  userId: undefined,
  requestPermissions: false,
  platform: { RTCPeerConnection: class {} as unknown as RelayPeerConnectionConstructor },
  signal: new AbortController().signal,
  budgetMs: 1000,
  now: Date.now,
  whilePrompting: (prompt) => prompt,
});

describe('checkEnvironment without features', () => {
  it("asks the SDK's own Features.DebugInfo", async () => {
    sdk.features = { DebugInfo: DEBUG_INFO };
    const feature = vi.fn(() => ({ getEnvironmentInfo: async () => ({ isSupportedEnvironment: true }) }));
    const outcome = await checkEnvironment(ctx({ feature, getDeviceManager: async () => undefined }));
    expect(feature).toHaveBeenCalledWith(DEBUG_INFO);
    expect(outcome).toMatchObject({ status: 'pass', reason: 'supported' });
  });

  it('an SDK without Features.DebugInfo: skipped sdk-error, saying so', async () => {
    sdk.features = {};
    const feature = vi.fn();
    const outcome = await checkEnvironment(ctx({ feature, getDeviceManager: async () => undefined }));
    expect(feature).not.toHaveBeenCalled();
    expect(outcome).toEqual({
      status: 'skipped',
      reason: 'sdk-error',
      detail: 'Error: the SDK has no Features.DebugInfo',
      details: { webrtc: true },
    });
  });
});
