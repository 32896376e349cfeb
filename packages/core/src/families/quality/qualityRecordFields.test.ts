import { describe, expect, it } from 'vitest';
import { qualityRecordFields } from './qualityRecordFields.js';
import type { QualityAssessment } from './types.js';

const assessment = (mos: number | undefined, reasons: QualityAssessment['reasons'] = []): QualityAssessment => ({
  level: 'poor',
  reasons,
  mos,
  figures: undefined,
  since: 12,
});

describe('qualityRecordFields', () => {
  it('gives the level, the MOS to one decimal and the reasons as kind:direction', () => {
    const fields = qualityRecordFields(
      assessment(1.908, [
        { kind: 'ufd', direction: 'send', severity: 'poor', value: 3, threshold: 3 },
        { kind: 'loss', direction: 'receive', severity: 'fair', value: 6, threshold: 1 },
      ]),
    );
    expect(fields).toEqual({ level: 'poor', mos: 1.9, reasons: ['ufd:send', 'loss:receive'] });
  });

  it.each([
    [4.41, 4.4],
    [4.45, 4.5],
    [3.96, 4],
    [1, 1],
  ])('rounds %d to %d', (mos, rounded) => {
    expect(qualityRecordFields(assessment(mos)).mos).toBe(rounded);
  });

  it('keeps an unknown MOS undefined, and holds nothing else (no figures, no times, no ids)', () => {
    const fields = qualityRecordFields({ ...assessment(undefined), level: 'unknown' });
    expect(fields).toEqual({ level: 'unknown', mos: undefined, reasons: [] });
    expect(Object.keys(fields).sort()).toEqual(['level', 'mos', 'reasons']);
  });
});
