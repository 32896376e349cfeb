import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** Class names of the badge, for app CSS that needs a stable hook. */
export const participantDiagnosticsClassNames = { root: 'cdk-ParticipantDiagnostics' } as const;

const useStyles = makeStyles({
  root: {
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    columnGap: tokens.spacingHorizontalXXS,
  },
});

/** The badge's class: the stable name, the kit's style, then the app's `className`. */
export function useParticipantDiagnosticsClassName_unstable(className: string | undefined): string {
  return mergeClasses(participantDiagnosticsClassNames.root, useStyles().root, className);
}
