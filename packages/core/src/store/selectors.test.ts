import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../events.js';
import { diagnosticsReducer } from './reducer.js';
import { selectCallDetails } from './selectors.js';
import { DEFAULT_REDUCER_OPTIONS, type DiagnosticsState, INITIAL_STATE } from './state.js';

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

describe('selectCallDetails', () => {
  it('follows the call and its end', () => {
    const ended = run(attached, { type: 'callEnded', at: 9, code: 410, subCode: 3112 });
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
  it('after an end the ended call’s ID, not a later call’s', () => {
    const ended = run(attached, { type: 'callEnded', at: 9, code: 410, subCode: 3112, callId: 'call-1' });
    const next = diagnosticsReducer(
      ended,
      { type: 'callIdChanged', at: 10, callId: 'call-2' },
      DEFAULT_REDUCER_OPTIONS,
    );
    expect(selectCallDetails(next).callId).toBe(ended.ended?.callId);
  });
});
