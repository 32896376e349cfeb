import { describe, expect, it } from 'vitest';
import { estimateMos } from './estimateMos.js';

/** The MOS of an R factor (the E-model's mapping), to check the bands. */
const mosOfR = (r: number) => 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r);

describe('estimateMos', () => {
  it.each([
    // rtt, jitter, loss → MOS (Twilio's simplified G.107)
    [40, 5, 0, 4.4106], // latency 60 → R 93.268
    [0, 0, 0, 4.4333], // latency 10 → R 94.518, the highest
    [150, 0, 0, 4.3574], // latency 160 → R 90.768 on both lines
    [100, 25, 0, 4.3574], // the same latency from jitter counted twice
    [250, 10, 0, 3.9766], // latency 280 → R 78.768
    [450, 45, 6, 1.9088], // the bad sample: latency 550 → R 51.768 − 15
    [40, 5, 10, 3.5148], // R 93.268 − 25
    [150, 0, 2, 4.2221], // R 90.768 − 5
  ])('rtt %d ms, jitter %d ms, loss %d percent → MOS %f', (rtt, jitter, loss, mos) => {
    expect(estimateMos(rtt, jitter, loss)).toBeCloseTo(mos, 4);
  });

  it('follows latency / 40 below 160 ms and (latency − 120) / 10 above', () => {
    expect(estimateMos(100, 0, 0)).toBeCloseTo(mosOfR(94.768 - 110 / 40), 10);
    expect(estimateMos(300, 0, 0)).toBeCloseTo(mosOfR(94.768 - (310 - 120) / 10), 10);
  });

  it('is 1 when R reaches 0 or below (no wrap-around of the polynomial), and never below 1', () => {
    expect(estimateMos(40, 5, 100)).toBe(1);
    expect(estimateMos(5000, 0, 0)).toBe(1);
    // R ≈ 3: the polynomial alone gives 0.989.
    expect(mosOfR(3)).toBeLessThan(1);
    expect(estimateMos(0, 0, (94.518 - 3) / 2.5)).toBe(1);
  });

  it('maps the E-model bands R 90 / 80 / 70 / 60 / 50 to about 4.34 / 4.02 / 3.60 / 3.10 / 2.58', () => {
    expect([90, 80, 70, 60, 50].map((r) => Math.round(mosOfR(r) * 100) / 100)).toEqual([4.34, 4.02, 3.6, 3.1, 2.58]);
  });
});
