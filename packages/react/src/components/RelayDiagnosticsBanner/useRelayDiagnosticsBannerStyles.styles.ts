import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** Class names of the banner's parts, for app CSS that needs a stable hook. */
export const relayDiagnosticsBannerClassNames = {
  root: 'cdk-RelayDiagnosticsBanner',
  details: 'cdk-RelayDiagnosticsBanner__details',
  meta: 'cdk-RelayDiagnosticsBanner__meta',
} as const;

const useStyles = makeStyles({
  root: { marginBottom: tokens.spacingVerticalS },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  // A native read-only textarea (shown only when the clipboard is denied), drawn like Fluent's Textarea.
  details: {
    marginTop: tokens.spacingVerticalXS,
    boxSizing: 'border-box',
    width: '100%',
    minHeight: '5em',
    resize: 'vertical',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTopWidth: tokens.strokeWidthThin,
    borderRightWidth: tokens.strokeWidthThin,
    borderBottomWidth: tokens.strokeWidthThin,
    borderLeftWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderRightStyle: 'solid',
    borderBottomStyle: 'solid',
    borderLeftStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke1,
    borderRightColor: tokens.colorNeutralStroke1,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderLeftColor: tokens.colorNeutralStroke1,
    borderTopLeftRadius: tokens.borderRadiusMedium,
    borderTopRightRadius: tokens.borderRadiusMedium,
    borderBottomLeftRadius: tokens.borderRadiusMedium,
    borderBottomRightRadius: tokens.borderRadiusMedium,
  },
  // The banner's actions are links; the one to press first is set in semibold.
  primaryAction: { fontWeight: tokens.fontWeightSemibold },
  status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function useRelayDiagnosticsBannerStyles(className: string | undefined) {
  const styles = useStyles();
  return {
    root: mergeClasses(relayDiagnosticsBannerClassNames.root, styles.root, className),
    body: styles.body,
    meta: mergeClasses(relayDiagnosticsBannerClassNames.meta, styles.meta),
    details: mergeClasses(relayDiagnosticsBannerClassNames.details, styles.details),
    primaryAction: styles.primaryAction,
    status: styles.status,
  };
}
