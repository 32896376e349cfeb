import type {
  Call,
  CallEndReason,
  CallFeature,
  CallFeatureFactory,
  CallInfo,
  CallKind,
  CallState,
  LatestMediaDiagnostics,
  LatestNetworkDiagnostics,
  Lobby,
  MediaDiagnostics,
  MediaStatsReportSample,
  NetworkDiagnostics,
  RemoteDiagnostics,
  TeamsMeetingAudioConferencingDetails,
  UserFacingDiagnosticsFeature,
} from '@azure/communication-calling';
import { DUCK_TYPED_FEATURES } from '@call-diagnostics/core';
import { CountingEmitter } from './emitter.js';

/** A UFD value as the SDK reports it. */
export type FakeDiagnosticValue = boolean | 1 | 2 | 3;

/** Options of {@link createFakeCall}. */
export interface FakeCallOptions {
  /** Defaults to a fresh `fake-call-<n>`. */
  readonly id?: string;
  /** `call.info.participantId`. */
  readonly participantId?: string;
  /** What `call.info.getServerCallId()` resolves to. */
  readonly serverCallId?: string;
  /** Defaults to `Connected`. */
  readonly state?: CallState;
  /** UFDs already raised before anyone subscribed (what `getLatest()` returns). */
  readonly network?: Partial<Record<string, FakeDiagnosticValue>>;
  /** The media UFD values `getLatest()` reports at the start. */
  readonly media?: Partial<Record<string, FakeDiagnosticValue>>;
  /**
   * When true (default) the fake's `feature()` returns the UFD feature for any factory argument, and it tells the kit
   * so (it never loads the SDK). When false it only answers `Features.UserFacingDiagnostics` given in `features`.
   */
  readonly duckTypedFeatures?: boolean;
  /** The real SDK's `Features` to check against when `duckTypedFeatures` is false. */
  readonly features?: {
    readonly UserFacingDiagnostics: unknown;
    readonly MediaStats?: unknown;
    readonly TeamsMeetingAudioConferencing?: unknown;
  };
  /**
   * Makes the call a Teams meeting with these dial-in details: the feature's `getTeamsMeetingAudioConferencingDetails()`
   * (`Features.TeamsMeetingAudioConferencing`) resolves them once the call is `Connected`, and rejects as the SDK does
   * otherwise (403/45953 in the lobby, 403/45952 before the join). Without it the call is not a Teams meeting
   * (400/45950).
   */
  readonly audioConferencing?: TeamsMeetingAudioConferencingDetails;
}

/** Controls that drive a fake call the way the SDK would. */
export interface FakeCallControls {
  /** Raises a network UFD (`networkRelaysNotReachable`, `noNetwork`, quality 1/2/3 …). */
  raiseNetwork(diagnostic: string, value: FakeDiagnosticValue): void;
  /** Raises a media UFD. */
  raiseMedia(diagnostic: string, value: FakeDiagnosticValue): void;
  /** Sets `state` and emits `stateChanged` (no-op when unchanged, like the SDK). */
  setState(state: CallState): void;
  /** Sets `callEndReason`, then moves to `Disconnecting` and `Disconnected`. */
  end(reason?: { code: number; subCode?: number }): void;
  /** Changes `id` and emits `idChanged`. */
  changeId(id: string): void;
  /** Listeners currently registered on the call and its UFD emitters (all events). */
  listenerCount(): number;
  /** Makes `feature()` throw (fault injection). */
  failFeature(error?: Error): void;
  /** Makes `getLatest()` throw (fault injection). */
  failGetLatest(error?: Error): void;
  /**
   * Raises another participant's UFD, as `UserFacingDiagnosticsFeature.remote` reports what clients that send their
   * diagnostics share: the whole list goes out in `diagnosticChanged`. A value back to good (`false`, 1) stays in the
   * list with that value, as the SDK reports it.
   */
  raiseRemote(participant: FakeRemoteParticipant, diagnostic: string, value: FakeDiagnosticValue): void;
  /** A participant leaves: `remoteParticipantsUpdated` with them in `removed`. */
  removeParticipant(rawId: string): void;
  /** Whether this client sends its diagnostics to the others (`startSendingDiagnostics()` called and not stopped). */
  isSendingDiagnostics(): boolean;
  /** Turns the camera on (one local video stream) or off, and emits `localVideoStreamsUpdated`. */
  setVideo(on: boolean): void;
  /** Reports a media statistics sample to every open collector (`Features.MediaStats`, `sampleReported`). */
  pushMediaStats(sample: MediaStatsReportSample): void;
  /** Collectors created and not disposed yet. */
  openCollectors(): number;
  /** How many times `getTeamsMeetingAudioConferencingDetails()` was called. */
  audioConferencingReads(): number;
}

