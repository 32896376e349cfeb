import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../events.js';
import { diagnosticsReducer } from '../store/reducer.js';
import { DEFAULT_REDUCER_OPTIONS, type DiagnosticsState, INITIAL_STATE } from '../store/state.js';
import { type BannerModel, selectBanner } from './banner.js';
import { mediaBanner } from './media/banner.js';
import { selectMediaIssues } from './media/selectors.js';
import { networkBanner } from './network/banner.js';
import { selectNetworkIssues } from './network/selectors.js';
import { type FamilyBanner, family, selectBannerFrom } from './selectBannerFrom.js';

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

const network: FamilyBanner<unknown, BannerModel> = family({ issues: selectNetworkIssues, banner: networkBanner });
const media: FamilyBanner<unknown, BannerModel> = family({ issues: selectMediaIssues, banner: mediaBanner });

// The banner's selection over the families' parts a surface has (the React banner loads the media family's on demand).
describe('selectBannerFrom', () => {
  it('with every family it is selectBanner', () => {
    const states = [
      run(attached),
      run(attached, ufd('noNetwork', true, 10), ufd('microphoneNotFunctioning', true, 20, 'media')),
      run(attached, ufd('cameraFreeze', true, 20, 'media'), ufd('microphonePermissionDenied', true, 30, 'media')),
      run(attached, { type: 'callEnded', at: 40, code: 410, subCode: 3112 } as DiagnosticEvent),
    ];
    for (const state of states) expect(selectBannerFrom(state, { network, media })).toEqual(selectBanner(state));
  });

  it("a family without its part neither shows nor counts in moreIssues; the others' issues still do", () => {
    const state = run(attached, ufd('microphoneNotFunctioning', true, 20, 'media'), ufd('networkSendQuality', 3, 30));
    expect(selectBannerFrom(state, { network, media })).toMatchObject({ kind: 'networkIssue', moreIssues: 1 });
    expect(selectBannerFrom(state, { network })).toMatchObject({ kind: 'networkIssue', moreIssues: 0 });
    const mediaOnly = run(attached, ufd('microphoneNotFunctioning', true, 20, 'media'));
    expect(selectBannerFrom(mediaOnly, { network })).toEqual({ kind: 'none' });
    expect(selectBannerFrom(mediaOnly, {})).toEqual({ kind: 'none' });
    expect(selectBannerFrom(mediaOnly, { media })).toMatchObject({ kind: 'mediaIssue', moreIssues: 0 });
  });

  it("a call's end (a code the catalog knows) needs no family's part; an unknown one shows nothing", () => {
    const ended = run(attached, ufd('noNetwork', true, 10), {
      type: 'callEnded',
      at: 40,
      code: 410,
      subCode: 3112,
    } as DiagnosticEvent);
    expect(selectBannerFrom(ended, {})).toMatchObject({ kind: 'callEnded', codeText: '410/3112', relayFailure: true });
    const unknown = run(attached, { type: 'callEnded', at: 40, code: 999, subCode: 1 } as DiagnosticEvent);
    expect(selectBannerFrom(unknown, { network, media })).toEqual({ kind: 'none' });
  });
});
