import { createReadinessCheck, type ReadinessResult } from '@call-diagnostics/core';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  allRelaysBlocked,
  createFakeReadinessPlatform,
  fakeEndpoints,
  fakeIceServers,
  silent,
  throwingCheck,
  udpBlocked,
} from '../../../test/readinessPlatform.js';
import { readinessDeDE } from '../../localization/readiness/de-DE.js';
import { CallReadinessCheck, preloadCallReadinessCheck } from './CallReadinessCheck.js';
import type { CallReadinessCheckProps } from './CallReadinessCheck.types.js';
import { CallReadinessCheckImpl } from './CallReadinessCheckImpl.js';

function show(props: CallReadinessCheckProps, { strict = false } = {}) {
  const ui = (
    <FluentProvider theme={webLightTheme}>
      <CallReadinessCheckImpl history={false} timeoutMs={2000} {...props} />
    </FluentProvider>
  );
  return render(strict ? <StrictMode>{ui}</StrictMode> : ui);
}

const region = () => screen.getByRole('region', { name: 'Check your connection before you join' });
const list = () => within(region()).getByRole('list', { name: 'Check your connection before you join' });
const row = (name: string) =>
  within(list())
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(name)) as HTMLElement;
const status = () => within(region()).getAllByRole('status')[0] as HTMLElement;

