// A call made by hand to the shape of the ACS SDK's typings (feature(Features.UserFacingDiagnostics) with network,
// media and remote; on/off('stateChanged' | 'remoteParticipantsUpdated'); callEndReason; unmute) — not the kit's own
// fake: the pack acceptance tests meet the installed packages the way an app does.
import { vi } from 'vitest';

export const UFD_FACTORY = { callApiCtor: class {} }; // stands in for Features.UserFacingDiagnostics
export const Features = { UserFacingDiagnostics: UFD_FACTORY };

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

export function sdkShapedCall() {
  const events = emitter();
  const network = emitter();
  const media = emitter();
  const remote = emitter();
  const latest = {};
  const remoteLatest = [];
  let sending = false;
  const call = {
    id: 'acceptance-call-1',
    state: 'Connected',
    callEndReason: undefined,
    info: { participantId: 'acceptance-participant', getServerCallId: async () => 'server-1' },
    unmute: vi.fn(async () => {}),
    feature(factory) {
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
  return {
    call,
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
    listeners: () => events.count() + network.count() + media.count() + remote.count(),
  };
}
