import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../events.js';
import { diagnosticsReducer } from './reducer.js';
import {
  selectBanner,
  selectCallDetails,
  selectNetworkIssues,
  selectRelayDiagnostics,
  shallowEqual,
} from './selectors.js';
import { DEFAULT_REDUCER_OPTIONS, type DiagnosticsState, INITIAL_STATE } from './state.js';

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

describe('selectNetworkIssues (core, issue 12: mutants in selectors were tested only through React)', () => {
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

describe('selectBanner', () => {
  it('a healthy call shows nothing', () => {
    expect(selectBanner(run(attached))).toEqual({ kind: 'none' });
  });

  it('relays unreachable: a warning with its episode, and "+N more" only when other issues hold', () => {
    const alone = run(attached, ufd('networkRelaysNotReachable', true, 100));
    expect(selectBanner(alone)).toEqual({ kind: 'relaysUnreachable', intent: 'warning', since: 100, episode: 1 });
    const withMore = run(attached, ufd('networkRelaysNotReachable', true, 100), ufd('networkSendQuality', 3, 150));
    expect(selectBanner(withMore)).toEqual({
      kind: 'relaysUnreachable',
      intent: 'warning',
      since: 100,
      episode: 1,
      moreIssues: 1,
    });
  });

  it('another network issue: its catalog row decides intent, key and action', () => {
    const state = run(attached, ufd('networkSendQuality', 2, 50), ufd('noNetwork', true, 60));
    expect(selectBanner(state)).toEqual({
      kind: 'networkIssue',
      intent: 'error',
      issue: 'noNetwork',
      diagnostic: 'noNetwork',
      action: 'fix-network',
      since: 60,
      moreIssues: 1,
    });
    expect(selectBanner(run(attached, ufd('networkSendQuality', 2, 50)))).toMatchObject({
      intent: 'info',
      issue: 'sendQualityPoor',
      moreIssues: 0,
    });
  });

  it('a 410/3112 end beats everything and carries code, IDs and its catalog row', () => {
    const state = run(attached, ufd('networkRelaysNotReachable', true, 100), {
      type: 'callEnded',
      at: 500,
      callId: 'call-2',
      code: 410,
      subCode: 3112,
    });
    const banner = selectBanner(state);
    expect(banner).toMatchObject({
      kind: 'callEnded',
      intent: 'error',
      at: 500,
      code: 410,
      subCode: 3112,
      codeText: '410/3112',
      callId: 'call-2',
      participantId: 'part-1',
      relayFailure: true,
    });
    expect(banner.kind === 'callEnded' && banner.entry.code).toBe(410);
  });

  it('an end outside the catalog (or a normal end) shows nothing; a catalog end without its own ID uses the call’s', () => {
    expect(selectBanner(run(attached, { type: 'callEnded', at: 5, code: 0 }))).toEqual({ kind: 'none' });
    expect(selectBanner(run(attached, { type: 'callEnded', at: 5, code: 999, subCode: 1 }))).toEqual({ kind: 'none' });
    const other = selectBanner(run(attached, { type: 'callEnded', at: 5, code: 410, subCode: 3100 }));
    expect(other).toMatchObject({ kind: 'callEnded', callId: 'call-1', relayFailure: false, codeText: '410/3100' });
  });
});

describe('selectRelayDiagnostics and selectCallDetails', () => {
  it('follow the relay state and the end', () => {
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
    expect(selectCallDetails(ended)).toEqual({
      callId: 'call-1',
      participantId: 'part-1',
      code: '410/3112',
      at: 9,
      relayStatus: 'failed',
      unreachableSince: undefined,
    });
    expect(selectCallDetails(run(attached))).toMatchObject({
      code: undefined,
      at: undefined,
      relayStatus: 'reachable',
    });
    expect(selectCallDetails(run(attached, { type: 'callEnded', at: 9 }))).toMatchObject({ code: undefined, at: 9 });
  });
});

describe('shallowEqual', () => {
  it('compares own keys with Object.is, one level deep', () => {
    const inner = { x: 1 };
    expect(shallowEqual({ a: 1, b: inner }, { a: 1, b: inner })).toBe(true);
    expect(shallowEqual({ a: 1, b: { x: 1 } }, { a: 1, b: { x: 1 } })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(shallowEqual({ a: Number.NaN }, { a: Number.NaN })).toBe(true);
    expect(shallowEqual(null, {})).toBe(false);
    expect(shallowEqual({}, null)).toBe(false);
    expect(shallowEqual(1, 1)).toBe(true);
    expect(shallowEqual(1, 2)).toBe(false);
    expect(shallowEqual('a', {})).toBe(false);
  });
});
