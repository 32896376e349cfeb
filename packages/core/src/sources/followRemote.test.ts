import { createFakeCall } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { collectEvents } from '../../test/collectEvents.js';
import { attachCall } from './attachCall.js';

const now = () => 9;
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
