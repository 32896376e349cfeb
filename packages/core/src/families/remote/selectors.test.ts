import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../../events.js';
import { diagnosticsReducer as reduceWith } from '../../store/reducer.js';
import { DEFAULT_REDUCER_OPTIONS, type DiagnosticsState, INITIAL_STATE } from '../../store/state.js';
import * as remote from './reduce.js';
import { selectParticipantDiagnostic, selectRemoteDiagnostics } from './selectors.js';

type Entry = Extract<DiagnosticEvent, { type: 'remoteDiagnosticsChanged' }>['diagnostics'][number];
const changed = (at: number, ...diagnostics: Entry[]): DiagnosticEvent => ({
  type: 'remoteDiagnosticsChanged',
  at,
  diagnostics,
});
// The reducer with the remote family's reducers (the store fetches them on the first remote event).
const diagnosticsReducer = (state: DiagnosticsState, event: DiagnosticEvent) =>
  reduceWith(state, event, { ...DEFAULT_REDUCER_OPTIONS, remote });
const alex = { participantId: 'p-alex', rawId: '8:acs:alex', displayName: 'Alex' };
const sam = { participantId: 'p-sam' };
const run = (...events: DiagnosticEvent[]): DiagnosticsState =>
  events.reduce((state, event) => diagnosticsReducer(state, event), INITIAL_STATE);
const rows = (state: DiagnosticsState) =>
  selectRemoteDiagnostics(state).map((r) => [r.participantId, r.displayName, r.badge, r.severity, r.since]);

