import { describe, expect, it, vi } from 'vitest';
import { controlsOf } from './controls.js';
import type { CallAdapterLike, CallAgentLike, CallLike, StatefulCallClientLike } from './types.js';

const call = (extra: object = {}) =>
  ({ id: 'c', state: 'Connected', feature: () => ({}), on() {}, off() {}, ...extra }) as unknown as CallLike;

describe('controlsOf', () => {
  it('a Call: unmute() and stopVideo(stream) for each local video stream; isVideoOn reads the streams', async () => {
    const streams = ['s1', 's2'];
    const c = { unmute: vi.fn(async () => {}), stopVideo: vi.fn(async () => {}), localVideoStreams: streams };
    const controls = controlsOf({ kind: 'call', call: call(c) });
    await controls.unmute?.();
    expect(c.unmute).toHaveBeenCalledTimes(1);
    expect(controls.isVideoOn?.()).toBe(true);
    await controls.stopVideo?.();
    expect(c.stopVideo.mock.calls).toEqual([['s1'], ['s2']]);
  });

  it('a Call without the methods has no such controls; a throwing unmute rejects instead of throwing', async () => {
    const bare = controlsOf({ kind: 'call', call: call() });
    expect(bare.unmute).toBeUndefined();
    expect(bare.stopVideo).toBeUndefined();
    expect(bare.isVideoOn?.()).toBe(false);
    const throwing = controlsOf({
      kind: 'call',
      call: call({
        unmute: () => {
          throw new Error('not in a call');
        },
      }),
    });
    await expect(throwing.unmute?.()).rejects.toThrow('not in a call');
  });

  it('a CallAgent: the newest call in progress; none in progress rejects', async () => {
    const ended = { ...call({ unmute: vi.fn(async () => {}) }), state: 'Disconnected' } as CallLike;
    const live = call({ unmute: vi.fn(async () => {}), localVideoStreams: [] });
    const agent = { calls: [live, ended], on() {}, off() {} } as unknown as CallAgentLike;
    const controls = controlsOf({ kind: 'callAgent', agent });
    await controls.unmute?.();
    expect((live as unknown as { unmute: () => void }).unmute).toHaveBeenCalledTimes(1);
    expect(controls.isVideoOn?.()).toBe(false);
    const idle = controlsOf({
      kind: 'callAgent',
      agent: { calls: [ended], on() {}, off() {} } as unknown as CallAgentLike,
    });
    await expect(idle.unmute?.()).rejects.toThrow('no call in progress');
    expect(idle.isVideoOn?.()).toBe(false);
  });

  it('a CallAdapter: unmute() and stopCamera(); the camera from state.call.localVideoStreams', async () => {
    const adapter = {
      unmute: vi.fn(async () => {}),
      stopCamera: vi.fn(async () => {}),
      getState: () => ({ call: { id: 'c', state: 'Connected', localVideoStreams: [{}] } }),
    } as unknown as CallAdapterLike;
    const controls = controlsOf({ kind: 'callAdapter', adapter });
    await controls.unmute?.();
    await controls.stopVideo?.();
    expect((adapter as unknown as { stopCamera: () => void }).stopCamera).toHaveBeenCalledTimes(1);
    expect(controls.isVideoOn?.()).toBe(true);
  });

  it('a StatefulCallClient has no call object: no controls', () => {
    expect(controlsOf({ kind: 'statefulCallClient', client: {} as StatefulCallClientLike })).toEqual({});
  });
});
