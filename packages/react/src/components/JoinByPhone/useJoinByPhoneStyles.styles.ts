import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { usePanelTypography } from '../FirewallGuidancePanel/useFirewallGuidancePanelStyles.styles.js';
import { useActionLinkClassName } from '../RelayDiagnosticsBanner/useRelayDiagnosticsBannerStyles.styles.js';

/** Class names of the section's parts, for app CSS that needs a stable hook. */
export const joinByPhoneClassNames = {
  root: 'cdk-JoinByPhone',
  list: 'cdk-JoinByPhone__list',
  row: 'cdk-JoinByPhone__row',
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

/** The section's classes: the stable names, the kit's styles, then the app's `className` on the root. */
export function useJoinByPhoneClasses_unstable(className: string | undefined): {
  root: string;
  list: string;
  row: string;
  link: string;
  title: string;
  text: string;
} {
  const styles = useStyles();
  // A Fluent Subtitle2's and Body1's type ramps, as the panel's headings and paragraphs have them.
  const typography = usePanelTypography();
  return {
    root: mergeClasses(joinByPhoneClassNames.root, styles.root, className),
    list: mergeClasses(joinByPhoneClassNames.list, styles.list),
    row: mergeClasses(joinByPhoneClassNames.row, styles.row),
    // A Fluent link's look on a native anchor (the banner's actions' class): Fluent's Link would be one more module the
    // panel's chunk shares with the app, which makes the bundler split the app's vendor chunk.
    link: useActionLinkClassName(),
    title: typography.heading,
    text: typography.text,
  };
}
