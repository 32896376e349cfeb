import { makeResetStyles, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** Stable class names of the panel's parts. */
export const firewallGuidancePanelClassNames = {
  root: 'cdk-FirewallGuidancePanel',
  checklist: 'cdk-FirewallGuidancePanel__checklist',
  admin: 'cdk-FirewallGuidancePanel__admin',
  probe: 'cdk-FirewallGuidancePanel__probe',
} as const;

const useStyles = makeStyles({
  root: { maxWidth: '100vw' },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
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
  admin: {
    width: '100%',
    minHeight: '14em',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
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
const useLabelClassName = makeResetStyles({
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightRegular,
  lineHeight: tokens.lineHeightBase300,
  color: tokens.colorNeutralForeground1,
});

export function useFirewallGuidancePanelStyles(className: string | undefined) {
  const styles = useStyles();
  const text = useTextClassName();
  return {
    text,
    callout: mergeClasses(text, styles.callout),
    heading: useHeadingClassName(),
    label: useLabelClassName(),
    field: styles.field,
    root: mergeClasses(firewallGuidancePanelClassNames.root, styles.root, className),
    body: styles.body,
    checklist: mergeClasses(firewallGuidancePanelClassNames.checklist, styles.checklist),
    admin: mergeClasses(firewallGuidancePanelClassNames.admin, styles.admin),
    actions: styles.actions,
    probe: mergeClasses(firewallGuidancePanelClassNames.probe, styles.probe),
    probeStatus: styles.probeStatus,
  };
}
