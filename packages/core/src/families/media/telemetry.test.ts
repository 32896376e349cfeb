import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../../events.js';
import { diagnosticsReducer } from '../../store/reducer.js';
import { INITIAL_STATE } from '../../store/state.js';
import { mediaTelemetry } from './telemetry.js';

const media = (diagnostic: string, value: boolean | number, at = 1): DiagnosticEvent => ({
  type: 'diagnosticChanged',
  at,
  area: 'media',
  diagnostic,
  value,
});

describe('mediaTelemetry', () => {
  it('one mediaIssue record per known media UFD change, raised and cleared, with its name and value', () => {
    const raised = diagnosticsReducer(INITIAL_STATE, media('microphoneNotFunctioning', true));
    expect(mediaTelemetry(INITIAL_STATE, raised)).toEqual([
      { kind: 'mediaIssue', diagnostic: 'microphoneNotFunctioning', value: true },
    ]);
    const cleared = diagnosticsReducer(raised, media('microphoneNotFunctioning', false, 2));
    expect(mediaTelemetry(raised, cleared)).toEqual([
      { kind: 'mediaIssue', diagnostic: 'microphoneNotFunctioning', value: false },
    ]);
  });

  it('nothing for speaking while muted, unknown names, unchanged media or network changes', () => {
    const muted = diagnosticsReducer(INITIAL_STATE, media('speakingWhileMicrophoneIsMuted', true));
    expect(mediaTelemetry(INITIAL_STATE, muted)).toEqual([]);
    const unknown = diagnosticsReducer(INITIAL_STATE, media('somethingNew', true));
    expect(mediaTelemetry(INITIAL_STATE, unknown)).toEqual([]);
    expect(mediaTelemetry(muted, muted)).toEqual([]);
    const network = diagnosticsReducer(muted, {
      type: 'diagnosticChanged',
      at: 2,
      area: 'network',
      diagnostic: 'noNetwork',
      value: true,
    });
    expect(mediaTelemetry(muted, network)).toEqual([]);
  });
});
