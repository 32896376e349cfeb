import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../../events.js';
import { diagnosticsReducer } from '../../store/reducer.js';
import { DEFAULT_REDUCER_OPTIONS, type DiagnosticsState, INITIAL_STATE } from '../../store/state.js';
import { selectMediaRaised, selectSpeakingWhileMuted } from './raised.js';

const media = (diagnostic: string, value: boolean | number, at: number) =>
  ({ type: 'diagnosticChanged', at, area: 'media', diagnostic, value }) as DiagnosticEvent;
const run = (...events: DiagnosticEvent[]): DiagnosticsState =>
  events.reduce((state, event) => diagnosticsReducer(state, event, DEFAULT_REDUCER_OPTIONS), INITIAL_STATE);
const ended = { type: 'callEnded', at: 90, code: 0, subCode: 0 } as DiagnosticEvent;

describe('selectMediaRaised (the cue to fetch the media family’s part of the surfaces)', () => {
  it.each([
    ['no media reading', [], false],
    ['a raised flag', [media('microphoneNotFunctioning', true, 10)], true],
    ['speaking while muted', [media('speakingWhileMicrophoneIsMuted', true, 10)], true],
    ['a Bad quality value', [media('microphoneMuteUnexpectedly', 3, 10)], true],
    ['a Poor quality value', [media('cameraStoppedUnexpectedly', 2, 10)], true],
    [
      'a cleared flag',
      [media('microphoneNotFunctioning', true, 10), media('microphoneNotFunctioning', false, 20)],
      false,
    ],
    ['a Good value', [media('microphoneMuteUnexpectedly', 1, 10)], false],
    ['a raised flag on an ended call', [media('microphoneNotFunctioning', true, 10), ended], false],
  ])('%s → %s', (_name, events, expected) => {
    expect(selectMediaRaised(run(...(events as DiagnosticEvent[])))).toBe(expected);
  });
});

describe('selectSpeakingWhileMuted', () => {
  it('since when the person speaks muted; undefined when cleared, never raised or the call ended', () => {
    expect(selectSpeakingWhileMuted(run(media('speakingWhileMicrophoneIsMuted', true, 10)))).toBe(10);
    expect(selectSpeakingWhileMuted(run())).toBeUndefined();
    expect(
      selectSpeakingWhileMuted(
        run(media('speakingWhileMicrophoneIsMuted', true, 10), media('speakingWhileMicrophoneIsMuted', false, 20)),
      ),
    ).toBeUndefined();
    expect(selectSpeakingWhileMuted(run(media('speakingWhileMicrophoneIsMuted', true, 10), ended))).toBeUndefined();
  });
});
