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
  details: {
    marginTop: tokens.spacingVerticalXS,
    width: '100%',
    minHeight: '5em',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

export function useRelayDiagnosticsBannerStyles(className: string | undefined) {
  const styles = useStyles();
  return {
    root: mergeClasses(relayDiagnosticsBannerClassNames.root, styles.root, className),
    body: styles.body,
    meta: mergeClasses(relayDiagnosticsBannerClassNames.meta, styles.meta),
    details: mergeClasses(relayDiagnosticsBannerClassNames.details, styles.details),
  };
}
