/**
 * The network family's state machine: the relays' status from the `networkRelaysNotReachable` UFD (the reducer calls
 * it for that UFD; the 410/3112 end sets `failed`).
 */
import type { RelayState } from '../../store/state.js';

/** The relay state machine's transition for one `networkRelaysNotReachable` value. */
export function nextRelayState(relay: RelayState, unreachable: boolean, at: number, flapWindowMs: number): RelayState {
  if (relay.status === 'failed') return relay;
  if (unreachable) {
    if (relay.status === 'unreachable') return relay;
    if (relay.status === 'recovered' && relay.recoveredAt !== undefined && at - relay.recoveredAt <= flapWindowMs) {
      // Flapping: the same episode continues; no new episode, no new notice.
      return { ...relay, status: 'unreachable', since: at, flaps: relay.flaps + 1 };
    }
    return {
      ...relay,
      status: 'unreachable',
      since: at,
      unreachableSince: at,
      recoveredAt: undefined,
      episode: relay.episode + 1,
      flaps: 0,
    };
  }
  if (relay.status !== 'unreachable') return relay;
  return {
    ...relay,
    status: 'recovered',
    since: at,
    recoveredAt: at,
    // One "connection restored" cue per episode: a flap means this episode already had its cue.
    recoveryNotice: relay.flaps === 0 ? relay.recoveryNotice + 1 : relay.recoveryNotice,
  };
}
