/**
 * Type tests of the quality monitor against the real `@azure/communication-calling` typings (compiled by
 * `pnpm test:types`, never run): the SDK's `MediaStatsReportSample` goes into `push` as it is.
 */
import type { MediaStatsCollector, MediaStatsReportSample } from '@azure/communication-calling';
import { createQualityMonitor, type MediaStatsSampleLike, type QualityAssessment } from '@call-diagnostics/core';

declare const sample: MediaStatsReportSample;
declare const collector: MediaStatsCollector;

// The SDK's sample is assignable to the structural type core declares.
export const asLike: MediaStatsSampleLike = sample;

// …and the collector's listener can push it straight in.
const monitor = createQualityMonitor();
collector.on('sampleReported', (reported) => {
  monitor.push(reported);
});
export const assessed: QualityAssessment = monitor.push(sample, Date.now());

// Not a sample: rejected at compile time.
// @ts-expect-error a sample needs its audio streams
monitor.push({ video: { send: [], receive: [] } });
// @ts-expect-error a figure is a number
monitor.push({ audio: { send: [{ rttInMs: '40' }], receive: [] } });
