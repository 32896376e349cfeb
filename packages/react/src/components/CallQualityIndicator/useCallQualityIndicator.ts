import type { QualityAssessment, QualityDirectionFigures } from '@call-diagnostics/core';
import { useEffect, useRef, useState } from 'react';
import type { QualityStrings } from '../../families/quality/strings/en-US.js';
import { qualityStrings } from '../../families/quality/strings/tree.js';
import { useFamilyStrings } from '../../families/useFamilyStrings.js';
import { useCallQuality } from '../../hooks/useCallQuality.js';
import { presentChunk } from '../../hooks/useChunk.js';
import { formatString } from '../../localization/strings.js';
import type { CallQualityIndicatorProps, CallQualityIndicatorState } from './CallQualityIndicator.types.js';

/**
 * The quality family's locale tree, with the indicator's code (en-US static, each other locale a chunk): no chunk of
 * its own, as the indicator is opt-in and tree-shaken when unused (see `presentChunk`).
 */
const qualityTree = presentChunk(qualityStrings);

const BARS = { good: 3, fair: 2, poor: 1, unknown: 0 } as const;

/** "packet loss (receiving), delay (sending)". */
function reasonsText(assessment: QualityAssessment, strings: QualityStrings): string {
  return assessment.reasons
    .map((r) =>
      formatString(strings.reasonWithDirection, {
        reason: strings.reasons[r.kind],
        direction: strings.directions[r.direction],
      }),
    )
    .join(strings.separator);
}

/** The accessible name: the level, and why when it is not good. */
function qualityLabel(assessment: QualityAssessment, strings: QualityStrings): string {
  const level = strings.levels[assessment.level];
  const reasons = reasonsText(assessment, strings);
  return reasons ? formatString(strings.labelWithReasons, { level, reasons }) : formatString(strings.label, { level });
}

const fixed = (value: number | undefined, digits = 0) => (value === undefined ? undefined : value.toFixed(digits));

function directionLines(title: string, d: QualityDirectionFigures | undefined, f: QualityStrings['figures']): string[] {
  if (!d) return [];
  const lines = [title];
  if (d.rttMs !== undefined) lines.push(formatString(f.rtt, { value: fixed(d.rttMs) }));
  if (d.jitterMs !== undefined) lines.push(formatString(f.jitter, { value: fixed(d.jitterMs) }));
  lines.push(formatString(f.loss, { value: fixed(d.lossPercent, 1) }));
  return lines;
}

/** The tooltip's lines: the MOS and the last sample's figures, or why nothing is measured. */
function qualityFigures(assessment: QualityAssessment, strings: QualityStrings): string[] {
  const f = strings.figures;
  const figures = assessment.figures;
  if (!figures || assessment.mos === undefined) return [f.title, f.none];
  return [
    f.title,
    formatString(f.mos, { mos: fixed(assessment.mos, 1) }),
    ...directionLines(f.send, figures.send, f),
    ...directionLines(f.receive, figures.receive, f),
    ...(figures.availableOutgoingBitrate === undefined
      ? []
      : [formatString(f.bandwidth, { value: fixed(figures.availableOutgoingBitrate / 1000) })]),
    ...(figures.freezeMs ? [formatString(f.freeze, { value: fixed(figures.freezeMs) })] : []),
  ];
}

/** The announcement of a level change (none for the level the indicator mounted with). */
function useAnnouncement(level: QualityAssessment['level'], strings: QualityStrings | undefined): string {
  const first = useRef(level);
  const [announced, setAnnounced] = useState<QualityAssessment['level']>();
  useEffect(() => {
    if (level !== first.current) {
      first.current = level;
      setAnnounced(level);
    }
  }, [level]);
  return announced && strings ? formatString(strings.announcement, { level: strings.levels[announced] }) : '';
}

/**
 * Decides the call quality indicator (Fluent's state half): the level as bars, its accessible name with the reasons,
 * the tooltip's figures, and one polite announcement per level change. Re-renders only when the level or its reasons
 * change. Draw it with `renderCallQualityIndicator_unstable`, or your own markup.
 */
export function useCallQualityIndicator_unstable(props: CallQualityIndicatorProps): CallQualityIndicatorState {
  const assessment = useCallQuality(props.monitor);
  const strings = useFamilyStrings(qualityTree, 'quality', true);
  const announcement = useAnnouncement(assessment.level, strings);
  return {
    assessment,
    level: assessment.level,
    bars: BARS[assessment.level],
    label: strings ? qualityLabel(assessment, strings) : '',
    figures: strings ? qualityFigures(assessment, strings) : [],
    announcement,
    className: props.className,
  };
}
