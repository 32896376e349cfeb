import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../../events.js';
import { diagnosticsReducer } from '../../store/reducer.js';
import { DEFAULT_REDUCER_OPTIONS, type DiagnosticsState, INITIAL_STATE } from '../../store/state.js';
import { selectNetworkIssues, selectRelayDiagnostics } from './selectors.js';

const ufd = (diagnostic: string, value: boolean | number, at: number, area: 'network' | 'media' = 'network') =>
  ({ type: 'diagnosticChanged', at, area, diagnostic, value }) as DiagnosticEvent;
const attached: DiagnosticEvent = {
  type: 'attached',
  at: 1,
  source: 'call',
  callId: 'call-1',
  participantId: 'part-1',
  state: 'Connected',
};
const run = (...events: DiagnosticEvent[]): DiagnosticsState =>
  events.reduce((state, event) => diagnosticsReducer(state, event, DEFAULT_REDUCER_OPTIONS), INITIAL_STATE);

describe('selectNetworkIssues', () => {
  it('lists what holds now, most important first, earlier first within a rank; media UFDs never count', () => {
    const state = run(
      attached,
      ufd('networkReceiveQuality', 3, 10),
      ufd('networkSendQuality', 2, 5),
      ufd('cameraFreeze', true, 6, 'media'),
      ufd('noNetwork', true, 20),
      ufd('networkReconnect', 2, 30),
    );
    expect(selectNetworkIssues(state).map((i) => [i.entry.key, i.since])).toEqual([
      ['noNetwork', 20],
      ['reconnecting', 30],
      ['sendQualityPoor', 5],
      ['receiveQualityBad', 10],
    ]);
  });

  it('values that are not issues are left out; an ended call has none', () => {
    const state = run(
      attached,
      ufd('networkReconnect', 1, 5),
      ufd('noNetwork', false, 6),
      ufd('networkSendQuality', 1, 7),
    );
    expect(selectNetworkIssues(state)).toEqual([]);
    const ended = run(attached, ufd('noNetwork', true, 5), { type: 'callEnded', at: 9, code: 0 });
    expect(selectNetworkIssues(ended)).toEqual([]);
  });

  it('the relay issue follows the relay state machine, with the episode start as its time', () => {
    const unreachable = run(attached, ufd('networkRelaysNotReachable', true, 100));
    expect(selectNetworkIssues(unreachable).map((i) => [i.entry.key, i.since])).toEqual([['relaysUnreachable', 100]]);
    const recovered = run(
      attached,
      ufd('networkRelaysNotReachable', true, 100),
      ufd('networkRelaysNotReachable', false, 200),
    );
    expect(selectNetworkIssues(recovered)).toEqual([]);
  });
});

describe('selectRelayDiagnostics', () => {
  it('follows the relay state and the end', () => {
    const healthy = selectRelayDiagnostics(run(attached));
    expect(healthy).toEqual({
      status: 'reachable',
      since: undefined,
      unreachableSince: undefined,
      failed: false,
      recommendedAction: undefined,
      recoveryNotice: 0,
      episode: 0,
    });
    const down = selectRelayDiagnostics(run(attached, ufd('networkRelaysNotReachable', true, 100)));
    expect(down).toMatchObject({
      status: 'unreachable',
      since: 100,
      unreachableSince: 100,
      recommendedAction: 'fix-network',
    });
    const ended = run(attached, { type: 'callEnded', at: 9, code: 410, subCode: 3112 });
    expect(selectRelayDiagnostics(ended)).toMatchObject({ failed: true, recommendedAction: 'fix-network' });
  });
});
