import { makeResetStyles, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';

/** Stable class names of the panel's parts. */
export const firewallGuidancePanelClassNames = {
  root: 'cdk-FirewallGuidancePanel',
  checklist: 'cdk-FirewallGuidancePanel__checklist',
  admin: 'cdk-FirewallGuidancePanel__admin',
  probe: 'cdk-FirewallGuidancePanel__probe',
} as const;

const useStyles = makeStyles({
  // A Fluent OverlayDrawer's look (size medium: 592 px = 37rem, its padding, background, shadow and backdrop) on a native modal
  // <dialog> at the inline end (or start) of the viewport, the whole height; logical sides, so RTL mirrors it.
  root: {
    boxSizing: 'border-box',
    position: 'fixed',
    insetBlockStart: 0,
    insetBlockEnd: 0,
    insetInlineStart: 'auto',
    insetInlineEnd: 0,
    width: '37rem',
    maxWidth: '100vw',
    height: '100%',
    maxHeight: '100%',
    ...shorthands.margin(0),
    ...shorthands.padding(0),
    ...shorthands.border(0),
    // Invisible, but drawn in forced colours (Windows contrast themes), where the shadow is not.
    ...shorthands.outline(tokens.strokeWidthThin, 'solid', tokens.colorTransparentStroke),
    flexDirection: 'column',
    overflow: 'hidden',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow64,
    '&[open]': { display: 'flex' },
    '::backdrop': { backgroundColor: tokens.colorBackgroundOverlay },
  },
  start: { insetInlineStart: 0, insetInlineEnd: 'auto' },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    ...shorthands.padding(tokens.spacingVerticalXXL, tokens.spacingHorizontalXXL, tokens.spacingVerticalS),
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    flexGrow: 1,
    overflowY: 'auto',
    ...shorthands.padding(0, tokens.spacingHorizontalXXL, tokens.spacingVerticalXXL),
  },
  checklist: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  callout: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  // A Fluent outline Textarea's look on a native, read-only <textarea> (Fluent's Textarea and Field would add about
  // 4 kB gzip to the panel's chunk).
  admin: {
    width: '100%',
    minHeight: '14em',
    boxSizing: 'border-box',
    resize: 'vertical',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.padding(tokens.spacingVerticalSNudge, tokens.spacingHorizontalMNudge),
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    ':hover': { ...shorthands.borderColor(tokens.colorNeutralStroke1Hover) },
    ':focus-visible': {
      outlineStyle: 'none',
      borderBottomColor: tokens.colorCompoundBrandStroke,
      boxShadow: `inset 0 -${tokens.strokeWidthThin} 0 ${tokens.colorCompoundBrandStroke}`,
    },
  },
  // A Fluent ProgressBar's look (a thin brand bar on a neutral track) on the kit's own progressbar.
  progress: {
    width: '100%',
    height: tokens.strokeWidthThick,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground6,
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
  },
  progressBar: {
    height: '100%',
    backgroundColor: tokens.colorCompoundBrandBackground,
    transitionProperty: 'width',
    transitionDuration: tokens.durationNormal,
    '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
  },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  probe: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  probeStatus: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // A textarea's label above it, as Fluent's Field lays one out.
  field: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

// The typography of Fluent's Body1 and Subtitle2 on the panel's own paragraphs and headings (Fluent's Text components
// would add 1.3 kB gzip to the panel's chunk for two type ramps).
const useTextClassName = makeResetStyles({
  margin: 0,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightRegular,
  lineHeight: tokens.lineHeightBase300,
});
const useHeadingClassName = makeResetStyles({
  margin: 0,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase400,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase400,
});
// A Fluent DrawerHeaderTitle's heading (Subtitle1's type ramp).
const useTitleClassName = makeResetStyles({
  margin: 0,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase500,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase500,
});
const useLabelClassName = makeResetStyles({
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightRegular,
  lineHeight: tokens.lineHeightBase300,
  color: tokens.colorNeutralForeground1,
});

/** The panel's text and heading classes, shared with Join by phone (a Fluent Body1's and Subtitle2's type ramps). */
export function usePanelTypography(): { readonly text: string; readonly heading: string } {
  return { text: useTextClassName(), heading: useHeadingClassName() };
}

export function useFirewallGuidancePanelStyles(className: string | undefined, position: 'start' | 'end' = 'end') {
  const styles = useStyles();
  const text = useTextClassName();
  return {
    text,
    callout: mergeClasses(text, styles.callout),
    heading: useHeadingClassName(),
    label: useLabelClassName(),
    field: styles.field,
    root: mergeClasses(
      firewallGuidancePanelClassNames.root,
      styles.root,
      position === 'start' && styles.start,
      className,
    ),
    header: styles.header,
    title: useTitleClassName(),
    body: styles.body,
    checklist: mergeClasses(firewallGuidancePanelClassNames.checklist, styles.checklist),
    admin: mergeClasses(firewallGuidancePanelClassNames.admin, styles.admin),
    actions: styles.actions,
    probe: mergeClasses(firewallGuidancePanelClassNames.probe, styles.probe),
    probeStatus: styles.probeStatus,
    progress: styles.progress,
    progressBar: styles.progressBar,
  };
}
