/**
 * The support report's quality section, from a quality session's log: each change of level with its time, MOS and
 * reasons; the lowest and median MOS seen at those changes; the reasons seen most often. Figures and kinds only.
 */
import type { QualityAssessment } from '../families/quality/types.js';

/** A quality session's log (`QualitySession.getLog()`). */
export type QualityLog = readonly { readonly at: number; readonly assessment: QualityAssessment }[];

/** The section as the report holds it. */
export interface QualitySection {
  readonly changes: ReadonlyArray<{
    readonly at: string;
    readonly level: string;
    readonly mos: number | undefined;
    readonly reasons: readonly string[];
  }>;
  readonly minMos: number | undefined;
  readonly medianMos: number | undefined;
  /** The reasons (`kind:direction`) in the most changes, most frequent first (at most 3). */
  readonly worstReasons: readonly string[];
}

const round = (mos: number) => Math.round(mos * 10) / 10;

/** The section of a log; undefined without a change. */
export function qualitySection(log: QualityLog | undefined): QualitySection | undefined {
  if (!log || log.length === 0) return undefined;
  const changes = log.map(({ at, assessment }) => ({
    at: new Date(at).toISOString(),
    level: assessment.level,
    mos: assessment.mos === undefined ? undefined : round(assessment.mos),
    reasons: assessment.reasons.map((r) => `${r.kind}:${r.direction}`),
  }));
  const scores = changes.flatMap((c) => (c.mos === undefined ? [] : [c.mos])).sort((a, b) => a - b);
  const counts = new Map<string, number>();
  for (const reason of changes.flatMap((c) => c.reasons)) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return {
    changes,
    minMos: scores[0],
    medianMos: scores.length ? scores[Math.floor((scores.length - 1) / 2)] : undefined,
    worstReasons: [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([reason]) => reason),
  };
}

/** The section's lines in the report's text. */
export function qualityLines(section: QualitySection | undefined): string[] {
  if (!section) return [];
  const lines = [
    '',
    `Call quality: lowest MOS ${section.minMos ?? '?'}, median ${section.medianMos ?? '?'}${
      section.worstReasons.length ? `; most often ${section.worstReasons.join(', ')}` : ''
    }`,
  ];
  for (const c of section.changes) {
    lines.push(
      `  ${c.at}  ${c.level}${c.mos === undefined ? '' : ` (MOS ${c.mos})`}${c.reasons.length ? `: ${c.reasons.join(', ')}` : ''}`,
    );
  }
  return lines;
}