/** Another participant, as `RemoteDiagnostic` names them. */
export interface FakeRemoteParticipant {
  /** `RemoteDiagnostic.participantId`. */
  readonly participantId: string;
  /** `RemoteDiagnostic.rawId` (their identifier, `8:acs:…`); defaults to `participantId`. */
  readonly rawId?: string;
  /** `remoteParticipant.displayName`. */
  readonly displayName?: string;
}

/** A fake that is an SDK `Call` (assignable to it) plus {@link FakeCallControls}. */
export type FakeCall = Call & { readonly controls: FakeCallControls };

let counter = 0;

const notSupported = (what: string) => (): never => {
  throw new Error(`FakeCall: ${what} is not simulated`);
};
const resolved = async (): Promise<void> => {};

function valueType(value: FakeDiagnosticValue): 'DiagnosticFlag' | 'DiagnosticQuality' {
  return typeof value === 'boolean' ? 'DiagnosticFlag' : 'DiagnosticQuality';
}

class FakeDiagnostics {
  readonly emitter = new CountingEmitter();
  readonly latest: Record<string, { value: FakeDiagnosticValue; valueType: 'DiagnosticFlag' | 'DiagnosticQuality' }> =
    {};
  failure: Error | undefined;
  constructor(initial: Partial<Record<string, FakeDiagnosticValue>> = {}) {
    for (const [name, value] of Object.entries(initial)) {
      if (value !== undefined) this.latest[name] = { value, valueType: valueType(value) };
    }
  }
  getLatest = (): never => {
    if (this.failure) throw this.failure;
    return { ...this.latest } as never;
  };
  // biome-ignore lint/suspicious/noExplicitAny: network and media payloads differ; one emitter serves both.
  on = (event: 'diagnosticChanged', listener: (args: any) => void): void => this.emitter.on(event, listener);
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  off = (event: 'diagnosticChanged', listener: (args: any) => void): void => this.emitter.off(event, listener);
  raise(diagnostic: string, value: FakeDiagnosticValue): void {
    const previous = this.latest[diagnostic];
    if (previous && previous.value === value) return; // the SDK only reports changes
    this.latest[diagnostic] = { value, valueType: valueType(value) };
    this.emitter.emit('diagnosticChanged', { diagnostic, value, valueType: valueType(value) });
  }
}

/**
 * Creates a fake ACS `Call` that satisfies the SDK's `Call` type, for stories, demos and tests. Only what the
 * diagnostics read is simulated: `id`, `state`, `callEndReason`, `info`, `on/off('stateChanged' | 'idChanged')` and
 * `feature(Features.UserFacingDiagnostics)`; media methods resolve and do nothing.
 */
