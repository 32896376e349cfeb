import {
  type CallDiagnosticsProvider,
  type RelayDiagnosticsBannerAction,
  useRelayDiagnosticsBanner_unstable,
} from '@call-diagnostics/react';
import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactElement } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { animationsSettled, callScreenMeta, SEED_CALL_ID, seed410_3112Loader } from './support/CallScreen';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    // The intent's colour on the start edge (Griffel flips left to right in RTL).
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: 'solid',
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  info: { borderLeftColor: tokens.colorNeutralStrokeAccessible },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1 },
  meta: { color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

/**
 * A compact one-line banner for a dense call screen, built on `useRelayDiagnosticsBanner_unstable`: the kit still
 * decides when to show it, the words, the code and call ID, and which action comes first; this markup only draws
 * them (Fluent `Button`s instead of links, no body text).
 */
function CompactBanner(): ReactElement | null {
  const state = useRelayDiagnosticsBanner_unstable({});
  const classes = useStyles();
  if (state.kind === 'none') return null;
  const action = (a: RelayDiagnosticsBannerAction, primary: boolean) => (
    <Button
      size="small"
      appearance={primary ? 'primary' : 'secondary'}
      onClick={a.onClick}
      {...(a.opensPanel ? state.restoreFocusTarget : {})}
    >
      {a.label}
    </Button>
  );
  return (
    <section
      role={state.intent === 'error' ? 'alert' : 'status'}
      aria-label={state.title}
      className={mergeClasses(classes.root, classes[state.intent])}
    >
      <div className={classes.text}>
        <Text weight="semibold">{state.title}</Text>
        {state.meta.length > 0 && <Caption1 className={classes.meta}>{state.meta.join(' · ')}</Caption1>}
      </div>
      <div className={classes.actions}>
        {state.primaryAction && action(state.primaryAction, true)}
        {state.secondaryAction && action(state.secondaryAction, false)}
      </div>
    </section>
  );
}

/**
 * A replacement `banner` slot that reuses the kit's decisions: `useRelayDiagnosticsBanner_unstable` (Fluent's state
 * half) gives the title, the sentences, the meta line and at most two actions; the app draws them its own way.
 */
const meta = {
  title: 'Components/RelayDiagnosticsBanner/Custom banner',
  ...callScreenMeta,
  args: { ...callScreenMeta.args, banner: CompactBanner },
  loaders: [seed410_3112Loader],
} satisfies Meta<typeof CallDiagnosticsProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The seed 410/3112 end in the compact banner: the kit's words and actions, the app's markup. */
export const CustomBanner: Story = {
  name: 'Custom banner built on useRelayDiagnosticsBanner_unstable',
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const page = within(canvasElement.ownerDocument.body);
    const banner = await canvas.findByRole('alert', { name: "Your call couldn't connect: your network blocked it" });
    await expect(banner).toHaveTextContent(`Error code 410/3112 · Call ID: ${SEED_CALL_ID}`);
    await expect(within(banner).getAllByRole('button')).toHaveLength(2);

    await step('Try again goes to the provider’s onRetry', async () => {
      await userEvent.click(within(banner).getByRole('button', { name: 'Try again' }));
      await expect(args.onRetry).toHaveBeenCalledTimes(1);
    });

    await step('Check your network opens the kit’s panel; focus comes back on Escape', async () => {
      const checkNetwork = within(banner).getByRole('button', { name: 'Check your network' });
      await userEvent.click(checkNetwork);
      const dialog = await page.findByRole('dialog');
      await waitFor(() => expect(dialog).toBeVisible());
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(page.queryByRole('dialog')).not.toBeInTheDocument());
      await waitFor(() => expect(checkNetwork).toHaveFocus());
      await animationsSettled(canvasElement.ownerDocument);
    });
  },
};
