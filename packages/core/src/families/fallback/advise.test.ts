import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adviseFallback,
  closeFallback,
  FALLBACK_SAMPLES,
  type FallbackAdvice,
  type FallbackSample,
  NO_ADVICE,
} from './advise.js';

const run = (samples: readonly FallbackSample[], from: FallbackAdvice = NO_ADVICE) =>
  samples.reduce(adviseFallback, from);
const times = (n: number, sample: FallbackSample) => Array.from({ length: n }, () => sample);
const POOR_CAMERA = { level: 'poor', cameraOn: true, dialIn: true } as const;
const POOR_AUDIO = { level: 'poor', cameraOn: false, dialIn: true } as const;
const GOOD = { level: 'good', cameraOn: true, dialIn: true } as const;

describe('adviseFallback: video off after 10 poor samples with a camera, phone 30 later', () => {
  it('9 poor samples with the camera on offer nothing; the 10th offers videoOff', () => {
    expect(run(times(9, POOR_CAMERA)).offer).toBe('none');
    expect(run(times(FALLBACK_SAMPLES.videoOff, POOR_CAMERA)).offer).toBe('videoOff');
  });

  it('no camera: never videoOff', () => {
    expect(run(times(39, POOR_AUDIO)).offer).toBe('none');
  });

  it('still poor 30 samples after the video offer, with dial-in known: phone (even after the camera went off)', () => {
    const offered = run(times(10, POOR_CAMERA));
    expect(run(times(29, POOR_CAMERA), offered).offer).toBe('videoOff');
    const taken = closeFallback(offered, 'videoOff');
    expect(taken.offer).toBe('none');
    expect(run(times(29, POOR_AUDIO), taken).offer).toBe('none');
    expect(run(times(30, POOR_AUDIO), taken).offer).toBe('phone');
  });

  it('no dial-in details: never phone', () => {
    expect(run(times(100, { ...POOR_CAMERA, dialIn: false })).offer).toBe('videoOff');
  });

  it('a good sample restarts the count; an offer not acted on goes and may come back', () => {
    const offered = run(times(10, POOR_CAMERA));
    const recovered = adviseFallback(offered, GOOD);
    expect(recovered.offer).toBe('none');
    expect(run(times(9, POOR_CAMERA), recovered).offer).toBe('none');
    expect(run(times(10, POOR_CAMERA), recovered).offer).toBe('videoOff');
  });

  it('an offer taken or dismissed is never made again; closing twice changes nothing', () => {
    const closed = closeFallback(closeFallback(run(times(40, POOR_CAMERA)), 'phone'), 'videoOff');
    expect(closeFallback(closed, 'phone')).toBe(closed);
    expect(run(times(200, POOR_CAMERA), closed).offer).toBe('none');
  });

  it('the same object when a sample changes nothing', () => {
    expect(adviseFallback(NO_ADVICE, GOOD)).toBe(NO_ADVICE);
  });

  it('a new object when only the offer or only the camera count changes (counts alone do not decide "nothing changed")', () => {
    const staleOffer: FallbackAdvice = { offer: 'videoOff', poorSamples: 0, cameraPoorSamples: 0, closed: [] };
    const fixedOffer = adviseFallback(staleOffer, GOOD);
    expect(fixedOffer).not.toBe(staleOffer);
    expect(fixedOffer).toEqual({ offer: 'none', poorSamples: 0, cameraPoorSamples: 0, closed: [] });
    const staleCamera: FallbackAdvice = { offer: 'none', poorSamples: 0, cameraPoorSamples: 3, closed: [] };
    const fixedCamera = adviseFallback(staleCamera, GOOD);
    expect(fixedCamera).not.toBe(staleCamera);
    expect(fixedCamera).toEqual({ offer: 'none', poorSamples: 0, cameraPoorSamples: 0, closed: [] });
  });

  it('closing the offer not on show keeps the one on show', () => {
    const offered = run(times(10, POOR_CAMERA));
    expect(closeFallback(offered, 'phone')).toEqual({ ...offered, offer: 'videoOff', closed: ['phone'] });
    expect(run(times(30, POOR_CAMERA), closeFallback(offered, 'phone')).offer).toBe('videoOff');
  });

  it('property: an offer is made only after its run of poor samples, and never once closed', () => {
    const sample = fc.record({
      level: fc.constantFrom('good', 'fair', 'poor', 'unknown'),
      cameraOn: fc.boolean(),
      dialIn: fc.boolean(),
    }) as fc.Arbitrary<FallbackSample>;
    const step = fc.oneof(sample, fc.constantFrom('close-videoOff' as const, 'close-phone' as const));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        let advice = NO_ADVICE;
        let poor = 0;
        let cameraPoor = 0;
        for (const s of steps) {
          if (typeof s === 'string') {
            advice = closeFallback(advice, s === 'close-phone' ? 'phone' : 'videoOff');
            continue;
          }
          poor = s.level === 'poor' ? poor + 1 : 0;
          cameraPoor = s.level === 'poor' && s.cameraOn ? cameraPoor + 1 : 0;
          advice = adviseFallback(advice, s);
          if (advice.offer === 'phone') expect(poor >= 40 && s.dialIn).toBe(true);
          if (advice.offer === 'videoOff') expect(cameraPoor).toBeGreaterThanOrEqual(10);
          if (advice.offer !== 'none') expect(advice.closed).not.toContain(advice.offer);
        }
      }),
    );
  });
});
