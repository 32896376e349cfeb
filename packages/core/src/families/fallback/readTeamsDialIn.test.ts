import { createFakeCall } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { collectEvents } from '../../../test/collectEvents.js';
import { createCallDiagnostics } from '../../createCallDiagnostics.js';
import { attachCall } from '../../sources/attachCall.js';
import { CallStateTracker } from '../../sources/callStateTracker.js';
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

/** Lets the lazy reader's chunk and the SDK's promise settle. */
const settle = () => vi.waitFor(() => undefined).then(() => new Promise((r) => setTimeout(r, 0)));

const dialInEvents = (events: readonly { type: string }[]) => events.filter((e) => e.type === 'dialInDetails');

describe('a Teams meeting’s dial-in details from the SDK (Features.TeamsMeetingAudioConferencing)', () => {
  it('are read once, only after the call is Connected, and reach the store; kept after the end', async () => {
    const call = createFakeCall({ state: 'Connecting', audioConferencing: DETAILS });
    const diagnostics = createCallDiagnostics({ source: { kind: 'call', call }, history: false });
    await settle();
    expect(call.controls.audioConferencingReads()).toBe(0);
    call.controls.setState('InLobby');
    await settle();
    expect(call.controls.audioConferencingReads()).toBe(0);
    call.controls.setState('Connected');
    await vi.waitFor(() => expect(diagnostics.getSnapshot().dialIn).toBeDefined());
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
    // Hold and resume: Connected again, never a second read.
    call.controls.setState('LocalHold');
    call.controls.setState('Connected');
    await settle();
    expect(call.controls.audioConferencingReads()).toBe(1);
    call.controls.end({ code: 410, subCode: 3112 });
    expect(diagnostics.getSnapshot().dialIn?.conferenceId).toBe('123456789');
    diagnostics.reset();
    expect(diagnostics.getSnapshot().dialIn).toBeUndefined();
    diagnostics.dispose();
  });

  it('a call attached while already Connected is read at once', async () => {
    const call = createFakeCall({ audioConferencing: DETAILS });
    const { events, sink } = collectEvents();
    const detach = attachCall(call, sink);
    await vi.waitFor(() => expect(dialInEvents(events)).toHaveLength(1));
    expect(call.controls.audioConferencingReads()).toBe(1);
    detach();
  });

  it('a call that is not a Teams meeting (400/45950): no details, no issue, no crash', async () => {
    const call = createFakeCall();
    const { events, sink } = collectEvents();
    const detach = attachCall(call, sink);
    await vi.waitFor(() => expect(call.controls.audioConferencingReads()).toBe(1));
    await settle();
    expect(dialInEvents(events)).toEqual([]);
    expect(events.filter((e) => e.type === 'sourceIssue')).toEqual([]);
    detach();
  });

  it('an answer after the detach is dropped', async () => {
    const call = createFakeCall({ audioConferencing: DETAILS });
    const { events, sink } = collectEvents();
    attachCall(call, sink)();
    await settle();
    expect(dialInEvents(events)).toEqual([]);
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

  it('with the SDK’s own factory given to the source, the call is asked with it', async () => {
    const factory = { name: 'the SDK’s' };
    const call = createFakeCall({
      duckTypedFeatures: false,
      features: { UserFacingDiagnostics: {}, TeamsMeetingAudioConferencing: factory },
      audioConferencing: DETAILS,
    });
    const feature = vi.spyOn(call, 'feature');
    const { events, sink } = collectEvents();
    const detach = attachCall(call, sink, {
      features: { UserFacingDiagnostics: {}, TeamsMeetingAudioConferencing: factory } as never,
    });
    await vi.waitFor(() => expect(dialInEvents(events)).toHaveLength(1));
    expect(feature).toHaveBeenCalledWith(factory);
    detach();
  });

  it('an SDK without the feature (features given without it, the SDK loaded without it): no details, no issue', async () => {
    const features = { UserFacingDiagnostics: { u: 1 } };
    const call = createFakeCall({ duckTypedFeatures: false, features, audioConferencing: DETAILS });
    const { events, sink } = collectEvents();
    const detach = attachCall(call, sink, {
      features: features as never,
      loadFeatures: async () => ({}) as never,
    });
    await settle();
    expect(dialInEvents(events)).toEqual([]);
    expect(events.filter((e) => e.type === 'sourceIssue')).toEqual([]);
    expect(call.controls.audioConferencingReads()).toBe(0);
    detach();
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
  it('ignores a malformed dispatched value and a repeat of the same details', () => {
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
    diagnostics.dispatch({ type: 'dialInDetails', at: 2, dialIn: { ...dialIn, numbers: [...dialIn.numbers] } });
    expect(diagnostics.getSnapshot()).toBe(after);
    diagnostics.dispose();
  });
});
