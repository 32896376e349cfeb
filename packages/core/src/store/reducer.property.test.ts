import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../events.js';
import { diagnosticsReducer } from './reducer.js';
import { type DiagnosticsState, INITIAL_STATE, type ReducerOptions } from './state.js';

const OPTIONS: ReducerOptions = { flapWindowMs: 1000, timelineLimit: 12 };
/** 10,000 generated cases (FC_RUNS lowers it for the mutation run, where each mutant reruns the property). */
const RUNS = Number(process.env.FC_RUNS ?? 10_000);

/** Events with times that mostly move forward (by 0–3000 ms), sometimes odd on purpose. */
const stepArb = fc.record({
  dt: fc.integer({ min: 0, max: 3000 }),
  kind: fc.constantFrom('relay', 'relay', 'relay', 'ufd', 'state', 'id', 'ended', 'issue', 'attached', 'reset', 'junk'),
  flag: fc.boolean(),
  quality: fc.constantFrom(1, 2, 3),
  name: fc.constantFrom('noNetwork', 'networkReconnect', 'networkSendQuality', 'cameraFreeze'),
  state: fc.constantFrom('Connecting', 'Connected', 'Disconnected', 'InLobby'),
  id: fc.constantFrom('a', 'b', 'c'),
  code: fc.constantFrom(0, 410, 490, 500),
  sub: fc.constantFrom(undefined, 0, 3112, 3100),
});

type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function toEvent(step: Step, at: number): DiagnosticEvent {
  switch (step.kind) {
    case 'relay':
      return {
        type: 'diagnosticChanged',
        at,
        area: 'network',
        diagnostic: 'networkRelaysNotReachable',
        value: step.flag,
      };
    case 'ufd':
      return {
        type: 'diagnosticChanged',
        at,
        area: step.name === 'cameraFreeze' ? 'media' : 'network',
        diagnostic: step.name,
        value: step.name === 'networkReconnect' || step.name === 'networkSendQuality' ? step.quality : step.flag,
      };
    case 'state':
      return { type: 'callStateChanged', at, state: step.state };
    case 'id':
      return { type: 'callIdChanged', at, callId: step.id };
    case 'ended':
      return { type: 'callEnded', at, callId: step.id, code: step.code, subCode: step.sub };
    case 'issue':
      return { type: 'sourceIssue', at, reason: 'handler-threw', detail: 'x' };
    case 'attached':
      return { type: 'attached', at, source: 'call', callId: step.id };
    case 'reset':
      return { type: 'reset', at };
    default:
      return { type: 'nonsense', at: Number.NaN } as unknown as DiagnosticEvent;
  }
}

function run(steps: readonly Step[]) {
  let at = 1_700_000_000_000;
  let state: DiagnosticsState = INITIAL_STATE;
  const trace: Array<{ before: DiagnosticsState; event: DiagnosticEvent; after: DiagnosticsState }> = [];
  for (const step of steps) {
    at += step.dt;
    const event = toEvent(step, at);
    const before = state;
    state = diagnosticsReducer(state, event, OPTIONS);
    trace.push({ before, event, after: state });
  }
  return trace;
}

describe('diagnosticsReducer properties (fast-check)', () => {
  it('never throws, keeps the timeline bounded and the relay counters consistent', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        for (const { after } of run(steps)) {
          expect(after.timeline.length).toBeLessThanOrEqual(OPTIONS.timelineLimit);
          expect(after.relay.recoveryNotice).toBeLessThanOrEqual(after.relay.episode);
          expect(after.relay.flaps).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('identity is kept when nothing visible changed: repeating an event returns the same state object', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), stepArb, (steps, last) => {
        const trace = run([...steps, last]);
        const { event, after } = trace[trace.length - 1] as (typeof trace)[number];
        // The same event again (same time, same payload) is never news, except the kinds that log every occurrence.
        if (event.type === 'sourceIssue' || event.type === 'reset') return;
        expect(diagnosticsReducer(after, event, OPTIONS)).toBe(after);
      }),
      { numRuns: RUNS },
    );
  });

  it('one episode per flap window: relays flapping back within the window never start a new episode or cue', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: OPTIONS.flapWindowMs }), { minLength: 1, maxLength: 30 }),
        (gaps) => {
          let at = 1_000;
          let state = diagnosticsReducer(
            INITIAL_STATE,
            { type: 'diagnosticChanged', at, area: 'network', diagnostic: 'networkRelaysNotReachable', value: true },
            OPTIONS,
          );
          for (const gap of gaps) {
            at += 1;
            state = diagnosticsReducer(
              state,
              { type: 'diagnosticChanged', at, area: 'network', diagnostic: 'networkRelaysNotReachable', value: false },
              OPTIONS,
            );
            at += gap;
            state = diagnosticsReducer(
              state,
              { type: 'diagnosticChanged', at, area: 'network', diagnostic: 'networkRelaysNotReachable', value: true },
              OPTIONS,
            );
          }
          expect(state.relay.episode).toBe(1);
          expect(state.relay.recoveryNotice).toBe(1);
          expect(state.relay.flaps).toBe(gaps.length);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a recovery after the window starts a new episode with its own cue', () => {
    fc.assert(
      fc.property(fc.integer({ min: OPTIONS.flapWindowMs + 1, max: 10 * OPTIONS.flapWindowMs }), (gap) => {
        const relay = (at: number, value: boolean): DiagnosticEvent => ({
          type: 'diagnosticChanged',
          at,
          area: 'network',
          diagnostic: 'networkRelaysNotReachable',
          value,
        });
        let state = diagnosticsReducer(INITIAL_STATE, relay(1, true), OPTIONS);
        state = diagnosticsReducer(state, relay(2, false), OPTIONS);
        state = diagnosticsReducer(state, relay(2 + gap, true), OPTIONS);
        state = diagnosticsReducer(state, relay(3 + gap, false), OPTIONS);
        expect(state.relay.episode).toBe(2);
        expect(state.relay.recoveryNotice).toBe(2);
      }),
      { numRuns: RUNS },
    );
  });
});
