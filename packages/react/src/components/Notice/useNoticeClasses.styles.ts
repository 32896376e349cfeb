import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

// A notice drawn with Fluent's tokens on native elements (a MessageBar's look, informative or warning).
const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  warning: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  body: { flexGrow: 1, minWidth: '12em' },
  title: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

/** A notice's classes: its stable name, the kit's look (`warning` or informative), then the app's `className`. */
export function useNoticeClasses(
  name: string,
  intent: 'info' | 'warning',
  className: string | undefined,
): { readonly root: string; readonly body: string; readonly title: string; readonly actions: string } {
  const s = useStyles();
  return {
    root: mergeClasses(name, s.root, intent === 'warning' && s.warning, className),
    body: s.body,
    title: s.title,
    actions: s.actions,
  };
}
