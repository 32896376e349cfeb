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
  it('a Call’s commands read the method when they run: one gone since resolves doing nothing', async () => {
    const c = call({ unmute: async () => {}, stopVideo: async () => {}, localVideoStreams: ['s1'] });
    const controls = controlsOf({ kind: 'call', call: c });
    const methods = c as unknown as Record<string, unknown>;
    delete methods.unmute;
    delete methods.stopVideo;
    await expect(controls.unmute?.()).resolves.toBeUndefined();
    await expect(controls.stopVideo?.()).resolves.toBeUndefined();
  });

  it('a Call’s isVideoOn is false without streams or with a non-array', () => {
    expect(controlsOf({ kind: 'call', call: call({ localVideoStreams: [] }) }).isVideoOn?.()).toBe(false);
    expect(controlsOf({ kind: 'call', call: call({ localVideoStreams: 's1' }) }).isVideoOn?.()).toBe(false);
  });

  it('a CallAgent: of two calls in progress the newest is commanded; stopVideo stops its streams; isVideoOn reads it', async () => {
    const older = { unmute: vi.fn(async () => {}), stopVideo: vi.fn(async (_s: unknown) => {}), localVideoStreams: [] };
    const newer = {
      unmute: vi.fn(async () => {}),
      stopVideo: vi.fn(async (_s: unknown) => {}),
      localVideoStreams: ['s1'],
    };
    const agent = { calls: [call(older), call(newer)], on() {}, off() {} } as unknown as CallAgentLike;
    const controls = controlsOf({ kind: 'callAgent', agent });
    await controls.unmute?.();
    await controls.stopVideo?.();
    expect(newer.unmute).toHaveBeenCalledTimes(1);
    expect(older.unmute).not.toHaveBeenCalled();
    expect(newer.stopVideo.mock.calls).toEqual([['s1']]);
    expect(older.stopVideo).not.toHaveBeenCalled();
    expect(controls.isVideoOn?.()).toBe(true);
  });

  it('a CallAdapter: unmute() and stopCamera() are called once each and resolve; one gone since resolves', async () => {
    const a: Record<string, unknown> = {
      unmute: vi.fn(async () => {}),
      stopCamera: vi.fn(async () => {}),
      getState: () => ({}),
    };
    const controls = controlsOf({ kind: 'callAdapter', adapter: a as unknown as CallAdapterLike });
    await expect(controls.unmute?.()).resolves.toBeUndefined();
    expect(a.unmute).toHaveBeenCalledTimes(1);
    expect(a.stopCamera).not.toHaveBeenCalled();
    await expect(controls.stopVideo?.()).resolves.toBeUndefined();
    expect(a.stopCamera).toHaveBeenCalledTimes(1);
    delete a.unmute;
    delete a.stopCamera;
    await expect(controls.unmute?.()).resolves.toBeUndefined();
    await expect(controls.stopVideo?.()).resolves.toBeUndefined();
  });

  it('a CallAdapter’s rejecting unmute rejects; without the methods there are no such controls', async () => {
    const adapter = {
      unmute: async () => {
        throw new Error('no microphone');
      },
      getState: () => ({}),
    } as unknown as CallAdapterLike;
    const controls = controlsOf({ kind: 'callAdapter', adapter });
    await expect(controls.unmute?.()).rejects.toThrow('no microphone');
    expect(controls.stopVideo).toBeUndefined();
  });

  it('a CallAdapter’s camera is off without a call, without a stream list, or with an empty one', () => {
    const isVideoOn = (state: unknown) =>
      controlsOf({
        kind: 'callAdapter',
        adapter: { getState: () => state } as unknown as CallAdapterLike,
      }).isVideoOn?.();
    expect(isVideoOn({})).toBe(false);
    expect(isVideoOn({ call: {} })).toBe(false);
    expect(isVideoOn({ call: { localVideoStreams: 'x' } })).toBe(false);
    expect(isVideoOn({ call: { localVideoStreams: [] } })).toBe(false);
    expect(isVideoOn({ call: { localVideoStreams: [{}] } })).toBe(true);
  });
});
