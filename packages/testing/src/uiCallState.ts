import type { CallEndReason, CallState as SdkCallState } from '@azure/communication-calling';
import type { CallState } from '@azure/communication-react';
import type { FakeDiagnosticValue } from './fakeCall.js';

/** What the UI library keeps as `latest` for one UFD. */
export interface FakeLatestValue {
  /** The UFD's value: a flag or a quality (1 Good, 2 Poor, 3 Bad). */
  readonly value: FakeDiagnosticValue;
  /** `DiagnosticFlag` or `DiagnosticQuality`. */
  readonly valueType: 'DiagnosticFlag' | 'DiagnosticQuality';
}

/** Options of a fake UI-library `CallState`. */
export interface FakeUiCallStateOptions {
  /** The call ID. */
  readonly id?: string;
  /** The call's state (`Connected` by default). */
  readonly state?: SdkCallState;
  /** The network UFD values at the start. */
  readonly network?: Partial<Record<string, FakeDiagnosticValue>>;
  /** The media UFD values at the start. */
  readonly media?: Partial<Record<string, FakeDiagnosticValue>>;
}

export const valueTypeOf = (value: FakeDiagnosticValue): FakeLatestValue['valueType'] =>
  typeof value === 'boolean' ? 'DiagnosticFlag' : 'DiagnosticQuality';

function toLatest(values: Partial<Record<string, FakeDiagnosticValue>> = {}): Record<string, FakeLatestValue> {
  const latest: Record<string, FakeLatestValue> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) latest[name] = { value, valueType: valueTypeOf(value) };
  }
  return latest;
}

/**
 * A `@azure/communication-react` `CallState` with what the kit reads (`id`, `state`, `callEndReason`,
 * `diagnostics.network/media.latest`) and empty defaults for the rest. Immutable: every change makes a new object,
 * like the UI library's stateful client.
 */
export function fakeUiCallState(options: FakeUiCallStateOptions, counter: number): CallState {
  const read: Pick<CallState, 'id' | 'state' | 'diagnostics'> = {
    id: options.id ?? `fake-call-${counter}`,
    state: options.state ?? 'Connected',
    diagnostics: {
      network: { latest: toLatest(options.network) as never },
      media: { latest: toLatest(options.media) as never },
    },
  };
  const rest = {
    kind: 'Call',
    callerInfo: { identifier: undefined, displayName: 'Fake caller' },
    direction: 'Outgoing',
    isMuted: false,
    isScreenSharingOn: false,
    localVideoStreams: [],
    remoteParticipants: {},
    remoteParticipantsEnded: {},
    transcription: { isTranscriptionActive: false },
    captionsFeature: {
      captions: [],
      supportedSpokenLanguages: [],
      supportedCaptionLanguages: [],
      isCaptionLanguageSupported: false,
      isCaptionsFeatureActive: false,
      startCaptionsInProgress: false,
      captionsKind: 'Captions',
    },
    realTimeTextFeature: {},
    optimalVideoCount: { maxRemoteVideoStreams: 4 },
    recording: { isRecordingActive: false },
    pptLive: { isActive: false },
    raiseHand: { raisedHands: [] },
    togetherMode: { isActive: false, streams: [], seatingPositions: {} },
    startTime: new Date(0),
    endTime: undefined,
    role: 'Attendee',
    transfer: { acceptedTransfers: {} },
  } as unknown as Omit<CallState, 'id' | 'state' | 'diagnostics'>;
  return { ...rest, ...read };
}

/** The same call state with an end reason, `Disconnected`, and an end time. */
export function endedUiCallState(call: CallState, reason: CallEndReason): CallState {
  return { ...call, state: 'Disconnected', callEndReason: reason, endTime: new Date() };
}
