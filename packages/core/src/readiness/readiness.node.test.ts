// The readiness check in plain Node (the 'core' project): no window, no WebRTC, no media devices, no localStorage.
// It must run, never touch the ACS SDK (which crashes on import outside a browser), and say that nothing was tested.
import { describe, expect, it } from 'vitest';
import { createReadinessCheck } from '../index.js';
import { READINESS_CHECK_IDS } from './types.js';

describe('createReadinessCheck in plain Node', () => {
  it('with no options: every check is skipped with its reason, verdict untested, nothing left running', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(typeof (globalThis as { RTCPeerConnection?: unknown }).RTCPeerConnection).toBe('undefined');
    const readiness = createReadinessCheck();
    expect(readiness.getSnapshot()).toMatchObject({ state: 'idle', result: undefined });

    const started = performance.now();
    const result = await readiness.run();
    const elapsed = performance.now() - started;

    expect(result.verdict).toBe('untested');
    expect(result.checks.map((c) => [c.id, c.status, c.reason])).toEqual([
      ['environment', 'skipped', 'not-in-browser'],
      ['devices', 'skipped', 'not-in-browser'],
      ['relays', 'skipped', 'no-relay-urls'],
      ['signalling', 'skipped', 'no-endpoints'],
      ['history', 'skipped', 'no-history'],
    ]);
    expect(result.untested).toEqual([...READINESS_CHECK_IDS]);
    expect(readiness.getSnapshot()).toMatchObject({ state: 'done', result });
    // Nothing to wait for: decided at once, not at the 6 s cap.
    expect(elapsed).toBeLessThan(500);
    expect(result.ms).toBeLessThan(500);
  });

  it('with relay URLs but no WebRTC: relays skipped as not-in-browser (never pass, never fail)', async () => {
    const result = await createReadinessCheck({
      iceServers: [{ urls: 'turn:127.0.0.1:3478', username: 'u', credential: 'c' }, { urls: 'stun:127.0.0.1:3478' }],
      history: false,
    }).run();
    expect(result.checks.find((c) => c.id === 'relays')).toMatchObject({ status: 'skipped', reason: 'not-in-browser' });
    expect(result.verdict).toBe('untested');
  });
});
