import { describe, expect, it } from 'vitest';
import { INITIAL_RELAY } from '../../store/state.js';
import { nextRelayState } from './relay.js';

describe('nextRelayState at its edges', () => {
  it('a failed relay stays failed; unreachable again keeps the same object', () => {
    const failed = { ...INITIAL_RELAY, status: 'failed' as const, failedAt: 5 };
    expect(nextRelayState(failed, true, 10, 1000)).toBe(failed);
    expect(nextRelayState(failed, false, 10, 1000)).toBe(failed);
    const down = nextRelayState(INITIAL_RELAY, true, 10, 1000);
    expect(nextRelayState(down, true, 20, 1000)).toBe(down);
  });

  it('recovered without a recovery time is a new episode, not a flap', () => {
    const odd = { ...INITIAL_RELAY, status: 'recovered' as const, episode: 1, recoveredAt: undefined };
    expect(nextRelayState(odd, true, 10, 1000)).toMatchObject({ status: 'unreachable', episode: 2, flaps: 0 });
    const recent = { ...odd, recoveredAt: 5 };
    expect(nextRelayState(recent, true, 10, 1000)).toMatchObject({ episode: 1, flaps: 1 });
    const reachable = { ...INITIAL_RELAY, recoveredAt: 5 };
    expect(nextRelayState(reachable, true, 10, 1000)).toMatchObject({ episode: 1, flaps: 0 });
  });
});
