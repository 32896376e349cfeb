import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../../events.js';
import { diagnosticsReducer } from '../../store/reducer.js';
import { type DiagnosticsState, INITIAL_STATE } from '../../store/state.js';
import { selectMediaIssues } from './selectors.js';

const media = (diagnostic: string, value: boolean | number, at: number): DiagnosticEvent => ({
  type: 'diagnosticChanged',
  at,
  area: 'media',
  diagnostic,
  value,
});
const run = (...events: DiagnosticEvent[]): DiagnosticsState =>
  events.reduce((state, event) => diagnosticsReducer(state, event), INITIAL_STATE);
const keys = (state: DiagnosticsState) => selectMediaIssues(state).map((i) => [i.entry.diagnostic, i.since]);

describe('selectMediaIssues', () => {
  it('orders permission denied > no device > stopped > frozen, microphone before camera, then by time', () => {
    const state = run(
      media('cameraFreeze', true, 1),
      media('cameraStoppedUnexpectedly', true, 2),
      media('microphoneNotFunctioning', true, 3),
      media('noSpeakerDevicesEnumerated', true, 4),
      media('noMicrophoneDevicesEnumerated', true, 5),
      media('cameraPermissionDenied', true, 6),
      media('microphonePermissionDenied', true, 7),
    );
    expect(keys(state)).toEqual([
      ['microphonePermissionDenied', 7],
      ['cameraPermissionDenied', 6],
      ['noMicrophoneDevicesEnumerated', 5],
      ['noSpeakerDevicesEnumerated', 4],
      ['microphoneNotFunctioning', 3],
      ['cameraStoppedUnexpectedly', 2],
      ['cameraFreeze', 1],
    ]);
  });

  it('reads true, Poor and Bad as raised; false and Good as cleared', () => {
    expect(keys(run(media('microphoneMuteUnexpectedly', 3, 1)))).toEqual([['microphoneMuteUnexpectedly', 1]]);
    expect(keys(run(media('cameraStoppedUnexpectedly', 2, 1)))).toEqual([['cameraStoppedUnexpectedly', 1]]);
    expect(keys(run(media('cameraStoppedUnexpectedly', true, 1), media('cameraStoppedUnexpectedly', 1, 2)))).toEqual(
      [],
    );
    expect(keys(run(media('cameraFreeze', true, 1), media('cameraFreeze', false, 2)))).toEqual([]);
  });

  it('leaves out speaking while muted, unknown names, network UFDs, and everything once the call ended', () => {
    expect(keys(run(media('speakingWhileMicrophoneIsMuted', true, 1)))).toEqual([]);
    expect(keys(run(media('somethingNew', true, 1)))).toEqual([]);
    const network: DiagnosticEvent = {
      type: 'diagnosticChanged',
      at: 1,
      area: 'network',
      diagnostic: 'cameraFreeze',
      value: true,
    };
    expect(keys(run(network))).toEqual([]);
    expect(keys(run(media('cameraFreeze', true, 1), { type: 'callEnded', at: 2, code: 0 }))).toEqual([]);
  });
});

describe('the media UFD names', () => {
  it('the first load’s name list and the catalog agree, name for name', async () => {
    const { isMediaDiagnostic } = await import('./names.js');
    const { lookupMediaIssue } = await import('./catalog.js');
    const names = [
      'speakingWhileMicrophoneIsMuted',
      'noSpeakerDevicesEnumerated',
      'noMicrophoneDevicesEnumerated',
      'cameraFreeze',
      'cameraStartFailed',
      'cameraStartTimedOut',
      'capturerStartFailed',
      'microphoneNotFunctioning',
      'microphoneMuteUnexpectedly',
      'cameraStoppedUnexpectedly',
      'capturerStoppedUnexpectedly',
      'screenshareRecordingDisabled',
      'microphonePermissionDenied',
      'cameraPermissionDenied',
      'microphoneNotMuteButSilent',
    ];
    for (const name of names) {
      expect(isMediaDiagnostic(name), name).toBe(true);
      expect(lookupMediaIssue(name)?.diagnostic, name).toBe(name);
    }
    expect(isMediaDiagnostic('somethingNew')).toBe(false);
    expect(isMediaDiagnostic('')).toBe(false);
  });
});
