import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** Class names of the notice, for app CSS that needs a stable hook. */
export const mutedNoticeClassNames = { root: 'cdk-MutedNotice' } as const;

const useStyles = makeStyles({
  root: { marginBottom: tokens.spacingVerticalS },
});

/** The notice's class: the stable name, the kit's style, then the app's `className`. */
export function useMutedNoticeClassName_unstable(className: string | undefined): string {
  return mergeClasses(mutedNoticeClassNames.root, useStyles().root, className);
}
