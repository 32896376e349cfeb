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

  it('a relay flap within the window is one issue, timed by the episode it belongs to (as the banner)', () => {
    const flapped = run(
      attached,
      ufd('networkRelaysNotReachable', true, 100),
      ufd('networkRelaysNotReachable', false, 200),
      ufd('networkRelaysNotReachable', true, 210),
    );
    expect(selectNetworkIssues(flapped).map((i) => [i.entry.key, i.since])).toEqual([['relaysUnreachable', 100]]);
    expect(selectRelayDiagnostics(flapped).unreachableSince).toBe(100);
  });
});

describe('selectNetworkIssues on a given state: the relay state, not the UFD, decides the relay issue', () => {
  const stateWith = (
    relay: Partial<DiagnosticsState['relay']>,
    network: DiagnosticsState['network'] = {},
  ): DiagnosticsState => ({ ...INITIAL_STATE, network, relay: { ...INITIAL_STATE.relay, ...relay } });
  const keys = (state: DiagnosticsState) => selectNetworkIssues(state).map((i) => [i.entry.key, i.since]);

  it.each(['reachable', 'recovered', 'failed'] as const)(
    'a raised relay UFD while the relay is %s: no relay issue',
    (status) => {
      const network = { networkRelaysNotReachable: { value: true, at: 50 }, noNetwork: { value: true, at: 60 } };
      expect(keys(stateWith({ status }, network))).toEqual([['noNetwork', 60]]);
    },
  );

  it('relays unreachable without the UFD: the relay issue from the episode start, beside the other issues', () => {
    const network = { noNetwork: { value: true, at: 60 }, networkSendQuality: { value: 2, at: 40 } };
    expect(keys(stateWith({ status: 'unreachable', since: 70, unreachableSince: 30 }, network))).toEqual([
      ['noNetwork', 60],
      ['relaysUnreachable', 30],
      ['sendQualityPoor', 40],
    ]);
  });

  it('relays unreachable with no episode start: the relay issue at 0', () => {
    expect(keys(stateWith({ status: 'unreachable' }))).toEqual([['relaysUnreachable', 0]]);
  });

  it('relays unreachable with the UFD raised: one relay issue, timed by the episode (the UFD when it has no start)', () => {
    const network = { networkRelaysNotReachable: { value: true, at: 50 } };
    expect(keys(stateWith({ status: 'unreachable', unreachableSince: 30 }, network))).toEqual([
      ['relaysUnreachable', 30],
    ]);
    expect(keys(stateWith({ status: 'unreachable', unreachableSince: undefined }, network))).toEqual([
      ['relaysUnreachable', 50],
    ]);
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

  it('failed when the relay state says so, or when the call ended with 410/3112, each on its own', () => {
    const failedRelay: DiagnosticsState = { ...INITIAL_STATE, relay: { ...INITIAL_STATE.relay, status: 'failed' } };
    expect(selectRelayDiagnostics(failedRelay)).toMatchObject({ failed: true, recommendedAction: 'fix-network' });
    const endedOnly: DiagnosticsState = { ...INITIAL_STATE, ended: { at: 9, callId: 'c', code: 410, subCode: 3112 } };
    expect(selectRelayDiagnostics(endedOnly)).toMatchObject({
      status: 'reachable',
      failed: true,
      recommendedAction: 'fix-network',
    });
    const endedOther: DiagnosticsState = { ...INITIAL_STATE, ended: { at: 9, callId: 'c', code: 0, subCode: 0 } };
    expect(selectRelayDiagnostics(endedOther)).toMatchObject({ failed: false, recommendedAction: undefined });
    const recovered: DiagnosticsState = { ...INITIAL_STATE, relay: { ...INITIAL_STATE.relay, status: 'recovered' } };
    expect(selectRelayDiagnostics(recovered)).toMatchObject({ failed: false, recommendedAction: undefined });
  });
});
