import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../events.js';
import { diagnosticsReducer } from '../store/reducer.js';
import { DEFAULT_REDUCER_OPTIONS, type DiagnosticsState, INITIAL_STATE } from '../store/state.js';
import { selectBanner } from './banner.js';

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

describe('selectBanner across families', () => {
  const media = (diagnostic: string, value: boolean | number, at: number): DiagnosticEvent => ({
    type: 'diagnosticChanged',
    at,
    area: 'media',
    diagnostic,
    value,
  });

  it('a media problem speaks when no network issue holds, with its catalog row', () => {
    expect(selectBanner(run(attached, media('cameraPermissionDenied', true, 40)))).toEqual({
      kind: 'mediaIssue',
      intent: 'warning',
      diagnostic: 'cameraPermissionDenied',
      device: 'camera',
      category: 'permission',
      actions: ['allowAccess'],
      systemSettings: true,
      since: 40,
      moreIssues: 0,
    });
  });

  it('the network family comes first; the media problems count in moreIssues', () => {
    const state = run(
      attached,
      media('microphoneNotFunctioning', true, 10),
      media('cameraFreeze', true, 11),
      ufd('networkSendQuality', 3, 50),
    );
    expect(selectBanner(state)).toMatchObject({ kind: 'networkIssue', issue: 'sendQualityBad', moreIssues: 2 });
  });

  it('speaking while muted is never a banner issue', () => {
    expect(selectBanner(run(attached, media('speakingWhileMicrophoneIsMuted', true, 5)))).toEqual({ kind: 'none' });
  });
});
