import { describe, expect, it } from 'vitest';
import { GOOD, statsSample } from '../../../test/mediaStatsSample.js';
import { readSample } from './readSample.js';

const base = () => statsSample({ send: [GOOD], receive: [GOOD] });

describe('readSample', () => {
  it('reads the audio streams, the video and screen packets sent, the freeze totals and the transports', () => {
    const read = readSample(
      statsSample({
        send: [{ ...GOOD, transportId: 't0' }],
        receive: [{ packetsPerSecond: 20, packetsLostPerSecond: 1, jitterInMs: 3 }],
        videoSend: [{ packetsPerSecond: 100 }, {}],
        screenSend: [{ packetsPerSecond: 20 }],
        videoReceive: [
          { totalFreezeDurationInMs: 120 },
          { id: undefined, streamId: 7, totalFreezeDurationInMs: 3 },
          {},
        ],
        transports: [{ rttInMs: 33, availableOutgoingBitrate: 800_000 }, {}],
      }),
    );
    expect(read).toEqual({
      audioSend: [{ packetsPerSecond: 50, packetsLostPerSecond: 0, rttMs: 40, jitterMs: 5, transportId: 't0' }],
      audioReceive: [
        { packetsPerSecond: 20, packetsLostPerSecond: 1, rttMs: undefined, jitterMs: 3, transportId: undefined },
      ],
      visualSendPackets: 120,
      freezeTotals: new Map<unknown, number>([
        ['vr0', 120],
        [7, 3],
      ]),
      transports: [
        { id: 't0', rttMs: 33, availableOutgoingBitrate: 800_000 },
        { id: 't1', rttMs: undefined, availableOutgoingBitrate: undefined },
      ],
    });
  });

  it('keys a received stream without id or streamId by its position', () => {
    const sample = {
      audio: { send: [], receive: [] },
      video: { send: [], receive: [{ totalFreezeDurationInMs: 1 }, { totalFreezeDurationInMs: 2 }] },
    };
    expect([...readSample(sample).freezeTotals]).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('takes absent figures as 0 packets and unknown RTT and jitter', () => {
    expect(readSample(statsSample({ send: [{}] })).audioSend).toEqual([
      { packetsPerSecond: 0, packetsLostPerSecond: 0, rttMs: undefined, jitterMs: undefined, transportId: undefined },
    ]);
  });

  it('accepts a sample with audio only (video, screen share and transports absent)', () => {
    const read = readSample({ audio: { send: [GOOD], receive: [] } });
    expect(read.visualSendPackets).toBe(0);
    expect(read.freezeTotals.size).toBe(0);
    expect(read.transports).toEqual([]);
  });

  it('accepts 0 and the largest figures', () => {
    expect(
      readSample(statsSample({ send: [{ rttInMs: 0, packetsPerSecond: Number.MAX_VALUE }] })).audioSend[0],
    ).toMatchObject({
      rttMs: 0,
      packetsPerSecond: Number.MAX_VALUE,
    });
  });

  it.each([
    ['null', null],
    ['a string', 'sample'],
    ['a number', 3],
    ['no audio', { video: { send: [], receive: [] } }],
    ['audio null', { audio: null }],
    ['audio a string', { audio: 'x' }],
    ['no audio.send', { audio: { receive: [] } }],
    ['no audio.receive', { audio: { send: [] } }],
    ['audio.send an object', { audio: { send: {}, receive: [] } }],
    ['audio.send an object with array methods', { audio: { send: { map: () => [] }, receive: [] } }],
    ['a stream that is null', { audio: { send: [null], receive: [] } }],
    ['a stream that is a number', { audio: { send: [], receive: [5] } }],
    ['video without arrays', { ...base(), video: {} }],
    ['video null', { ...base(), video: null }],
    ['screenShare a string', { ...base(), screenShare: 'x' }],
    ['transports an object', { ...base(), transports: {} }],
    ['a transport that is a string', { ...base(), transports: ['t'] }],
    ['a video stream sent that is null', { ...base(), video: { send: [null], receive: [] } }],
    ['a video stream received that is 1', { ...base(), video: { send: [], receive: [1] } }],
  ])('throws on %s', (_, sample) => {
    expect(() => readSample(sample)).toThrow(TypeError);
  });

  const figureAt = {
    'audio sent': (v: unknown, key: string) => ({ audio: { send: [{ [key]: v }], receive: [] } }),
    'audio received': (v: unknown, key: string) => ({ audio: { send: [], receive: [{ [key]: v }] } }),
  };
  describe.each(Object.entries(figureAt))('a figure of the %s', (_, at) => {
    it.each([['packetsPerSecond'], ['packetsLostPerSecond'], ['rttInMs'], ['jitterInMs']])(
      'throws on a bad %s (NaN, negative, infinite, a string, null)',
      (key) => {
        for (const bad of [Number.NaN, -1, -0.001, Number.POSITIVE_INFINITY, '5', null, {}]) {
          expect(() => readSample(at(bad, key))).toThrow(TypeError);
        }
      },
    );
  });

  it.each([
    ['a transport RTT', { transports: [{ rttInMs: -1 }] }],
    ['an available outgoing bitrate', { transports: [{ availableOutgoingBitrate: Number.NaN }] }],
    ['a video packet rate', { video: { send: [{ packetsPerSecond: '1' }], receive: [] } }],
    ['a screen packet rate', { screenShare: { send: [{ packetsPerSecond: -5 }], receive: [] } }],
    ['a freeze total', { video: { send: [], receive: [{ totalFreezeDurationInMs: Number.NEGATIVE_INFINITY }] } }],
  ])('throws on a bad %s', (_, part) => {
    expect(() => readSample({ ...base(), ...part })).toThrow(TypeError);
  });

  it('does not check figures it does not read', () => {
    const sample = statsSample({ send: [{ ...GOOD, bitrate: Number.NaN, audioInputLevel: -3 }] });
    expect(() => readSample(sample)).not.toThrow();
  });
});
