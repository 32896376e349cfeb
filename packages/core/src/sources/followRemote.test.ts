import { CountingEmitter, createFakeCall } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { collectEvents } from '../../test/collectEvents.js';
import { attachCall } from './attachCall.js';
import type { UfdAttachment } from './attachment.js';
import type { followRemote } from './followRemote.js';
import { createListenerBag } from './listenerBag.js';
import type { CallLike } from './types.js';

const now = () => 9;
/**
 * The module under test, imported inside each test (as attachCall imports it, lazily) rather than at the top: its
 * module-level code then runs within a test, where Stryker's per-test coverage sees it.
 */
const load = () => import('./followRemote.js');
const alex = { participantId: 'p-alex', rawId: '8:acs:alex', displayName: 'Alex' };

describe('other participants’ diagnostics on a raw Call', () => {
  it('reads what the SDK already holds, follows the changes with the whole list, and the participants who leave', async () => {
    const call = createFakeCall();
    call.controls.raiseRemote(alex, 'networkReceiveQuality', 3);
    const { events, sink } = collectEvents();
    attachCall(call, sink, { now });
    await vi.dynamicImportSettled(); // the others' diagnostics are followed once their code arrives
    expect(events.filter((e) => e.type === 'remoteDiagnosticsChanged')).toEqual([
      {
        type: 'remoteDiagnosticsChanged',
        at: 9,
        diagnostics: [
          {
            participantId: 'p-alex',
            rawId: '8:acs:alex',
            displayName: 'Alex',
            diagnostic: 'networkReceiveQuality',
            value: 3,
          },
        ],
      },
    ]);
    call.controls.raiseRemote({ participantId: 'p-sam' }, 'cameraFreeze', true);
    expect(events.at(-1)).toMatchObject({
      type: 'remoteDiagnosticsChanged',
      diagnostics: [
        { participantId: 'p-alex', diagnostic: 'networkReceiveQuality' },
        { participantId: 'p-sam', rawId: 'p-sam', displayName: undefined, diagnostic: 'cameraFreeze', value: true },
      ],
    });
    call.controls.removeParticipant('8:acs:alex');
    expect(events.at(-1)).toEqual({ type: 'participantLeft', at: 9, participantId: '8:acs:alex' });
  });

  it('drops entries that are not a participant’s UFD; an empty list is no event', () => {
    const call = createFakeCall();
    const { events, sink } = collectEvents();
    attachCall(call, sink, { now });
    const remote = (call.feature(0 as never) as unknown as { remote: { getLatest(): unknown } }).remote;
    expect(remote.getLatest()).toEqual({ diagnostics: [] });
    expect(events.some((e) => e.type === 'remoteDiagnosticsChanged')).toBe(false);
    call.controls.raiseRemote({ participantId: '' }, 'noNetwork', true);
    expect(events.some((e) => e.type === 'remoteDiagnosticsChanged')).toBe(false);
  });

  it('sends this client’s diagnostics only with shareDiagnostics, and stops on detach', async () => {
    const quiet = createFakeCall();
    attachCall(quiet, () => {}, { now })();
    expect(quiet.controls.isSendingDiagnostics()).toBe(false);
    const call = createFakeCall();
    const detach = attachCall(call, () => {}, { now, shareDiagnostics: true });
    await vi.dynamicImportSettled(); // the others' diagnostics are followed once their code arrives
    expect(call.controls.isSendingDiagnostics()).toBe(true);
    detach();
    expect(call.controls.isSendingDiagnostics()).toBe(false);
    expect(call.controls.listenerCount()).toBe(0);
  });

  it('a throwing remote getLatest is a source issue, the rest goes on', async () => {
    const call = createFakeCall();
    const remote = (call.feature(0 as never) as unknown as { remote: { getLatest(): unknown } }).remote;
    remote.getLatest = () => {
      throw new Error('disposed');
    };
    const { events, sink } = collectEvents();
    attachCall(call, sink, { now });
    await vi.dynamicImportSettled(); // the others' diagnostics are followed once their code arrives
    expect(events).toContainEqual({
      type: 'sourceIssue',
      at: 9,
      reason: 'get-latest-threw',
      detail: 'remote: disposed',
    });
    call.controls.raiseRemote(alex, 'noNetwork', true);
    expect(events.at(-1)).toMatchObject({ type: 'remoteDiagnosticsChanged' });
  });
});

/** A remote diagnostics object whose `diagnosticChanged` the test raises with any payload. */
function stubRemote(latest: unknown = { diagnostics: [] }, extra: object = {}) {
  const emitter = new CountingEmitter();
  return {
    emitter,
    remote: {
      getLatest: () => latest,
      on: (event: string, listener: (data: unknown) => void) => emitter.on(event, listener),
      off: (event: string, listener: (data: unknown) => void) => emitter.off(event, listener),
      ...extra,
    },
  };
}