describe('selectRemoteDiagnostics', () => {
  it('keeps raised values per participant, keyed by raw id (participant id without one), most important first', () => {
    const state = run(
      changed(
        10,
        { ...alex, diagnostic: 'cameraFreeze', value: true },
        { ...alex, diagnostic: 'networkReceiveQuality', value: 3 },
        { ...sam, diagnostic: 'microphoneNotFunctioning', value: true },
      ),
    );
    expect(rows(state)).toEqual([
      ['8:acs:alex', 'Alex', 'poorConnection', 'warning', 10],
      ['8:acs:alex', 'Alex', 'cameraFrozen', 'info', 10],
      ['p-sam', undefined, 'microphoneNotWorking', 'warning', 10],
    ]);
    expect(selectParticipantDiagnostic(state, '8:acs:alex')?.badge).toBe('poorConnection');
    expect(selectParticipantDiagnostic(state, 'p-alex')?.badge).toBe('poorConnection');
    expect(selectParticipantDiagnostic(state, 'nobody')).toBeUndefined();
  });

  it('clears an entry when its value returns to good or false, and a participant with none left', () => {
    const raised = run(changed(10, { ...alex, diagnostic: 'networkSendQuality', value: 2 }));
    const good = diagnosticsReducer(raised, changed(20, { ...alex, diagnostic: 'networkSendQuality', value: 1 }));
    expect(rows(good)).toEqual([]);
    expect(good.remote).toEqual({});
    const frozen = run(changed(10, { ...alex, diagnostic: 'cameraFreeze', value: true }));
    expect(
      diagnosticsReducer(frozen, changed(20, { ...alex, diagnostic: 'cameraFreeze', value: false })).remote,
    ).toEqual({});
  });

  it('a participant who left is removed, by raw id or participant id', () => {
    const state = run(
      changed(10, { ...alex, diagnostic: 'noNetwork', value: true }, { ...sam, diagnostic: 'noNetwork', value: true }),
    );
    const left = diagnosticsReducer(state, { type: 'participantLeft', at: 20, participantId: 'p-alex' });
    expect(rows(left).map((r) => r[0])).toEqual(['p-sam']);
    expect(rows(diagnosticsReducer(left, { type: 'participantLeft', at: 21, participantId: 'p-sam' }))).toEqual([]);
    expect(diagnosticsReducer(left, { type: 'participantLeft', at: 22, participantId: 'nobody' })).toBe(left);
  });

  it('ignores malformed entries and values that are neither a flag nor 1–3; a repeat keeps the state', () => {
    const state = run(changed(10, { ...alex, diagnostic: 'noNetwork', value: true }));
    for (const bad of [
      { ...alex, diagnostic: 'noNetwork', value: 7 },
      { ...alex, diagnostic: 'noNetwork', value: 'yes' },
      { ...alex, diagnostic: '', value: true },
      { participantId: '', diagnostic: 'noNetwork', value: true },
      { diagnostic: 'noNetwork', value: true },
      { ...alex, diagnostic: 'noNetwork', value: 0 },
      null,
      'p-alex',
      42,
      { ...alex, diagnostic: 'noNetwork', value: true },
    ]) {
      expect(diagnosticsReducer(state, changed(20, bad as Entry))).toBe(state);
    }
    expect(diagnosticsReducer(state, { type: 'remoteDiagnosticsChanged', at: 1, diagnostics: 'x' } as never)).toBe(
      state,
    );
  });

  it('shows nothing for values that raise no badge, keeps them in state, and nothing once the call ended', () => {
    const state = run(changed(10, { ...alex, diagnostic: 'somethingNew', value: true }));
    expect(Object.keys(state.remote)).toEqual(['8:acs:alex']);
    expect(rows(state)).toEqual([]);
    const ended = diagnosticsReducer(run(changed(10, { ...alex, diagnostic: 'noNetwork', value: true })), {
      type: 'callEnded',
      at: 20,
    });
    expect(rows(ended)).toEqual([]);
  });

  it('keeps at most 50 participants; reset forgets them', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      participantId: `p${i}`,
      diagnostic: 'noNetwork',
      value: true,
    }));
    const state = run(changed(10, ...many));
    expect(Object.keys(state.remote)).toHaveLength(50);
    expect(diagnosticsReducer(state, { type: 'reset', at: 11 }).remote).toEqual({});
  });

  it('at 50 participants a new one changes nothing (the same state) while a kept one still updates', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      participantId: `p${i}`,
      diagnostic: 'noNetwork',
      value: true,
    }));
    const full = run(changed(10, ...many));
    expect(diagnosticsReducer(full, changed(20, { participantId: 'p50', diagnostic: 'noNetwork', value: true }))).toBe(
      full,
    );
    const updated = diagnosticsReducer(
      full,
      changed(20, { participantId: 'p0', diagnostic: 'cameraFreeze', value: true }),
    );
    expect(Object.keys(updated.remote)).toHaveLength(50);
    expect(updated.remote.p0?.diagnostics).toEqual({
      noNetwork: { value: true, at: 10 },
      cameraFreeze: { value: true, at: 20 },
    });
  });

  it('keeps Poor (2) and Bad (3) with their time, ignores Good (1) when nothing was raised', () => {
    const state = run(
      changed(
        10,
        { ...alex, diagnostic: 'networkSendQuality', value: 2 },
        { ...alex, diagnostic: 'networkReceiveQuality', value: 3 },
        { ...alex, diagnostic: 'networkReconnect', value: 1 },
      ),
    );
    expect(state.remote).toEqual({
      '8:acs:alex': {
        participantId: 'p-alex',
        displayName: 'Alex',
        diagnostics: { networkSendQuality: { value: 2, at: 10 }, networkReceiveQuality: { value: 3, at: 10 } },
      },
    });
  });

  it('clearing one of several values keeps the others, the participant id and the display name', () => {
    const state = run(
      changed(
        10,
        { ...alex, diagnostic: 'cameraFreeze', value: true },
        { ...alex, diagnostic: 'networkSendQuality', value: 2 },
      ),
    );
    const cleared = diagnosticsReducer(state, changed(20, { ...alex, diagnostic: 'networkSendQuality', value: 1 }));
    expect(cleared.remote).toEqual({
      '8:acs:alex': {
        participantId: 'p-alex',
        displayName: 'Alex',
        diagnostics: { cameraFreeze: { value: true, at: 10 } },
      },
    });
  });

  it('a good or false value for a participant or a diagnostic not raised changes nothing (the same state)', () => {
    const state = run(changed(10, { ...alex, diagnostic: 'cameraFreeze', value: true }));
    expect(diagnosticsReducer(state, changed(20, { ...sam, diagnostic: 'cameraFreeze', value: false }))).toBe(state);
    expect(diagnosticsReducer(state, changed(20, { ...alex, diagnostic: 'noNetwork', value: false }))).toBe(state);
    expect(diagnosticsReducer(state, changed(20, { ...alex, diagnostic: 'networkSendQuality', value: 1 }))).toBe(state);
  });

  it('a later value keeps the display name given before when it brings none; a new one replaces it', () => {
    const state = run(
      changed(10, { ...alex, diagnostic: 'cameraFreeze', value: true }),
      changed(20, { participantId: 'p-alex', rawId: '8:acs:alex', diagnostic: 'noNetwork', value: true }),
    );
    expect(state.remote['8:acs:alex']?.displayName).toBe('Alex');
    const renamed = diagnosticsReducer(
      state,
      changed(30, { ...alex, displayName: 'Alex B', diagnostic: 'noNetwork', value: false }),
    );
    expect(renamed.remote['8:acs:alex']?.displayName).toBe('Alex');
    const named = diagnosticsReducer(
      state,
      changed(30, { ...alex, displayName: 'Alex B', diagnostic: 'networkSendQuality', value: 3 }),
    );
    expect(named.remote['8:acs:alex']?.displayName).toBe('Alex B');
  });

  it('a participant who left is removed by their raw id too; an empty id removes nobody', () => {
    const state = run(
      changed(10, { ...alex, diagnostic: 'noNetwork', value: true }, { ...sam, diagnostic: 'noNetwork', value: true }),
    );
    const left = diagnosticsReducer(state, { type: 'participantLeft', at: 20, participantId: '8:acs:alex' });
    expect(Object.keys(left.remote)).toEqual(['p-sam']);
    expect(diagnosticsReducer(state, { type: 'participantLeft', at: 20, participantId: '' })).toBe(state);
    expect(diagnosticsReducer(state, { type: 'participantLeft', at: 20, participantId: undefined as never })).toBe(
      state,
    );
  });

  it('diagnostics that are not a list change nothing (the same state)', () => {
    const state = run(changed(10, { ...alex, diagnostic: 'noNetwork', value: true }));
    for (const diagnostics of [undefined, null, {}, 42]) {
      expect(diagnosticsReducer(state, { type: 'remoteDiagnosticsChanged', at: 1, diagnostics } as never)).toBe(state);
    }
  });
});

describe('selectRemoteDiagnostics identity', () => {
  it('returns the same array while the remote slice is unchanged (a local event does not make a new one)', () => {
    const state = run(changed(10, { ...alex, diagnostic: 'noNetwork', value: true }));
    const first = selectRemoteDiagnostics(state);
    const next = diagnosticsReducer(state, { type: 'callStateChanged', at: 11, state: 'LocalHold' });
    expect(selectRemoteDiagnostics(next)).toBe(first);
  });
});
