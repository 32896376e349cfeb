import type { DiagnosticTelemetryRecord } from '@call-diagnostics/core';
import { createFakeCall, createFakeCallAdapter } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { audioSample, BAD, GOOD } from '../../../../core/test/mediaStatsSample.js';
import { CallDiagnosticsProvider, type CallDiagnosticsProviderProps } from '../../provider/CallDiagnosticsProvider.js';

function Host({ onRender }: { onRender: () => void }) {
  onRender();
  return <div>call UI</div>;
}

type FakeCall = ReturnType<typeof createFakeCall>;

function setup(props: Partial<CallDiagnosticsProviderProps> = {}, call: FakeCall = createFakeCall({ id: 'f-1' })) {
  const hostRenders = vi.fn();
  const records: DiagnosticTelemetryRecord[] = [];
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} onDiagnosticEvent={(r) => records.push(r)} history={false} {...props}>
        <Host onRender={hostRenders} />
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { call, hostRenders, records, ...utils };
}

const push = (call: FakeCall, figures: typeof GOOD, times: number) =>
  act(() => {
    for (let i = 0; i < times; i += 1) call.controls.pushMediaStats(audioSample(figures));
  });

/** The level turns poor on the 3rd bad sample: 2 before the count starts. */
const LEAD_IN = 2;

const opened = (call: FakeCall) => waitFor(() => expect(call.controls.openCollectors()).toBe(1));
const fallbacks = (records: readonly DiagnosticTelemetryRecord[]) =>
  records
    .filter((r) => r.kind === 'fallbackOffered' || r.kind === 'fallbackChosen')
    .map((r) => `${r.kind}:${r.fallback}${r.trigger ? `:${r.trigger}` : ''}`);

describe('FallbackNotice (the provider’s notice slot): video off, then phone', () => {
  it('10 poor samples with the camera on: "Turn off my video" calls call.stopVideo(stream) and goes; records offered and chosen; the host never re-renders', async () => {
    const user = userEvent.setup();
    const { call, hostRenders, records } = setup();
    act(() => call.controls.setVideo(true));
    await opened(call);
    const [stream] = call.localVideoStreams;
    const stopVideo = vi.spyOn(call, 'stopVideo');
    const renders = hostRenders.mock.calls.length;
    push(call, BAD, LEAD_IN + 9);
    await act(() => vi.dynamicImportSettled());
    expect(screen.queryByRole('button', { name: 'Turn off my video' })).not.toBeInTheDocument();
    push(call, BAD, 1);
    const button = await screen.findByRole('button', { name: 'Turn off my video' });
    expect(screen.getByText('Your network is struggling')).toBeInTheDocument();
    await user.click(button);
    expect(stopVideo).toHaveBeenCalledWith(stream);
    await waitFor(() => expect(screen.queryByText('Your network is struggling')).not.toBeInTheDocument());
    expect(call.localVideoStreams).toHaveLength(0);
    expect(fallbacks(records)).toEqual(['fallbackOffered:videoOff:quality:poor', 'fallbackChosen:videoOff']);
    expect(hostRenders.mock.calls.length).toBe(renders);
  });

  it('no camera: no such button, however long it stays poor (and no dial-in: no phone either)', async () => {
    const { call, records } = setup();
    await opened(call);
    push(call, BAD, 60);
    await act(() => vi.dynamicImportSettled());
    expect(screen.queryByRole('button', { name: 'Turn off my video' })).not.toBeInTheDocument();
    expect(screen.queryByText('Still a poor connection')).not.toBeInTheDocument();
    expect(fallbacks(records)).toEqual([]);
  });

  it('a throwing stopVideo is said in words and the offer stays', async () => {
    const user = userEvent.setup();
    const { call } = setup();
    act(() => call.controls.setVideo(true));
    await opened(call);
    vi.spyOn(call, 'stopVideo').mockRejectedValue(new Error('device busy'));
    push(call, BAD, LEAD_IN + 10);
    await user.click(await screen.findByRole('button', { name: 'Turn off my video' }));
    expect(await screen.findByText("Couldn't turn off your video. Use your call controls.")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Turn off my video' })).toBeInTheDocument();
  });

  it('"Not now" closes it for the call; 30 poor samples later with dial-in known: Join by phone, a tel: link', async () => {
    const user = userEvent.setup();
    const { call, records } = setup({ dialIn: { conferenceId: '123456789', tollNumbers: ['+1 206 555 0100'] } });
    act(() => call.controls.setVideo(true));
    await opened(call);
    push(call, BAD, LEAD_IN + 10);
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(screen.queryByText('Your network is struggling')).not.toBeInTheDocument();
    push(call, BAD, 29);
    expect(screen.queryByText('Still a poor connection')).not.toBeInTheDocument();
    push(call, BAD, 1);
    const link = await screen.findByRole('link', { name: 'Join by phone' });
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe('tel:+12065550100,,123456789#');
    expect(
      screen.getByText(/Call \+1 206 555 0100, then enter the conference ID 123 456 789 followed by #\./),
    ).toBeInTheDocument();
    await user.click(link);
    expect(screen.queryByText('Still a poor connection')).not.toBeInTheDocument();
    expect(fallbacks(records)).toEqual([
      'fallbackOffered:videoOff:quality:poor',
      'fallbackOffered:phone:quality:poor',
      'fallbackChosen:phone',
    ]);
  });

  it('an offer not acted on goes when the quality recovers; once dismissed it is not made again in that call', async () => {
    const user = userEvent.setup();
    const { call } = setup();
    act(() => call.controls.setVideo(true));
    await opened(call);
    push(call, BAD, LEAD_IN + 10);
    expect(await screen.findByText('Your network is struggling')).toBeInTheDocument();
    push(call, GOOD, 12);
    await waitFor(() => expect(screen.queryByText('Your network is struggling')).not.toBeInTheDocument());
    push(call, BAD, LEAD_IN + 10);
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    push(call, GOOD, 12);
    push(call, BAD, 20);
    await act(() => vi.dynamicImportSettled());
    expect(screen.queryByText('Your network is struggling')).not.toBeInTheDocument();
  });

  it('an adapter carries no media statistics: nothing is offered, nothing breaks', async () => {
    const adapter = createFakeCallAdapter();
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider adapter={adapter} history={false}>
          <div>call UI</div>
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );
    await act(() => vi.dynamicImportSettled());
    expect(screen.queryByText('Your network is struggling')).not.toBeInTheDocument();
  });

  it('notice={false} turns it off (no collector); after unmount no listener and no collector stay', async () => {
    const off = setup({ notice: false });
    act(() => off.call.controls.setVideo(true));
    await act(() => vi.dynamicImportSettled());
    expect(off.call.controls.openCollectors()).toBe(0);
    off.unmount();
    const { call, unmount } = setup();
    await opened(call);
    unmount();
    expect(call.controls.openCollectors()).toBe(0);
    expect(call.controls.listenerCount()).toBe(0);
  });
});
