import { CallDiagnosticsProvider } from '@call-diagnostics/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { composeStories, composeStory, setProjectAnnotations } from '@storybook/react-vite';
import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FakeCall } from '../fakeCall.js';
import { CALL_DIAGNOSTICS_HOLDERS, type CallDiagnosticsFake, type CallDiagnosticsHolder } from '../scenarios.js';
import {
  callDiagnosticsAnnotations,
  useCallDiagnosticsFake,
  useMaybeCallDiagnosticsFake,
  withCallDiagnostics,
} from './index.js';

/** The app's own screen: it shows its own status, and reads nothing from the kit. */
function CallScreen(props: {
  readonly call?: unknown;
  readonly callAgent?: unknown;
  readonly adapter?: unknown;
  readonly statefulClient?: unknown;
  readonly children?: ReactNode;
}) {
  const story = useMaybeCallDiagnosticsFake();
  const held = Object.entries(props).filter(([key, value]) => key !== 'children' && value !== undefined);
  return (
    <main aria-label="My call screen">
      <p>holding: {held.map(([key]) => key).join(',') || 'nothing'}</p>
      <p>scenario from hook: {story?.scenario ?? 'none'}</p>
      {props.children}
    </main>
  );
}

const ownScreen: { wrapped?: boolean } = {};
/** A screen that renders its own provider on the fake, as an app's call screen often does. */
function OwnScreen({ call }: { readonly call?: unknown }) {
  ownScreen.wrapped = useCallDiagnosticsFake().wrapped;
  return (
    <CallDiagnosticsProvider call={call as FakeCall} history={false}>
      <p>own provider</p>
    </CallDiagnosticsProvider>
  );
}

function Bare() {
  useCallDiagnosticsFake();
  return null;
}

const seen: { args?: Record<string, unknown> } = {};
const meta = {
  component: CallScreen,
  decorators: [
    withCallDiagnostics,
    (Story: () => ReactNode) => <FluentProvider theme={webLightTheme}>{Story()}</FluentProvider>,
  ],
  render: (args: Record<string, unknown>) => {
    seen.args = args;
    return <CallScreen {...args} />;
  },
};

const stories = composeStories({
  default: meta,
  Healthy: { parameters: { callDiagnostics: { scenario: 'healthy' } } },
  RelaysUnreachable: { parameters: { callDiagnostics: { scenario: 'relays-unreachable' } } },
  RelaysRecovered: { parameters: { callDiagnostics: { scenario: 'relays-recovered', speed: 4 } } },
  Ended3112: { parameters: { callDiagnostics: { scenario: 'ended-3112' } } },
  Offline: { parameters: { callDiagnostics: { scenario: 'offline' } } },
  Reconnecting: { parameters: { callDiagnostics: { scenario: 'reconnecting' } } },
  PoorQuality: { parameters: { callDiagnostics: { scenario: 'poor-quality' } } },
  SeedTimeline: { parameters: { callDiagnostics: { scenario: 'seed-timeline', speed: 20 } } },
  FromToolbar: {
    parameters: { callDiagnostics: { scenario: 'healthy' } },
    globals: { callDiagnosticsScenario: 'offline' },
  },
  BadScenario: { parameters: { callDiagnostics: { scenario: 'ended-3113' } } },
  BadHolder: { parameters: { callDiagnostics: { holder: 'composite' } } },
  Adapter: { parameters: { callDiagnostics: { holder: 'adapter', scenario: 'ended-3112' } } },
});

const asCall = (fake: unknown) => fake as FakeCall;
const latestRelays = (call: FakeCall) =>
  (
    call.feature({} as never) as unknown as { network: { getLatest(): Record<string, { value: unknown }> } }
  ).network.getLatest().networkRelaysNotReachable?.value;

beforeAll(() => {
  // Outside Storybook's own Vitest plugin: the kit's annotations are handed over as a user would.
  setProjectAnnotations([callDiagnosticsAnnotations]);
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as Record<string, unknown>).__CALL_DIAGNOSTICS_STORYBOOK__;
});

describe('withCallDiagnostics: scenarios (composeStories)', () => {
  it.each([
    ['Healthy', null],
    ['RelaysUnreachable', 'Trouble reaching the call servers'],
    ['Ended3112', "Your call couldn't connect: your network blocked it"],
    ['Offline', 'You are offline'],
    ['Reconnecting', 'Reconnecting…'],
    ['PoorQuality', /Network quality is low|Incoming audio and video may be choppy/],
    ['FromToolbar', 'You are offline'],
  ] as const)('%s shows its state inside the story', async (name, text) => {
    const Story = stories[name];
    render(<Story />);
    expect(screen.getByRole('main', { name: 'My call screen' })).toHaveTextContent('holding: call');
    if (text === null) {
      await act(async () => {});
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.queryByText('Trouble reaching the call servers')).toBeNull();
    } else {
      expect((await screen.findAllByText(text)).length).toBeGreaterThan(0);
    }
  });

  it('ended-3112 shows the code inside the screen, with one banner', async () => {
    render(<stories.Ended3112 />);
    expect(await screen.findByText(/410\/3112/)).toBeInTheDocument();
    expect(screen.getAllByText("Your call couldn't connect: your network blocked it")).toHaveLength(1);
    expect(screen.getByText('scenario from hook: ended-3112')).toBeInTheDocument();
  });

  it('relays-recovered: the warning, then the toast', async () => {
    render(<stories.RelaysRecovered />);
    expect(await screen.findByText('Trouble reaching the call servers')).toBeInTheDocument();
    expect(await screen.findByText('Connection restored')).toBeInTheDocument();
  });

  it('seed-timeline: the warning, then the 410/3112 end', async () => {
    render(<stories.SeedTimeline />);
    expect(await screen.findByText('Trouble reaching the call servers')).toBeInTheDocument();
    expect(await screen.findByText("Your call couldn't connect: your network blocked it")).toBeInTheDocument();
  });
});