export function createFakeCall(options: FakeCallOptions = {}): FakeCall {
  counter += 1;
  const events = new CountingEmitter();
  const network = new FakeDiagnostics(options.network);
  const media = new FakeDiagnostics(options.media);
  let id = options.id ?? `fake-call-${counter}`;
  let state: CallState = options.state ?? 'Connected';
  let callEndReason: CallEndReason | undefined;
  let featureFailure: Error | undefined;
  const duckTyped = options.duckTypedFeatures ?? true;
  const participantId = options.participantId ?? `fake-participant-${counter}`;

  const remoteEmitter = new CountingEmitter();
  const remoteLatest: Array<{
    participantId: string;
    rawId: string;
    remoteParticipant: { displayName?: string } | undefined;
    diagnostic: string;
    value: FakeDiagnosticValue;
    valueType: 'DiagnosticFlag' | 'DiagnosticQuality';
  }> = [];
  let sending = false;
  const remote: RemoteDiagnostics = {
    get isSendingDiagnosticsEnabled() {
      return sending;
    },
    startSendingDiagnostics: () => {
      sending = true;
    },
    stopSendingDiagnostics: () => {
      sending = false;
    },
    getLatest: () => ({ diagnostics: remoteLatest.map((d) => ({ ...d })) }) as never,
    on: (event, listener) => remoteEmitter.on(event, listener),
    off: (event, listener) => remoteEmitter.off(event, listener),
  };
  // biome-ignore lint/suspicious/noExplicitAny: a fake LocalVideoStream: only its identity matters to stopVideo().
  let localVideoStreams: any[] = [];
  const collectors = new Set<CountingEmitter>();
  let audioConferencingReads = 0;
  const refusal = (code: number, subCode: number, message: string) =>
    Object.assign(new Error(`${message} (${code}/${subCode})`), { code, subCode });
  const audioConferencing = {
    name: 'TeamsMeetingAudioConferencing',
    dispose: () => {},
    getTeamsMeetingAudioConferencingDetails: async (): Promise<TeamsMeetingAudioConferencingDetails> => {
      audioConferencingReads += 1;
      if (!options.audioConferencing) throw refusal(400, 45950, 'Not a Teams meeting');
      if (state === 'InLobby') throw refusal(403, 45953, 'The call is in the lobby');
      if (state !== 'Connected') throw refusal(403, 45952, 'The call is not connected');
      return options.audioConferencing;
    },
  };
  const mediaStats = {
    name: 'MediaStats',
    dispose: () => {},
    createCollector: () => {
      const emitter = new CountingEmitter();
      collectors.add(emitter);
      return {
        on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
        off: (event: string, listener: (...args: unknown[]) => void) => emitter.off(event, listener),
        dispose: () => collectors.delete(emitter),
      };
    },
  };
  const ufd: UserFacingDiagnosticsFeature = {
    name: 'UserFacingDiagnostics',
    network: network as unknown as NetworkDiagnostics,
    media: media as unknown as MediaDiagnostics,
    remote,
    dispose: () => {},
  };
  const info: CallInfo = {
    groupId: undefined,
    threadId: undefined,
    get participantId() {
      return participantId;
    },
    getServerCallId: async () => options.serverCallId ?? `fake-server-call-${counter}`,
    onCallInfoChanged: () => {},
    offCallInfoChanged: () => {},
  } as CallInfo;
  const lobby: Lobby = {
    participants: [],
    on: () => {},
    off: () => {},
    admit: resolved,
    reject: resolved,
  } as unknown as Lobby;

  const setState = (next: CallState): void => {
    if (next === state) return;
    state = next;
    events.emit('stateChanged');
  };

  const controls: FakeCallControls = {
    raiseNetwork: (diagnostic, value) => network.raise(diagnostic, value),
    raiseMedia: (diagnostic, value) => media.raise(diagnostic, value),
    setState,
    end(reason = { code: 0, subCode: 0 }) {
      callEndReason = { code: reason.code, ...(reason.subCode === undefined ? {} : { subCode: reason.subCode }) };
      setState('Disconnecting');
      setState('Disconnected');
    },
    changeId(next) {
      if (next === id) return;
      id = next;
      events.emit('idChanged');
    },
    listenerCount: () =>
      events.listenerCount() +
      network.emitter.listenerCount() +
      media.emitter.listenerCount() +
      remoteEmitter.listenerCount() +
      [...collectors].reduce((n, c) => n + c.listenerCount(), 0),
    failFeature(error = new Error('feature() failed')) {
      featureFailure = error;
    },
    failGetLatest(error = new Error('getLatest() failed')) {
      network.failure = error;
      media.failure = error;
    },
    raiseRemote(participant, diagnostic, value) {
      const rawId = participant.rawId ?? participant.participantId;
      const index = remoteLatest.findIndex((d) => d.rawId === rawId && d.diagnostic === diagnostic);
      const entry = {
        participantId: participant.participantId,
        rawId,
        remoteParticipant: participant.displayName === undefined ? undefined : { displayName: participant.displayName },
        diagnostic,
        value,
        valueType: valueType(value),
      };
      if (index >= 0) remoteLatest[index] = entry;
      else remoteLatest.push(entry);
      remoteEmitter.emit('diagnosticChanged', { diagnostics: remoteLatest.map((d) => ({ ...d })) });
    },
    removeParticipant(rawId) {
      for (let i = remoteLatest.length - 1; i >= 0; i -= 1)
        if (remoteLatest[i]?.rawId === rawId) remoteLatest.splice(i, 1);
      const identifier = { kind: 'communicationUser', communicationUserId: rawId, rawId };
      events.emit('remoteParticipantsUpdated', { added: [], removed: [{ identifier }] });
    },
    isSendingDiagnostics: () => sending,
    pushMediaStats(sample) {
      for (const collector of [...collectors]) collector.emit('sampleReported', sample);
    },
    openCollectors: () => collectors.size,
    audioConferencingReads: () => audioConferencingReads,
    setVideo(on) {
      const next = on ? (localVideoStreams.length > 0 ? localVideoStreams : [{ mediaStreamType: 'Video' }]) : [];
      if (next === localVideoStreams) return;
      const [added, removed] = on ? [next, []] : [[], localVideoStreams];
      localVideoStreams = next;
      events.emit('localVideoStreamsUpdated', { added, removed });
    },
  };

  const call = {
    [DUCK_TYPED_FEATURES]: duckTyped,
    controls,
    kind: 'Call' as CallKind,
    get id() {
      return id;
    },
    get state() {
      return state;
    },
    // The SDK declares `callEndReason?`; a getter cannot be optional, so it is typed as present.
    get callEndReason(): CallEndReason {
      return callEndReason as CallEndReason;
    },
    info,
    callerInfo: { identifier: undefined, displayName: 'Fake caller' },
    direction: 'Outgoing' as const,
    isMuted: false,
    isIncomingAudioMuted: false,
    isScreenSharingOn: false,
    get isLocalVideoStarted() {
      return localVideoStreams.length > 0;
    },
    get localVideoStreams() {
      return localVideoStreams;
    },
    localAudioStreams: [],
    remoteAudioStreams: [],
    remoteParticipants: [],
    role: 'Attendee' as const,
    lobby,
    totalParticipantCount: 1,
    feature<TFeature extends CallFeature>(factory: CallFeatureFactory<TFeature>): TFeature {
      if (featureFailure) throw featureFailure;
      const named = (factory as unknown as { name?: unknown } | undefined)?.name;
      if (named === 'MediaStats' || (factory !== undefined && factory === options.features?.MediaStats)) {
        return mediaStats as unknown as TFeature;
      }
      if (
        named === 'TeamsMeetingAudioConferencing' ||
        (factory !== undefined && factory === options.features?.TeamsMeetingAudioConferencing)
      ) {
        return audioConferencing as unknown as TFeature;
      }
      if (duckTyped || factory === options.features?.UserFacingDiagnostics) return ufd as unknown as TFeature;
      throw new Error('FakeCall: only Features.UserFacingDiagnostics is simulated');
    },
    hangUp: async () => controls.end({ code: 0, subCode: 0 }),
    mute: resolved,
    unmute: resolved,
    muteAllRemoteParticipants: resolved,
    muteIncomingAudio: resolved,
    unmuteIncomingAudio: resolved,
    sendDtmf: resolved,
    startVideo: resolved,
    stopVideo: async (stream: unknown) => {
      if (!localVideoStreams.includes(stream)) throw new Error('FakeCall: stopVideo() of a stream that is not on');
      localVideoStreams = localVideoStreams.filter((s) => s !== stream);
      events.emit('localVideoStreamsUpdated', { added: [], removed: [stream] });
    },
    hold: resolved,
    resume: resolved,
    startScreenSharing: resolved,
    stopScreenSharing: resolved,
    startAudio: resolved,
    stopAudio: () => {},
    setConstraints: resolved,
    addParticipant: notSupported('addParticipant'),
    removeParticipant: resolved,
    // biome-ignore lint/suspicious/noExplicitAny: one implementation serves every overload of on/off.
    on: (event: string, listener: (...args: any[]) => void) => events.on(event, listener),
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    off: (event: string, listener: (...args: any[]) => void) => events.off(event, listener),
    dispose: () => {},
  };
  // Assigning to `Call` (not casting) makes the compiler check the fake against the SDK's own typings.
  const typed: Call = call;
  return typed as FakeCall;
}

/** Network UFD names typed from the SDK, for autocompletion in tests. */
export type FakeNetworkDiagnostic = keyof LatestNetworkDiagnostics;
/** Media UFD names typed from the SDK. */
export type FakeMediaDiagnostic = keyof LatestMediaDiagnostics;
