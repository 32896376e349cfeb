import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** Stable class names of the report parts. */
export const supportReportClassNames = {
  root: 'cdk-SupportReport',
  actions: 'cdk-SupportReport__actions',
  preview: 'cdk-SupportReport__preview',
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'inline-flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  preview: {
    width: '100%',
    minHeight: '14em',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function useSupportReportStyles(className: string | undefined) {
  const styles = useStyles();
  return {
    root: mergeClasses(supportReportClassNames.root, styles.root, className),
    actions: mergeClasses(supportReportClassNames.actions, styles.actions),
    preview: mergeClasses(supportReportClassNames.preview, styles.preview),
    status: styles.status,
  };
}
