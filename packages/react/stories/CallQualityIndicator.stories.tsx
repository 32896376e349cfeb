import { createQualityMonitor, type QualityMonitor } from '@call-diagnostics/core';
import { CallQualityIndicator } from '@call-diagnostics/react';
import {
  createMediaStatsSample,
  FAIR_AUDIO,
  type FakeAudioFigures,
  GOOD_AUDIO,
  POOR_AUDIO,
} from '@call-diagnostics/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';

/**
 * The call quality indicator on a quality monitor fed with SDK-shaped media statistics samples: every level, the
 * reasons in its accessible name, the figures in its tooltip, and flapping input that stays steady.
 */
const meta = {
  title: 'Components/CallQualityIndicator',
  component: CallQualityIndicator,
  argTypes: { monitor: { control: false } },
  render: (args, { loaded }) => (
    <CallQualityIndicator {...args} monitor={(loaded as { monitor: QualityMonitor }).monitor} />
  ),
} satisfies Meta<typeof CallQualityIndicator>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A monitor that has seen `figures` samples, in order. */
const fed =
  (...runs: Array<[FakeAudioFigures, number]>) =>
  async () => {
    const monitor = createQualityMonitor();
    for (const [figures, count] of runs) {
      for (let i = 0; i < count; i += 1) monitor.push(createMediaStatsSample(figures));
    }
    return { monitor };
  };

const named = (name: string | RegExp) =>
  (async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('img', { name })).toBeVisible();
  }) satisfies Story['play'];

/** 10 good samples in a row: three bars. */
export const Good: Story = { loaders: [fed([GOOD_AUDIO, 10])], play: named('Network quality: Good') };

/** 250 ms round trips: two bars, and the delay named. */
export const Fair: Story = { loaders: [fed([FAIR_AUDIO, 3])], play: named(/^Network quality: Fair — delay/) };

/** 450 ms / 45 ms / 6 %: one bar; the reasons in its name and the figures in its tooltip (focus opens it). */
export const PoorWithReasons: Story = {
  name: 'Poor, with reasons',
  loaders: [fed([GOOD_AUDIO, 10], [POOR_AUDIO, 3])],
  play: async ({ canvasElement }) => {
    const image = await within(canvasElement).findByRole('img', { name: /^Network quality: Poor — / });
    await expect(image.getAttribute('aria-label')).toMatch(/packet loss \(receiving\)/);
    await userEvent.tab();
    await expect(await within(document.body).findByText('Estimated audio quality: 1.9 of 5')).toBeInTheDocument();
  },
};

/** Nothing measured yet (or no audio flowing): empty bars, said in words. */
export const Unknown: Story = { loaders: [fed()], play: named('Network quality: Not measured yet') };

/** Good and bad samples alternating 20 times after a dip: it stays poor, it does not flap. */
export const FlappingStaysSteady: Story = {
  name: 'Flapping input stays steady',
  loaders: [
    fed(
      [GOOD_AUDIO, 10],
      [POOR_AUDIO, 3],
      ...Array.from({ length: 20 }, (_, i): [FakeAudioFigures, number] => [i % 2 ? POOR_AUDIO : GOOD_AUDIO, 1]),
    ),
  ],
  play: named(/^Network quality: Poor/),
};