/** `followRemote` on an attachment whose call is a bare emitter: events and issues land in one list. */
async function follow(remote: Parameters<typeof followRemote>[1], share = false) {
  const { followRemote } = await load();
  const callEvents = new CountingEmitter();
  const call = {
    on: (event: string, listener: (args: unknown) => void) => callEvents.on(event, listener),
    off: (event: string, listener: (args: unknown) => void) => callEvents.off(event, listener),
  } as unknown as CallLike;
  const { events, sink } = collectEvents();
  const issue: UfdAttachment['issue'] = (reason, detail) => sink({ type: 'sourceIssue', at: 9, reason, detail });
  const listeners = createListenerBag((detail, reason) => issue(reason, detail));
  const a: UfdAttachment = { call, now, listeners, emit: sink, issue, isDetached: () => false };
  followRemote(a, remote, share);
  return { events, callEvents, detach: () => listeners.release() };
}

const entry = (fields: object = {}) => ({
  participantId: 'p-alex',
  rawId: '8:acs:alex',
  remoteParticipant: { displayName: 'Alex' },
  diagnostic: 'networkReceiveQuality',
  value: 3,
  ...fields,
});

describe('isRemoteDiagnostics', () => {
  it('is true only for an object with getLatest, on and off functions', async () => {
    const { isRemoteDiagnostics } = await load();
    const fn = () => {};
    expect(isRemoteDiagnostics({ getLatest: fn, on: fn, off: fn })).toBe(true);
    expect(isRemoteDiagnostics(undefined)).toBe(false);
    expect(isRemoteDiagnostics(null)).toBe(false);
    expect(isRemoteDiagnostics({})).toBe(false);
    expect(isRemoteDiagnostics({ on: fn, off: fn })).toBe(false);
    expect(isRemoteDiagnostics({ getLatest: fn, off: fn })).toBe(false);
    expect(isRemoteDiagnostics({ getLatest: fn, on: fn })).toBe(false);
    expect(isRemoteDiagnostics({ getLatest: 1, on: fn, off: fn })).toBe(false);
  });
});

describe('followRemote: reading the SDK’s { diagnostics }', () => {
  it('a getLatest without a diagnostics list (undefined, {}, a non-array) emits nothing and is no issue', async () => {
    for (const latest of [undefined, null, {}, { diagnostics: 'x' }, { diagnostics: {} }]) {
      const { remote } = stubRemote(latest);
      expect((await follow(remote)).events).toEqual([]);
    }
  });

  it('a change without a diagnostics list emits nothing and is no issue', async () => {
    const { remote, emitter } = stubRemote();
    const { events } = await follow(remote);
    for (const data of [undefined, null, {}, { diagnostics: 5 }, { diagnostics: [] }]) {
      emitter.emit('diagnosticChanged', data);
    }
    expect(events).toEqual([]);
  });

  it('reads participantId, rawId, displayName, diagnostic and a boolean or number value, nothing else', async () => {
    const { remote } = stubRemote({
      diagnostics: [entry({ extra: 'ignored' }), entry({ participantId: 'p-sam', rawId: undefined, value: false })],
    });
    expect((await follow(remote)).events).toEqual([
      {
        type: 'remoteDiagnosticsChanged',
        at: 9,
        diagnostics: [
          {
            participantId: 'p-alex',
            rawId: '8:acs:alex',
            displayName: 'Alex',
            diagnostic: 'networkReceiveQuality',
            value: 3,
          },
          {
            participantId: 'p-sam',
            rawId: undefined,
            displayName: 'Alex',
            diagnostic: 'networkReceiveQuality',
            value: false,
          },
        ],
      },
    ]);
  });

  it('rawId and displayName are read only when non-empty strings', async () => {
    const { remote } = stubRemote({
      diagnostics: [
        entry({ rawId: 42, remoteParticipant: { displayName: 7 } }),
        entry({ rawId: '', remoteParticipant: { displayName: '' } }),
        entry({ rawId: { id: 'x' }, remoteParticipant: undefined }),
      ],
    });
    const [event] = (await follow(remote)).events;
    expect(event).toMatchObject({ type: 'remoteDiagnosticsChanged' });
    const diagnostics = (event as unknown as { diagnostics: unknown[] }).diagnostics;
    expect(diagnostics).toHaveLength(3);
    for (const d of diagnostics) expect(d).toMatchObject({ rawId: undefined, displayName: undefined });
  });

  it('drops entries without a non-empty string participantId or diagnostic, or without a boolean or number value', async () => {
    const { remote, emitter } = stubRemote();
    const { events } = await follow(remote);
    const bad = [
      null,
      undefined,
      'entry',
      entry({ participantId: undefined }),
      entry({ participantId: '' }),
      entry({ participantId: 5 }),
      entry({ diagnostic: undefined }),
      entry({ diagnostic: '' }),
      entry({ diagnostic: 5 }),
      entry({ value: undefined }),
      entry({ value: 'poor' }),
      entry({ value: null }),
      entry({ participantId: undefined, diagnostic: undefined, value: undefined }),
    ];
    emitter.emit('diagnosticChanged', { diagnostics: bad });
    expect(events).toEqual([]);
    emitter.emit('diagnosticChanged', { diagnostics: [...bad, entry({ value: true })] });
    expect(events).toEqual([
      {
        type: 'remoteDiagnosticsChanged',
        at: 9,
        diagnostics: [
          {
            participantId: 'p-alex',
            rawId: '8:acs:alex',
            displayName: 'Alex',
            diagnostic: 'networkReceiveQuality',
            value: true,
          },
        ],
      },
    ]);
  });

  it('a throwing getLatest is the get-latest-threw issue, and the changes are still followed', async () => {
    const { remote, emitter } = stubRemote();
    remote.getLatest = () => {
      throw 'gone';
    };
    const { events } = await follow(remote);
    expect(events).toEqual([{ type: 'sourceIssue', at: 9, reason: 'get-latest-threw', detail: 'remote: gone' }]);
    emitter.emit('diagnosticChanged', { diagnostics: [entry()] });
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ type: 'remoteDiagnosticsChanged' });
  });
});

