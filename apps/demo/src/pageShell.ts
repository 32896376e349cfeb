/** The demo pages' shared frame: a full-height page with a header bar (tokens only). */
import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

/** No margin around the demo pages. */
export const useBodyReset = makeStaticStyles({ body: { margin: 0 } });

/** `page`: the full-height column; `header`: the bar at the top; `headerText`: its title and subtitle. */
export const usePageShellStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headerText: { display: 'flex', flexDirection: 'column' },
});
