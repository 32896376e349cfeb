import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

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
});

export function useFirewallGuidancePanelStyles(className: string | undefined) {
  const styles = useStyles();
  return {
    root: mergeClasses(firewallGuidancePanelClassNames.root, styles.root, className),
    body: styles.body,
    checklist: mergeClasses(firewallGuidancePanelClassNames.checklist, styles.checklist),
    callout: styles.callout,
    admin: mergeClasses(firewallGuidancePanelClassNames.admin, styles.admin),
    actions: styles.actions,
    probe: mergeClasses(firewallGuidancePanelClassNames.probe, styles.probe),
    probeStatus: styles.probeStatus,
  };
}
