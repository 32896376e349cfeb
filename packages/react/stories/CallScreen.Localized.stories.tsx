import {
  arSA,
  type CallDiagnosticsProvider,
  type CallDiagnosticsStrings,
  deDE,
  enUS,
  formatString,
  heIL,
} from '@call-diagnostics/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { animationsSettled, callScreenMeta, seed410_3112Loader } from './support/CallScreen';

/**
 * The 410/3112 end and the firewall guidance panel in other languages and right to left: he-IL and ar-SA (RTL),
 * de-DE (long words), and English mirrored. Each runs the axe check like every story; the locale and direction come
 * from the toolbar globals, so any story can be switched the same way in the Storybook UI.
 */
const meta = {
  title: 'Call screen/Localized and RTL',
  ...callScreenMeta,
  loaders: [seed410_3112Loader],
} satisfies Meta<typeof CallDiagnosticsProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The banner shows the locale's strings, and the page runs in the locale's direction. */
function endedIn(strings: CallDiagnosticsStrings): NonNullable<Story['play']> {
  return async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(strings.banner.relayFailureTitle)).toBeVisible();
    await expect(canvas.getByText(formatString(strings.banner.code, { code: '410/3112' }))).toBeVisible();
    const dirOwner = canvasElement.querySelector('.fui-FluentProvider');
    await expect(dirOwner?.getAttribute('dir')).toBe(strings.dir);
    await userEvent.click(canvas.getByRole('button', { name: strings.banner.retry }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  };
}

/** Opens the panel with the locale's "Check your network", checks focus moves in and comes back on Escape. */
function panelIn(strings: CallDiagnosticsStrings): NonNullable<Story['play']> {
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const page = within(canvasElement.ownerDocument.body);
    const checkNetwork = await canvas.findByRole('button', { name: strings.banner.checkNetwork });
    await userEvent.click(checkNetwork);
    const dialog = await page.findByRole('dialog');
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(within(dialog).getByText(strings.panel.title)).toBeVisible();
    await waitFor(() => expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement));
    await animationsSettled(canvasElement.ownerDocument);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(checkNetwork).toHaveFocus());
    await animationsSettled(canvasElement.ownerDocument);
  };
}

export const EndedHebrew: Story = {
  name: 'Ended 410/3112 (he-IL, RTL)',
  globals: { locale: 'he-IL', direction: 'auto' },
  play: endedIn(heIL),
};

export const PanelHebrew: Story = {
  name: 'Firewall guidance panel (he-IL, RTL)',
  globals: { locale: 'he-IL', direction: 'auto' },
  play: panelIn(heIL),
};

export const EndedArabic: Story = {
  name: 'Ended 410/3112 (ar-SA, RTL)',
  globals: { locale: 'ar-SA', direction: 'auto' },
  play: endedIn(arSA),
};

export const PanelArabicDark: Story = {
  name: 'Firewall guidance panel (ar-SA, RTL, dark)',
  globals: { locale: 'ar-SA', direction: 'auto', theme: 'dark' },
  play: panelIn(arSA),
};

export const EndedGerman: Story = {
  name: 'Ended 410/3112 (de-DE)',
  globals: { locale: 'de-DE', direction: 'auto' },
  play: endedIn(deDE),
};

export const PanelGermanHighContrast: Story = {
  name: 'Firewall guidance panel (de-DE, high contrast)',
  globals: { locale: 'de-DE', direction: 'auto', theme: 'highContrast' },
  play: panelIn(deDE),
};

/** English mirrored: the layout (not the language) under RTL. */
export const EndedEnglishRtl: Story = {
  name: 'Ended 410/3112 (en-US, RTL)',
  globals: { locale: 'en-US', direction: 'rtl' },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expect(await canvas.findByText(enUS.banner.relayFailureTitle)).toBeVisible();
    const dirOwner = context.canvasElement.querySelector('.fui-FluentProvider');
    await expect(dirOwner?.getAttribute('dir')).toBe('rtl');
  },
};
