import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CallQualityIndicatorState } from './CallQualityIndicator.types.js';

/** Class names of the indicator's parts, for app CSS that needs a stable hook. */
export const callQualityIndicatorClassNames = {
  root: 'cdk-CallQualityIndicator',
  bar: 'cdk-CallQualityIndicator__bar',
  announcement: 'cdk-CallQualityIndicator__announcement',
} as const;

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalXXS,
    height: '1em',
    paddingInline: tokens.spacingHorizontalXXS,
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  bar: {
    width: '0.25em',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralStroke1,
  },
  // Bars in em: they follow the person's font size and zoom.
  bar1: { height: '0.375em' },
  bar2: { height: '0.6875em' },
  bar3: { height: '1em' },
  good: { backgroundColor: tokens.colorStatusSuccessForeground1 },
  fair: { backgroundColor: tokens.colorStatusWarningForeground1 },
  poor: { backgroundColor: tokens.colorStatusDangerForeground1 },
  // Visually hidden, read by screen readers (Fluent's own pattern).
  announcement: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0px, 0px, 0px, 0px)',
    whiteSpace: 'nowrap',
  },
});

/** The indicator's classes: the root, each bar (filled in the level's status colour), the hidden announcement. */
export function useCallQualityIndicatorStyles_unstable(state: CallQualityIndicatorState): {
  readonly root: string;
  readonly bars: readonly string[];
  readonly announcement: string;
} {
  const s = useStyles();
  const heights = [s.bar1, s.bar2, s.bar3];
  const filled =
    state.level === 'good' ? s.good : state.level === 'fair' ? s.fair : state.level === 'poor' ? s.poor : '';
  return {
    root: mergeClasses(callQualityIndicatorClassNames.root, s.root, state.className),
    bars: heights.map((height, i) =>
      mergeClasses(callQualityIndicatorClassNames.bar, s.bar, height, i < state.bars ? filled : undefined),
    ),
    announcement: mergeClasses(callQualityIndicatorClassNames.announcement, s.announcement),
  };
}
