// A call made by hand to the shape of the ACS SDK's typings (feature(Features.UserFacingDiagnostics) with network,
// media and remote; on/off('stateChanged' | 'remoteParticipantsUpdated'); callEndReason; unmute) — not the kit's own
// fake: the pack acceptance tests meet the installed packages the way an app does.
import { vi } from 'vitest';

export const UFD_FACTORY = { callApiCtor: class {} }; // stands in for Features.UserFacingDiagnostics
export const MEDIA_STATS_FACTORY = { callApiCtor: class {} }; // Features.MediaStats
export const TEAMS_AUDIO_FACTORY = { callApiCtor: class {} }; // Features.TeamsMeetingAudioConferencing
export const Features = {
  UserFacingDiagnostics: UFD_FACTORY,
  MediaStats: MEDIA_STATS_FACTORY,
  TeamsMeetingAudioConferencing: TEAMS_AUDIO_FACTORY,
};

/** A `MediaStatsReportSample` as the SDK's collector reports it: the same audio figures sent and received. */
export function mediaStatsSample({ rttMs, jitterMs, lossPercent, packetsPerSecond = 50 }) {
  const lost = packetsPerSecond > 0 ? (packetsPerSecond * lossPercent) / (100 - lossPercent) : 0;
  const audio = { rttInMs: rttMs, jitterInMs: jitterMs, packetsPerSecond, packetsLostPerSecond: lost };
  return {
    audio: { send: [{ id: 'as0', ...audio }], receive: [{ id: 'ar0', ...audio }] },
    video: { send: [], receive: [] },
    screenShare: { send: [], receive: [] },
    transports: [{ id: 't0', rttInMs: rttMs }],
  };
}
export const GOOD = { rttMs: 40, jitterMs: 5, lossPercent: 0 };
export const BAD = { rttMs: 450, jitterMs: 45, lossPercent: 6 };

/** An error as the SDK throws it: a message with `code` and `subCode`. */
const sdkError = (code, subCode) => Object.assign(new Error(`${code}/${subCode}`), { code, subCode });

function emitter() {
  const map = new Map();
  return {
    on(event, fn) {
      map.set(event, [...(map.get(event) ?? []), fn]);
    },
    off(event, fn) {
      map.set(
        event,
        (map.get(event) ?? []).filter((f) => f !== fn),
      );
    },
    emit(event, ...args) {
      for (const fn of map.get(event) ?? []) fn(...args);
    },
    count: () => [...map.values()].reduce((n, list) => n + list.length, 0),
  };
}

const typeOf = (value) => (typeof value === 'boolean' ? 'DiagnosticFlag' : 'DiagnosticQuality');

export function sdkShapedCall({ state = 'Connected', teams } = {}) {
  const events = emitter();
  const collectors = new Set();
  const network = emitter();
  const media = emitter();
  const remote = emitter();
  const latest = {};
  const remoteLatest = [];
  let sending = false;
  const call = {
    id: 'acceptance-call-1',
    state,
    localVideoStreams: [],
    stopVideo: vi.fn(async (stream) => {
      call.localVideoStreams = call.localVideoStreams.filter((s) => s !== stream);
      events.emit('localVideoStreamsUpdated', { added: [], removed: [stream] });
    }),
    callEndReason: undefined,
    info: { participantId: 'acceptance-participant', getServerCallId: async () => 'server-1' },
    unmute: vi.fn(async () => {}),
    feature(factory) {
      if (factory === MEDIA_STATS_FACTORY) return mediaStats;
      if (factory === TEAMS_AUDIO_FACTORY) return teamsAudio;
      if (factory !== UFD_FACTORY) throw new Error('unknown feature');
      return {
        network: { getLatest: () => ({ ...latest }), on: network.on, off: network.off },
        media: { getLatest: () => ({}), on: media.on, off: media.off },
        remote: {
          getLatest: () => ({ diagnostics: [...remoteLatest] }),
          on: remote.on,
          off: remote.off,
          startSendingDiagnostics: () => {
            sending = true;
          },
          stopSendingDiagnostics: () => {
            sending = false;
          },
        },
      };
    },
    on: events.on,
    off: events.off,
  };
  const mediaStats = {
    createCollector() {
      const collector = emitter();
      collectors.add(collector);
      return { on: collector.on, off: collector.off, dispose: () => collectors.delete(collector) };
    },
  };
  // Like the SDK: only once the call is Connected (403/45952 before, 403/45953 in the lobby), 400/45950 when the call
  // is not a Teams meeting.
  const teamsAudio = {
    getTeamsMeetingAudioConferencingDetails: vi.fn(async () => {
      if (!teams) throw sdkError(400, 45950);
      if (call.state === 'InLobby') throw sdkError(403, 45953);
      if (call.state !== 'Connected') throw sdkError(403, 45952);
      return teams;
    }),
  };
  return {
    call,
    teamsAudio,
    setState(next) {
      call.state = next;
      events.emit('stateChanged');
    },
    cameraOn() {
      const stream = { mediaStreamType: 'Video' };
      call.localVideoStreams = [stream];
      events.emit('localVideoStreamsUpdated', { added: [stream], removed: [] });
    },
    pushStats(figures, times = 1) {
      for (let i = 0; i < times; i += 1)
        for (const c of [...collectors]) c.emit('sampleReported', mediaStatsSample(figures));
    },
    openCollectors: () => collectors.size,
    raise(diagnostic, value) {
      latest[diagnostic] = { value, valueType: typeOf(value) };
      network.emit('diagnosticChanged', { diagnostic, value, valueType: typeOf(value) });
    },
    raiseMedia(diagnostic, value) {
      media.emit('diagnosticChanged', { diagnostic, value, valueType: typeOf(value) });
    },
    raiseRemote({ participantId, rawId, displayName }, diagnostic, value) {
      const entry = {
        participantId,
        rawId,
        remoteParticipant: { displayName },
        diagnostic,
        value,
        valueType: typeOf(value),
      };
      const index = remoteLatest.findIndex((d) => d.rawId === rawId && d.diagnostic === diagnostic);
      if (index >= 0) remoteLatest[index] = entry;
      else remoteLatest.push(entry);
      remote.emit('diagnosticChanged', { diagnostics: [...remoteLatest] });
    },
    leave(rawId) {
      events.emit('remoteParticipantsUpdated', {
        added: [],
        removed: [{ identifier: { kind: 'communicationUser', rawId } }],
      });
    },
    end(code, subCode) {
      call.callEndReason = { code, subCode };
      call.state = 'Disconnected';
      events.emit('stateChanged');
    },
    sending: () => sending,
    listeners: () =>
      events.count() +
      network.count() +
      media.count() +
      remote.count() +
      [...collectors].reduce((n, c) => n + c.count(), 0),
  };
}
