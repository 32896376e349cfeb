import { createFakeCall } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { collectEvents } from '../../../test/collectEvents.js';
import { createCallDiagnostics } from '../../createCallDiagnostics.js';
import { CallStateTracker } from '../../sources/callStateTracker.js';
import { findFeature } from '../../sources/findFeature.js';
import type { CallLike } from '../../sources/types.js';
import { readTeamsDialIn } from './readTeamsDialIn.js';

const DETAILS = {
  phoneConferenceId: '123456789',
  phoneNumbers: [
    {
      tollFreePhoneNumber: { kind: 'phoneNumber' as const, phoneNumber: '+1 800 555 0199', rawId: '4:+18005550199' },
      countryName: 'United States',
    },
    {
      tollPhoneNumber: { kind: 'phoneNumber' as const, phoneNumber: '+1 206 555 0100', rawId: '4:+12065550100' },
      countryName: 'United States',
      cityName: 'Seattle',
    },
  ],
};

const dialInEvents = (events: readonly { type: string }[]) => events.filter((e) => e.type === 'dialInDetails');

/** How the chunks fetched later find a feature with a `CallDiagnostics`' own features and loader. */
const finderOf = (diagnostics: object) => (name: string, call: object) => findFeature(diagnostics, name, call);

/** What the React fallback advisor does once the call is connected: ask once, into the store. */
function readInto(diagnostics: ReturnType<typeof createCallDiagnostics>, call: CallLike, isDetached = () => false) {
  const find = finderOf(diagnostics);
  const factory = (async () => find?.('TeamsMeetingAudioConferencing', call))();
  return readTeamsDialIn(call, (dialIn) => diagnostics.dispatch({ type: 'dialInDetails', at: 1, dialIn }), {
    factory,
    isDetached,
  });
}

describe('a Teams meeting’s dial-in details from the SDK (Features.TeamsMeetingAudioConferencing)', () => {
  it('read once the call is Connected they reach the store, normalized, toll numbers first; kept after the end', async () => {
    const call = createFakeCall({ state: 'Connecting', audioConferencing: DETAILS });
    const diagnostics = createCallDiagnostics({ source: { kind: 'call', call }, history: false });
    // The SDK refuses before the join (403/45952) and in the lobby (403/45953): nothing.
    await readInto(diagnostics, call);
    call.controls.setState('InLobby');
    await readInto(diagnostics, call);
    expect(diagnostics.getSnapshot().dialIn).toBeUndefined();
    call.controls.setState('Connected');
    await readInto(diagnostics, call);
    expect(diagnostics.getSnapshot().dialIn).toEqual({
      conferenceId: '123456789',
      numbers: [
        {
          display: '+1 206 555 0100',
          dial: '+12065550100',
          tollFree: false,
          country: 'United States',
          city: 'Seattle',
        },
        { display: '+1 800 555 0199', dial: '+18005550199', tollFree: true, country: 'United States' },
      ],
      source: 'teams',
    });
    call.controls.end({ code: 410, subCode: 3112 });
    expect(diagnostics.getSnapshot().dialIn?.conferenceId).toBe('123456789');
    diagnostics.reset();
    expect(diagnostics.getSnapshot().dialIn).toBeUndefined();
    diagnostics.dispose();
  });

  it('a call that is not a Teams meeting (400/45950): no details, no issue, no crash', async () => {
    const call = createFakeCall();
    const diagnostics = createCallDiagnostics({ source: { kind: 'call', call }, history: false });
    await expect(readInto(diagnostics, call)).resolves.toBeUndefined();
    expect(call.controls.audioConferencingReads()).toBe(1);
    expect(diagnostics.getSnapshot().dialIn).toBeUndefined();
    expect(diagnostics.getSnapshot().issues).toEqual([]);
    diagnostics.dispose();
  });

  it('an answer after the reader is detached is dropped', async () => {
    const call = createFakeCall({ audioConferencing: DETAILS });
    const diagnostics = createCallDiagnostics({ history: false });
    await readInto(diagnostics, call, () => true);
    expect(diagnostics.getSnapshot().dialIn).toBeUndefined();
    expect(call.controls.audioConferencingReads()).toBe(0);
  });

  it('a throwing feature(), an SDK without the feature or an answer without a number: nothing, never a rejection', async () => {
    const onDetails = vi.fn();
    const throwing = {
      feature: () => {
        throw new Error('no');
      },
    } as unknown as CallLike;
    const stand = { factory: Promise.resolve({ name: 'TeamsMeetingAudioConferencing' }), isDetached: () => false };
    await expect(readTeamsDialIn(throwing, onDetails, stand)).resolves.toBeUndefined();
    const noFeature = createFakeCall({ audioConferencing: DETAILS });
    const missing = Promise.reject(new Error('the SDK has no Features.TeamsMeetingAudioConferencing'));
    await expect(
      readTeamsDialIn(noFeature, onDetails, { factory: missing, isDetached: () => false }),
    ).resolves.toBeUndefined();
    const empty = createFakeCall({ audioConferencing: { phoneConferenceId: '1', phoneNumbers: [] } });
    await readTeamsDialIn(empty, onDetails, stand);
    expect(onDetails).not.toHaveBeenCalled();
  });

  it('no factory found: the call is never asked; a feature without the method: nothing, never a rejection', async () => {
    const onDetails = vi.fn();
    const feature = vi.fn(() => ({
      getTeamsMeetingAudioConferencingDetails: async () => DETAILS,
    }));
    const call = { feature } as unknown as CallLike;
    await readTeamsDialIn(call, onDetails, { factory: Promise.resolve(undefined), isDetached: () => false });
    expect(feature).not.toHaveBeenCalled();
    expect(onDetails).not.toHaveBeenCalled();
    const bare = { feature: () => ({}) } as unknown as CallLike;
    const stand = { factory: Promise.resolve({ name: 'TeamsMeetingAudioConferencing' }), isDetached: () => false };
    await expect(readTeamsDialIn(bare, onDetails, stand)).resolves.toBeUndefined();
    expect(onDetails).not.toHaveBeenCalled();
    await readTeamsDialIn(call, onDetails, stand);
    expect(feature).toHaveBeenCalledTimes(1);
    expect(onDetails).toHaveBeenCalledWith(expect.objectContaining({ conferenceId: '123456789', source: 'teams' }));
  });

  it('the finder: the given features’ factory at once, a stand-in for a duck-typed call, else the loaded SDK’s (once per object)', async () => {
    const factory = { name: 'the SDK’s' };
    const given = createCallDiagnostics({
      features: { TeamsMeetingAudioConferencing: factory } as never,
      history: false,
    });
    const sdkCall = createFakeCall({
      duckTypedFeatures: false,
      features: { UserFacingDiagnostics: {}, TeamsMeetingAudioConferencing: factory },
    });
    expect(finderOf(given)?.('TeamsMeetingAudioConferencing', sdkCall)).toBe(factory);
    const duck = createCallDiagnostics({ history: false });
    expect(finderOf(duck)?.('MediaStats', createFakeCall())).toEqual({ name: 'MediaStats' });
    const loadFeatures = vi.fn(async () => ({ MediaStats: factory }) as never);
    const loading = createCallDiagnostics({ history: false, loadFeatures });
    await expect(finderOf(loading)?.('MediaStats', sdkCall)).resolves.toBe(factory);
    await expect(finderOf(loading)?.('TeamsMeetingAudioConferencing', sdkCall)).rejects.toThrow(
      'the SDK has no Features.TeamsMeetingAudioConferencing',
    );
    expect(loadFeatures).toHaveBeenCalledTimes(1);
  });
});

