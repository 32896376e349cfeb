import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CallReadinessCheckClasses, CallReadinessCheckState } from './CallReadinessCheck.types.js';

/** Stable class names of the readiness check's parts, for app CSS that needs a hook. */
export const callReadinessCheckClassNames = {
  root: 'cdk-CallReadinessCheck',
  header: 'cdk-CallReadinessCheck__header',
  status: 'cdk-CallReadinessCheck__status',
  list: 'cdk-CallReadinessCheck__list',
  row: 'cdk-CallReadinessCheck__row',
  rowHead: 'cdk-CallReadinessCheck__rowHead',
  rowBody: 'cdk-CallReadinessCheck__rowBody',
  name: 'cdk-CallReadinessCheck__name',
  marker: 'cdk-CallReadinessCheck__marker',
  reason: 'cdk-CallReadinessCheck__reason',
  actions: 'cdk-CallReadinessCheck__actions',
  admin: 'cdk-CallReadinessCheck__admin',
  adminText: 'cdk-CallReadinessCheck__adminText',
} as const;

/** The class names a state starts with (the styles hook merges the styled classes over them). */
export const callReadinessCheckBaseClasses: CallReadinessCheckClasses = {
  ...callReadinessCheckClassNames,
  marker: {
    idle: callReadinessCheckClassNames.marker,
    running: callReadinessCheckClassNames.marker,
    pass: callReadinessCheckClassNames.marker,
    warn: callReadinessCheckClassNames.marker,
    fail: callReadinessCheckClassNames.marker,
    skipped: callReadinessCheckClassNames.marker,
  },
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '44em' },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  status: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  row: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  rowBody: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  rowHead: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground2 },
  // The status marker: a ring with a glyph drawn from borders, in the status colour. Its shape differs per status
  // (tick, exclamation, cross, dash, spinning ring, dotted ring), so colour is never the only cue; the status is also
  // in words next to it.
  marker: {
    position: 'relative',
    display: 'inline-block',
    boxSizing: 'border-box',
    flexShrink: 0,
    width: '1.25em',
    height: '1.25em',
    marginTop: '0.1em',
    borderTopWidth: tokens.strokeWidthThick,
    borderRightWidth: tokens.strokeWidthThick,
    borderBottomWidth: tokens.strokeWidthThick,
    borderLeftWidth: tokens.strokeWidthThick,
    borderTopStyle: 'solid',
    borderRightStyle: 'solid',
    borderBottomStyle: 'solid',
    borderLeftStyle: 'solid',
    borderTopLeftRadius: tokens.borderRadiusCircular,
    borderTopRightRadius: tokens.borderRadiusCircular,
    borderBottomLeftRadius: tokens.borderRadiusCircular,
    borderBottomRightRadius: tokens.borderRadiusCircular,
    '::before': { content: '""', position: 'absolute', top: '50%', left: '50%' },
    '::after': { content: '""', position: 'absolute', top: '50%', left: '50%' },
  },
  idle: {
    borderTopStyle: 'dotted',
    borderRightStyle: 'dotted',
    borderBottomStyle: 'dotted',
    borderLeftStyle: 'dotted',
    borderTopColor: tokens.colorNeutralStrokeAccessible,
    borderRightColor: tokens.colorNeutralStrokeAccessible,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderLeftColor: tokens.colorNeutralStrokeAccessible,
  },
  running: {
    borderTopColor: 'transparent',
    borderRightColor: tokens.colorBrandForeground1,
    borderBottomColor: tokens.colorBrandForeground1,
    borderLeftColor: tokens.colorBrandForeground1,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '1s',
    animationTimingFunction: 'linear',
    animationIterationCount: 'infinite',
    '@media (prefers-reduced-motion: reduce)': { animationName: 'none' },
  },
  pass: {
    borderTopColor: tokens.colorStatusSuccessForeground1,
    borderRightColor: tokens.colorStatusSuccessForeground1,
    borderBottomColor: tokens.colorStatusSuccessForeground1,
    borderLeftColor: tokens.colorStatusSuccessForeground1,
    '::after': {
      width: '0.25em',
      height: '0.5em',
      borderRightWidth: tokens.strokeWidthThick,
      borderBottomWidth: tokens.strokeWidthThick,
      borderRightStyle: 'solid',
      borderBottomStyle: 'solid',
      borderRightColor: tokens.colorStatusSuccessForeground1,
      borderBottomColor: tokens.colorStatusSuccessForeground1,
      transform: 'translate(-50%, -65%) rotate(45deg)',
    },
  },
  warn: {
    borderTopColor: tokens.colorStatusWarningForeground1,
    borderRightColor: tokens.colorStatusWarningForeground1,
    borderBottomColor: tokens.colorStatusWarningForeground1,
    borderLeftColor: tokens.colorStatusWarningForeground1,
    '::before': {
      width: tokens.strokeWidthThick,
      height: '0.35em',
      backgroundColor: tokens.colorStatusWarningForeground1,
      transform: 'translate(-50%, -75%)',
    },
    '::after': {
      width: tokens.strokeWidthThick,
      height: tokens.strokeWidthThick,
      backgroundColor: tokens.colorStatusWarningForeground1,
      transform: 'translate(-50%, 150%)',
    },
  },
  fail: {
    borderTopColor: tokens.colorStatusDangerForeground1,
    borderRightColor: tokens.colorStatusDangerForeground1,
    borderBottomColor: tokens.colorStatusDangerForeground1,
    borderLeftColor: tokens.colorStatusDangerForeground1,
    '::before': {
      width: '0.55em',
      height: tokens.strokeWidthThick,
      backgroundColor: tokens.colorStatusDangerForeground1,
      transform: 'translate(-50%, -50%) rotate(45deg)',
    },
    '::after': {
      width: '0.55em',
      height: tokens.strokeWidthThick,
      backgroundColor: tokens.colorStatusDangerForeground1,
      transform: 'translate(-50%, -50%) rotate(-45deg)',
    },
  },
  skipped: {
    borderTopStyle: 'dashed',
    borderRightStyle: 'dashed',
    borderBottomStyle: 'dashed',
    borderLeftStyle: 'dashed',
    borderTopColor: tokens.colorNeutralForeground3,
    borderRightColor: tokens.colorNeutralForeground3,
    borderBottomColor: tokens.colorNeutralForeground3,
    borderLeftColor: tokens.colorNeutralForeground3,
    '::after': {
      width: '0.5em',
      height: tokens.strokeWidthThick,
      backgroundColor: tokens.colorNeutralForeground3,
      transform: 'translate(-50%, -50%)',
    },
  },
  actions: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  admin: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  adminText: {
    width: '100%',
    minHeight: '12em',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

/** Adds the styled classes to a state (the user's `className` last), as Fluent's `use*Styles_unstable` do. */
export function useCallReadinessCheckStyles_unstable(
  state: CallReadinessCheckState,
  className?: string,
): CallReadinessCheckState {
  const s = useStyles();
  const c = state.classes;
  const marker = (status: keyof CallReadinessCheckClasses['marker']) =>
    mergeClasses(c.marker[status], s.marker, s[status]);
  const classes: CallReadinessCheckClasses = {
    root: mergeClasses(c.root, s.root, className),
    header: mergeClasses(c.header, s.header),
    status: mergeClasses(c.status, s.status),
    list: mergeClasses(c.list, s.list),
    row: mergeClasses(c.row, s.row),
    rowHead: mergeClasses(c.rowHead, s.rowHead),
    rowBody: mergeClasses(c.rowBody, s.rowBody),
    name: mergeClasses(c.name, s.name),
    marker: {
      idle: marker('idle'),
      running: marker('running'),
      pass: marker('pass'),
      warn: marker('warn'),
      fail: marker('fail'),
      skipped: marker('skipped'),
    },
    reason: mergeClasses(c.reason, s.reason),
    actions: mergeClasses(c.actions, s.actions),
    admin: mergeClasses(c.admin, s.admin),
    adminText: mergeClasses(c.adminText, s.adminText),
  };
  return { ...state, classes };
}