describe('CallReadinessCheck', () => {
  it('ready: every row passes in words, the verdict is announced, "Join" hands over the result', async () => {
    const user = userEvent.setup();
    const fake = createFakeReadinessPlatform();
    const onJoin = vi.fn();
    const onResult = vi.fn();
    show({
      platform: fake.platform,
      iceServers: fakeIceServers,
      endpoints: fakeEndpoints,
      onJoin,
      onResult,
    });
    expect(within(list()).getAllByRole('listitem')).toHaveLength(5);
    expect(row('Browser')).toHaveTextContent('Not started');
    expect(screen.getByRole('button', { name: 'Join anyway' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await waitFor(() => expect(status()).toHaveTextContent("You're ready to join"));
    expect(status()).toHaveTextContent('Everything we tested works.');
    expect(row('Browser')).toHaveTextContent('Passed');
    expect(row('Browser')).toHaveTextContent('Your browser can make calls (WebRTC).');
    expect(row('Microphone and camera')).toHaveTextContent('Found 1 microphone(s) and 1 camera(s).');
    expect(row('Call media servers')).toHaveTextContent('Your network can reach the call media servers (UDP, TCP).');
    expect(row('Call service')).toHaveTextContent('The call service can be reached.');
    expect(row('Your recent calls')).toHaveTextContent('Not tested');
    expect(screen.getByText('Not tested: Your recent calls.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'For your IT administrator' })).toBeNull();
    expect(onResult).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(onJoin).toHaveBeenCalledWith(expect.objectContaining({ verdict: 'ready' }));
    expect(screen.getByRole('button', { name: 'Run again' })).toBeInTheDocument();
    expect(fake.openPeerConnections()).toBe(0);
  });

  it('warnings: UDP blocked is a warning with its sentence, and the join action says "Join anyway"', async () => {
    const user = userEvent.setup();
    const fake = createFakeReadinessPlatform({ relays: udpBlocked });
    const onJoin = vi.fn();
    show({ platform: fake.platform, iceServers: fakeIceServers, endpoints: fakeEndpoints, onJoin, autoStart: true });
    await waitFor(() => expect(status()).toHaveTextContent('You can join, but there may be problems'));
    expect(row('Call media servers')).toHaveTextContent('Warning');
    expect(row('Call media servers')).toHaveTextContent('Your network blocks UDP, so call media will use TCP.');
    await user.click(screen.getByRole('button', { name: 'Join anyway' }));
    expect(onJoin).toHaveBeenCalledWith(expect.objectContaining({ verdict: 'warnings' }));
    expect(screen.getByRole('button', { name: 'Run again' })).toBeInTheDocument();
  });

  it('blocked: relays and signalling fail separately, with hosts, and the IT-admin text is offered', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const fake = createFakeReadinessPlatform({
      relays: allRelaysBlocked,
      endpoints: (url) => (url.includes('token.') ? 'refused' : 'reachable'),
    });
    show({ platform: fake.platform, iceServers: fakeIceServers, endpoints: fakeEndpoints, autoStart: true });
    await waitFor(() => expect(status()).toHaveTextContent("Your call can't connect from here"));
    expect(row('Call media servers')).toHaveTextContent('Failed');
    expect(row('Call media servers')).toHaveTextContent('Your network blocks the call media servers.');
    expect(row('Call service')).toHaveTextContent("The call service can't be reached (https://token.contoso.example).");
    expect(row('Call service')).not.toHaveTextContent('/api/token');
    expect(screen.getByRole('heading', { name: 'For your IT administrator' })).toBeInTheDocument();
    const admin = screen.getByRole('textbox', { name: 'Send this to whoever manages your network.' });
    const text = (admin as HTMLTextAreaElement).value;
    expect(text).toContain('20.202.0.0/16');
    expect(text).toContain('turn:relay.contoso.example:3478');
    expect(text).toContain('What the check before the call found:');
    expect(text).toContain("- Call service: The call service can't be reached (https://token.contoso.example).");
    expect(text).not.toContain('fake-credential');
    await user.click(screen.getByRole('button', { name: 'Copy for your IT admin' }));
    expect(writeText).toHaveBeenCalledWith(text);
    expect(await screen.findByText('Copied')).toBeInTheDocument();
    writeText.mockRestore();
  });

  it('untested: every check skipped is "untested", never a pass, and the untested list names them all', async () => {
    const fake = createFakeReadinessPlatform();
    const throwing = {
      feature: () => {
        throw new Error('DebugInfo unavailable');
      },
      getDeviceManager: () => Promise.reject(new Error('no device manager')),
    };
    show({ platform: fake.platform, callClient: throwing, features: { DebugInfo: 'DebugInfo' }, autoStart: true });
    await waitFor(() => expect(status()).toHaveTextContent("We couldn't test anything here"));
    for (const name of [
      'Browser',
      'Microphone and camera',
      'Call media servers',
      'Call service',
      'Your recent calls',
    ]) {
      expect(row(name)).toHaveTextContent('Not tested');
    }
    expect(row('Call media servers')).toHaveTextContent('No media servers were given to test');
    expect(
      screen.getByText(
        'Not tested: Browser, Microphone and camera, Call media servers, Call service, Your recent calls.',
      ),
    ).toBeInTheDocument();
  });

  it('running → Cancel: progress is announced, the list is busy, and cancelling closes every peer connection', async () => {
    const user = userEvent.setup();
    const fake = createFakeReadinessPlatform({ relays: silent, endpoints: () => 'hang' });
    show({ platform: fake.platform, iceServers: fakeIceServers, endpoints: fakeEndpoints, timeoutMs: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    // The pressed button becomes "Cancel" in place: focus stays on it.
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await waitFor(() => expect(status()).toHaveTextContent(/^\d of 5 checks done$/));
    await waitFor(() => expect(status()).toHaveTextContent('3 of 5 checks done'));
    expect(list()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('progressbar', { name: 'Checking your connection…' })).toBeInTheDocument();
    expect(row('Call media servers')).toHaveTextContent('Checking');
    expect(fake.openPeerConnections()).toBeGreaterThan(0);
    expect(fake.openFetches()).toBe(2);
    expect(screen.queryByRole('button', { name: 'Start the check' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(status()).toHaveTextContent('The check was cancelled.');
    expect(screen.getByRole('button', { name: 'Run again' })).toHaveFocus();
    expect(list()).toHaveAttribute('aria-busy', 'false');
    expect(row('Call media servers')).toHaveTextContent('Cancelled.');
    expect(fake.openPeerConnections()).toBe(0);
    expect(fake.openFetches()).toBe(0);
    expect(screen.getByRole('button', { name: 'Run again' })).toBeInTheDocument();
  });

  it('permission needed: "Allow camera and microphone" reruns with the prompt from the click', async () => {
    const user = userEvent.setup();
    const fake = createFakeReadinessPlatform({
      permission: 'prompt',
      devices: [],
      afterPrompt: { devices: [{ kind: 'audioinput' }, { kind: 'videoinput' }] },
    });
    show({ platform: fake.platform, iceServers: fakeIceServers, autoStart: true });
    await waitFor(() =>
      expect(row('Microphone and camera')).toHaveTextContent(
        'Allow access to your camera and microphone so we can check them.',
      ),
    );
    await waitFor(() => expect(status()).toHaveTextContent('You can join, but there may be problems'));
    expect(fake.prompts).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Allow camera and microphone' }));
    expect(fake.prompts).toEqual([{ audio: true, video: true }]);
    await waitFor(() =>
      expect(row('Microphone and camera')).toHaveTextContent('Found 1 microphone(s) and 1 camera(s).'),
    );
    expect(screen.queryByRole('button', { name: 'Allow camera and microphone' })).toBeNull();
    // The pressed button went away: focus is on the Cancel / Run again button in its place, not lost to the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^(Cancel|Run again)$/ }));
  });

  it('"Join anyway" before any run hands over no result; during a run it aborts first', async () => {
    const user = userEvent.setup();
    const fake = createFakeReadinessPlatform({ relays: silent });
    const onJoin = vi.fn();
    show({ platform: fake.platform, iceServers: fakeIceServers, onJoin, timeoutMs: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Join anyway' }));
    expect(onJoin).toHaveBeenLastCalledWith(undefined);
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await waitFor(() => expect(fake.openPeerConnections()).toBeGreaterThan(0));
    await user.click(screen.getByRole('button', { name: 'Join anyway' }));
    expect(onJoin).toHaveBeenCalledTimes(2);
    expect(fake.openPeerConnections()).toBe(0);
  });

  it('unmount aborts the run: no peer connection or fetch is left open (also under StrictMode)', async () => {
    const fake = createFakeReadinessPlatform({ relays: silent, endpoints: () => 'hang' });
    const view = show(
      {
        platform: fake.platform,
        iceServers: fakeIceServers,
        endpoints: fakeEndpoints,
        autoStart: true,
        timeoutMs: 10_000,
      },
      { strict: true },
    );
    await waitFor(() => expect(fake.openPeerConnections()).toBeGreaterThan(0));
    expect(fake.openFetches()).toBe(2);
    view.unmount();
    expect(fake.openPeerConnections()).toBe(0);
    expect(fake.openFetches()).toBe(0);
  });

  it('shows a check object made elsewhere, and its result', async () => {
    const fake = createFakeReadinessPlatform();
    const check = createReadinessCheck({ platform: fake.platform, iceServers: fakeIceServers, history: false });
    const result: ReadinessResult = await check.run();
    show({ check });
    expect(status()).toHaveTextContent(result.verdict === 'ready' ? "You're ready to join" : 'You can join');
    expect(screen.getByRole('button', { name: 'Run again' })).toBeInTheDocument();
  });

  it('loads the locale on demand (en-US until it arrives) and takes string overrides', async () => {
    show({ locale: 'de', strings: { start: 'Los geht’s' } });
    expect(screen.getByRole('button', { name: 'Los geht’s' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: readinessDeDE.title }, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Los geht’s' })).toBeInTheDocument();
  });

  it('the exported CallReadinessCheck draws at once (no chunk of its own), and preloadCallReadinessCheck() resolves', async () => {
    await expect(preloadCallReadinessCheck('en-GB')).resolves.toBeUndefined();
    await expect(preloadCallReadinessCheck()).resolves.toBeUndefined();
    render(
      <FluentProvider theme={webLightTheme}>
        <CallReadinessCheck history={false} />
      </FluentProvider>,
    );
    expect(screen.getByRole('button', { name: 'Start the check' })).toBeInTheDocument();
  });
});

// A view that throws (here the app's own check): the boundary hides the check and keeps the lobby up.
describe('CallReadinessCheck: its boundary (issue 22)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a view that throws leaves the host up; a render 3 s later draws the check again', async () => {
    const failing = { now: true };
    const check = throwingCheck(failing);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const lobby = (label: string) => (
      <FluentProvider theme={webLightTheme}>
        <p>{label}</p>
        <CallReadinessCheck check={check} />
      </FluentProvider>
    );
    const view = render(lobby('lobby'));
    await waitFor(() =>
      expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('CallReadinessCheck'), expect.any(Error)),
    );
    expect(screen.getByText('lobby')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the check' })).toBeNull();

    failing.now = false;
    // Within the retry interval a render does not draw it again (a host that renders often does not fail in a loop).
    view.rerender(lobby('lobby, soon after'));
    expect(screen.queryByRole('button', { name: 'Start the check' })).toBeNull();
    expect(screen.getByText('lobby, soon after')).toBeInTheDocument();

    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 10_000);
    view.rerender(lobby('lobby, later'));
    expect(await screen.findByRole('button', { name: 'Start the check' })).toBeInTheDocument();
    expect(screen.getByText('lobby, later')).toBeInTheDocument();
  });
});
