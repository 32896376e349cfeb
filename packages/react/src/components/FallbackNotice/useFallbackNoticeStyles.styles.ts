import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** Class names of the notice, for app CSS that needs a stable hook. */
export const fallbackNoticeClassNames = { root: 'cdk-FallbackNotice' } as const;

const useStyles = makeStyles({
  root: { marginBottom: tokens.spacingVerticalS },
});

/** The notice's class: the stable name, the kit's style, then the app's `className`. */
export function useFallbackNoticeClassName_unstable(className: string | undefined): string {
  return mergeClasses(fallbackNoticeClassNames.root, useStyles().root, className);
}