describe('the UI library’s meetingConference (a CallAdapter or StatefulCallClient read the SDK itself)', () => {
  const phones = [
    { phoneNumber: '+1 800 555 0199', conferenceId: '123456789', isTollFree: true, country: 'United States' },
    { phoneNumber: '+1 206 555 0100', conferenceId: '123456789', isTollFree: false, city: 'Seattle' },
  ];

  it('becomes one dialInDetails event per call, toll numbers first', () => {
    const { events, sink } = collectEvents();
    const tracker = new CallStateTracker(sink, () => 1, 'callAdapter');
    tracker.start({ id: 'a', state: 'Connecting' });
    tracker.update({ id: 'a', state: 'Connected', meetingConference: { conferencePhones: phones } });
    tracker.update({ id: 'a', state: 'Connected', meetingConference: { conferencePhones: phones } });
    expect(dialInEvents(events)).toEqual([
      {
        type: 'dialInDetails',
        at: 1,
        dialIn: {
          conferenceId: '123456789',
          numbers: [
            { display: '+1 206 555 0100', dial: '+12065550100', tollFree: false, city: 'Seattle' },
            { display: '+1 800 555 0199', dial: '+18005550199', tollFree: true, country: 'United States' },
          ],
          source: 'teams',
        },
      },
    ]);
    tracker.start({ id: 'b', state: 'Connected', meetingConference: { conferencePhones: phones } });
    expect(dialInEvents(events)).toHaveLength(2);
  });

  it('empty, malformed or mixed-conference lists: only the usable numbers of the first conference', () => {
    const { events, sink } = collectEvents();
    const tracker = new CallStateTracker(sink, () => 1, 'statefulCallClient');
    tracker.start({ id: 'a', state: 'Connected', meetingConference: { conferencePhones: [] } });
    tracker.update({
      id: 'a',
      state: 'Connected',
      meetingConference: { conferencePhones: [null as never, { phoneNumber: 'none' }] },
    });
    expect(dialInEvents(events)).toEqual([]);
    tracker.update({
      id: 'a',
      state: 'Connected',
      meetingConference: {
        conferencePhones: [
          { phoneNumber: '+44 20 7946 0000', conferenceId: '111', isTollFree: false },
          { phoneNumber: '+1 206 555 0100', conferenceId: '222', isTollFree: false },
        ],
      },
    });
    const [event] = dialInEvents(events) as unknown as { dialIn: { conferenceId: string; numbers: unknown[] } }[];
    expect(event?.dialIn.conferenceId).toBe('111');
    expect(event?.dialIn.numbers).toHaveLength(1);
  });
});

describe('the store’s dialIn', () => {
  it('ignores a malformed dispatched value and a repeat of the same object', () => {
    const diagnostics = createCallDiagnostics({ history: false });
    const before = diagnostics.getSnapshot();
    diagnostics.dispatch({ type: 'dialInDetails', at: 1, dialIn: { conferenceId: 'abc', numbers: [] } as never });
    diagnostics.dispatch({ type: 'dialInDetails', at: 1, dialIn: null as never });
    expect(diagnostics.getSnapshot()).toBe(before);
    const dialIn = {
      conferenceId: '1',
      numbers: [{ display: '1', dial: '1', tollFree: false }],
      source: 'app' as const,
    };
    diagnostics.dispatch({ type: 'dialInDetails', at: 1, dialIn });
    const after = diagnostics.getSnapshot();
    expect(after.dialIn).toBe(dialIn);
    diagnostics.dispatch({ type: 'dialInDetails', at: 2, dialIn });
    expect(diagnostics.getSnapshot()).toBe(after);
    diagnostics.dispatch({ type: 'dialInDetails', at: 3, dialIn: { conferenceId: '1', numbers: 'x' } as never });
    expect(diagnostics.getSnapshot()).toBe(after);
    diagnostics.dispose();
  });
});