describe('followRemote: participants leaving', () => {
  it('emits participantLeft with the identifier’s rawId, else its communicationUserId', async () => {
    const { events, callEvents } = await follow(stubRemote().remote);
    callEvents.emit('remoteParticipantsUpdated', {
      added: [],
      removed: [
        { identifier: { rawId: '8:acs:alex' } },
        { identifier: { communicationUserId: '8:acs:sam' } },
        { identifier: { rawId: '8:acs:kim', communicationUserId: 'other' } },
        { identifier: { rawId: '', communicationUserId: '8:acs:lee' } },
      ],
    });
    expect(events).toEqual([
      { type: 'participantLeft', at: 9, participantId: '8:acs:alex' },
      { type: 'participantLeft', at: 9, participantId: '8:acs:sam' },
      { type: 'participantLeft', at: 9, participantId: '8:acs:kim' },
      { type: 'participantLeft', at: 9, participantId: '8:acs:lee' },
    ]);
  });

  it('a participant without an id, and an update without a removed list, emit nothing and are no issue', async () => {
    const { events, callEvents } = await follow(stubRemote().remote);
    callEvents.emit('remoteParticipantsUpdated', {
      removed: [null, undefined, {}, { identifier: undefined }, { identifier: {} }, { identifier: { rawId: 5 } }],
    });
    for (const args of [undefined, null, {}, { removed: undefined }, { removed: 'abc' }, { added: [] }]) {
      callEvents.emit('remoteParticipantsUpdated', args);
    }
    expect(events).toEqual([]);
  });
});

describe('followRemote: sharing this client’s diagnostics and detaching', () => {
  it('without share, never starts sending; every listener goes on detach', async () => {
    const start = vi.fn();
    const stop = vi.fn();
    const { remote, emitter } = stubRemote(undefined, { startSendingDiagnostics: start, stopSendingDiagnostics: stop });
    const { callEvents, detach } = await follow(remote, false);
    expect(emitter.listenerCount('diagnosticChanged')).toBe(1);
    expect(callEvents.listenerCount('remoteParticipantsUpdated')).toBe(1);
    detach();
    expect(start).not.toHaveBeenCalled();
    expect(stop).not.toHaveBeenCalled();
    expect(emitter.listenerCount()).toBe(0);
    expect(callEvents.listenerCount()).toBe(0);
  });

  it('with share, starts sending on attach and stops on detach, once each', async () => {
    const start = vi.fn();
    const stop = vi.fn();
    const { remote } = stubRemote(undefined, { startSendingDiagnostics: start, stopSendingDiagnostics: stop });
    const { detach } = await follow(remote, true);
    expect(start).toHaveBeenCalledTimes(1);
    expect(stop).not.toHaveBeenCalled();
    detach();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('with share, a remote without startSendingDiagnostics is no issue and still followed', async () => {
    const { remote, emitter } = stubRemote();
    const { events, detach } = await follow(remote, true);
    expect(events).toEqual([]);
    emitter.emit('diagnosticChanged', { diagnostics: [entry()] });
    expect(events).toHaveLength(1);
    detach();
    expect(emitter.listenerCount()).toBe(0);
  });

  it('through attachCall, without shareDiagnostics the fake call never sends', async () => {
    const call = createFakeCall();
    const detach = attachCall(call, () => {}, { now });
    await vi.dynamicImportSettled();
    expect(call.controls.isSendingDiagnostics()).toBe(false);
    detach();
    expect(call.controls.listenerCount()).toBe(0);
  });
});
