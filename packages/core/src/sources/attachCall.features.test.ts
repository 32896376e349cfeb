import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCallDiagnostics } from '../createCallDiagnostics.js';
import type { DiagnosticEvent } from '../events.js';
import { attachCall } from './attachCall.js';
import { loadSdkFeatures } from './sdkFeatures.js';

// The SDK's own factory, as `import { Features } from '@azure/communication-calling'` would give it. The real SDK
// cannot be imported in Node (MediaStream is not defined), so the module is replaced for this file.
const REAL_UFD_FACTORY = vi.hoisted(() => ({ real: 'UserFacingDiagnostics' }));
vi.mock('@azure/communication-calling', () => ({ Features: { UserFacingDiagnostics: REAL_UFD_FACTORY } }));

/** A user's own call double that checks the factory, as the real SDK does. */
function strictCall() {
  const listeners = new Set<(args: unknown) => void>();
  const network = {
    getLatest: () => ({ networkRelaysNotReachable: { value: true, valueType: 'DiagnosticFlag' } }),
    on: (_: string, fn: (args: unknown) => void) => listeners.add(fn),
    off: (_: string, fn: (args: unknown) => void) => listeners.delete(fn),
  };
  return {
    call: {
      id: 'c1',
      state: 'Connected',
      on: () => {},
      off: () => {},
      feature: (factory: unknown) => {
        if (factory !== REAL_UFD_FACTORY) throw new TypeError('Unknown feature factory');
        return { network, media: network };
      },
    },
    listeners,
  };
}

// The SDK comes in through a runtime import() of a variable (bundlers must not follow it), which takes Vitest's module
// runner more than one task: wait for that same import, then one task more.
const flush = async () => {
  await loadSdkFeatures().catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('attachCall without `features`, outside a browser', () => {
  it('when the stand-in factory is refused, the SDK’s own Features are tried before giving up', async () => {
    expect(typeof (globalThis as { MediaStream?: unknown }).MediaStream).toBe('undefined');
    const { call, listeners } = strictCall();
    const events: DiagnosticEvent[] = [];
    const detach = attachCall(call as never, (e) => events.push(e));
    await flush();
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'diagnosticChanged', diagnostic: 'networkRelaysNotReachable', value: true }),
    );
    expect(listeners.size).toBeGreaterThan(0);
    // The refused stand-in is not reported as a problem once the SDK's factory worked.
    expect(events.filter((e) => e.type === 'sourceIssue')).toEqual([]);
    detach();
    expect(listeners.size).toBe(0);
  });
});

describe('source issues in development', () => {
  it('every sourceIssue reason is said once on the console, with how to fix it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const d = createCallDiagnostics({ history: false });
    const call = { id: 'x', state: 'Connected', on: () => {}, off: () => {}, feature: () => undefined };
    d.attach({ kind: 'call', call: call as never });
    await flush();
    d.attach({ kind: 'call', call: { ...call } as never });
    await flush();
    const messages = warn.mock.calls.map((args) => args.join(' '));
    const unavailable = messages.filter((m) => m.includes('ufd-feature-unavailable'));
    expect(unavailable).toHaveLength(1);
    expect(unavailable[0]).toMatch(/features=\{Features\}|features: Features/);
    d.dispose();
  });
});