describe('withCallDiagnostics: holders', () => {
  it.each(CALL_DIAGNOSTICS_HOLDERS)(
    '%s: a fresh fake of that kind in args and the hook, and the end banner',
    async (holder) => {
      const Story = composeStory({ parameters: { callDiagnostics: { holder, scenario: 'ended-3112' } } }, meta);
      const first = render(<Story />);
      expect(screen.getByText(`holding: ${holder}`)).toBeInTheDocument();
      const fake = seen.args?.[holder] as CallDiagnosticsFake;
      expect(typeof fake.controls.listenerCount).toBe('function');
      expect(await screen.findByText("Your call couldn't connect: your network blocked it")).toBeInTheDocument();
      expect(fake.controls.listenerCount()).toBeGreaterThan(0);
      first.unmount();
      expect(fake.controls.listenerCount()).toBe(0);
      render(<Story />);
      expect(seen.args?.[holder]).not.toBe(fake); // a fresh fake per story render
    },
  );

  it('a story that renders its own provider on the fake gets the fake only (one banner)', async () => {
    const Story = composeStory(
      { parameters: { callDiagnostics: { scenario: 'ended-3112' } } },
      { ...meta, component: OwnScreen, render: (args: Record<string, unknown>) => <OwnScreen call={args.call} /> },
    );
    render(<Story />);
    expect(await screen.findByText("Your call couldn't connect: your network blocked it")).toBeInTheDocument();
    await act(async () => {});
    expect(screen.getAllByText("Your call couldn't connect: your network blocked it")).toHaveLength(1);
    expect(ownScreen.wrapped).toBe(false);
  });

  it('useCallDiagnosticsFake outside a decorated story is a clear error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Bare />)).toThrow(/useCallDiagnosticsFake: no fake here/);
  });
});

describe('withCallDiagnostics: bad input', () => {
  it('an unknown scenario lists the valid ones', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<stories.BadScenario />)).toThrow(
      /unknown scenario "ended-3113"\. Valid scenarios: 'healthy', 'relays-unreachable', 'relays-recovered', 'ended-3112', 'offline', 'reconnecting', 'poor-quality', 'seed-timeline'/,
    );
  });

  it('an unknown holder lists the valid ones', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<stories.BadHolder />)).toThrow(
      /unknown holder "composite"\. Valid holders: 'call', 'callAgent', 'adapter', 'statefulClient'/,
    );
  });

  it.each(['adapter', 'statefulClient'] as CallDiagnosticsHolder[])(
    '%s without @azure/communication-react names the package to install',
    (holder) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      (globalThis as Record<string, unknown>).__CALL_DIAGNOSTICS_STORYBOOK__ = { communicationReact: false };
      const Story = composeStory({ parameters: { callDiagnostics: { holder } } }, meta);
      expect(() => render(<Story />)).toThrow(/npm install --save-dev @azure\/communication-react/);
    },
  );

  it('with @azure/communication-react present the adapter story renders', async () => {
    (globalThis as Record<string, unknown>).__CALL_DIAGNOSTICS_STORYBOOK__ = { communicationReact: true };
    render(<stories.Adapter />);
    expect(await screen.findByText("Your call couldn't connect: your network blocked it")).toBeInTheDocument();
  });
});

describe('withCallDiagnostics: cleanup', () => {
  it('unmount releases every listener and timer: no step runs after the story is gone', async () => {
    const view = render(<stories.RelaysRecovered />);
    const call = asCall(seen.args?.call);
    expect(await screen.findByText('Trouble reaching the call servers')).toBeInTheDocument();
    expect(latestRelays(call)).toBe(true);
    view.unmount();
    expect(call.controls.listenerCount()).toBe(0);
    // relays-recovered at speed 4 flips the relays back after 250 ms: a timer left behind would do it now.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(latestRelays(call)).toBe(true);
  });

  it('a story without parameters.callDiagnostics is left alone by the addon decorator', () => {
    const Plain = composeStory(
      { render: () => <p>plain story: {useMaybeCallDiagnosticsFake() ? 'decorated' : 'untouched'}</p> },
      { title: 'Plain' },
    );
    render(<Plain />);
    expect(screen.getByText('plain story: untouched')).toBeInTheDocument();
  });

  it('a story with parameters.callDiagnostics gets the fake from the addon decorator alone', async () => {
    const Asked = composeStory(
      {
        parameters: { callDiagnostics: { scenario: 'offline' } },
        render: (args: Record<string, unknown>) => <CallScreen call={args.call} />,
      },
      { title: 'Asked' },
    );
    render(<Asked />);
    expect(screen.getByText('holding: call')).toBeInTheDocument();
    expect(await screen.findByText('You are offline')).toBeInTheDocument();
  });
});
