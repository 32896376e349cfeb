import { describe, expect, it } from 'vitest';
import { QUALITY_THRESHOLDS, type QualityThresholdOverrides, resolveThresholds } from './thresholds.js';

describe('QUALITY_THRESHOLDS', () => {
  it('holds the documented tiers (docs/quality.md), frozen', () => {
    expect(QUALITY_THRESHOLDS).toEqual({
      mos: { fair: 4.03, poor: 3.6 },
      rttMs: { fair: 200, poor: 400 },
      jitterMs: { fair: 30, poor: 50 },
      lossPercent: { fair: 1, poor: 10 },
      availableOutgoingBitrate: { fair: 500_000, poor: 40_000 },
      freezeMs: { fair: 0, poor: 500 },
    });
    expect(Object.isFrozen(QUALITY_THRESHOLDS)).toBe(true);
    expect(Object.values(QUALITY_THRESHOLDS).every((tiers) => Object.isFrozen(tiers))).toBe(true);
  });
});

describe('resolveThresholds', () => {
  it('is the kit’s table itself without overrides', () => {
    expect(resolveThresholds(undefined)).toBe(QUALITY_THRESHOLDS);
  });

  it('replaces the tiers given, figure by figure, in a frozen copy', () => {
    const t = resolveThresholds({ rttMs: { poor: 300 }, lossPercent: { fair: 2, poor: 5 }, freezeMs: undefined });
    expect(t).toEqual({
      ...QUALITY_THRESHOLDS,
      rttMs: { fair: 200, poor: 300 },
      lossPercent: { fair: 2, poor: 5 },
    });
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.rttMs)).toBe(true);
    expect(Object.isFrozen(t.mos)).toBe(true);
  });

  it('keeps the kit’s tier for a value that is not a number, or NaN; Infinity is a number', () => {
    const overrides = {
      rttMs: { fair: '100', poor: Number.NaN },
      jitterMs: { fair: null, poor: Number.POSITIVE_INFINITY },
      mos: 5,
    } as unknown as QualityThresholdOverrides;
    const t = resolveThresholds(overrides);
    expect(t.rttMs).toEqual(QUALITY_THRESHOLDS.rttMs);
    expect(t.jitterMs).toEqual({ fair: 30, poor: Number.POSITIVE_INFINITY });
    expect(t.mos).toEqual(QUALITY_THRESHOLDS.mos);
  });

  it('ignores overrides that are not an object', () => {
    expect(resolveThresholds(7 as unknown as QualityThresholdOverrides)).toEqual(QUALITY_THRESHOLDS);
    expect(resolveThresholds(null as unknown as QualityThresholdOverrides)).toEqual(QUALITY_THRESHOLDS);
  });
});
