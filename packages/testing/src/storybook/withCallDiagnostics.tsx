import type { DialInDetails } from '@call-diagnostics/core';
import { CallDiagnosticsProvider, useMaybeCallDiagnosticsContext } from '@call-diagnostics/react';
import {
  type ComponentProps,
  type ComponentType,
  createContext,
  type ReactElement,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  type CallDiagnosticsFake,
  type CallDiagnosticsHolder,
  type CallDiagnosticsScenarioName,
  createFakeForHolder,
  getCallDiagnosticsScenario,
  type ScenarioRun,
  startScenario,
} from '../scenarios.js';
import {
  type CallDiagnosticsStoryContext,
  type ResolvedCallDiagnosticsStory,
  resolveCallDiagnosticsStory,
  storyAsksForCallDiagnostics,
  storyDisablesCallDiagnostics,
} from './config.js';

/** What the decorator hands a story's components through {@link useCallDiagnosticsFake}. */
export interface CallDiagnosticsStoryFake {
  /** Which fake it is. */
  readonly holder: CallDiagnosticsHolder;
  /** The fake made for this story render (also in `args[holder]`). */
  readonly fake: CallDiagnosticsFake;
  /** The scenario being played. */
  readonly scenario: CallDiagnosticsScenarioName;
  /** Its playback speed. */
  readonly speed: number;
  /** True when the decorator wrapped the story in its own `CallDiagnosticsProvider`. */
  readonly wrapped: boolean;
  /** The scenario's dial-in details (its app's `dialIn`), for a story that renders its own provider. */
  readonly dialIn: DialInDetails | undefined;
}

const FakeContext = createContext<CallDiagnosticsStoryFake | undefined>(undefined);

/** The story's fake and scenario, or undefined outside a story decorated with {@link withCallDiagnostics}. */
export function useMaybeCallDiagnosticsFake(): CallDiagnosticsStoryFake | undefined {
  return useContext(FakeContext);
}

/** The story's fake and scenario; throws a clear error outside a story decorated with {@link withCallDiagnostics}. */
export function useCallDiagnosticsFake(): CallDiagnosticsStoryFake {
  const value = useContext(FakeContext);
  if (!value) {
    throw new Error(
      'useCallDiagnosticsFake: no fake here. Use it inside a story decorated with withCallDiagnostics (or with parameters.callDiagnostics and the @call-diagnostics/testing/storybook addon).',
    );
  }
  return value;
}

/** What the preset tells the preview about the project (see `@call-diagnostics/testing/storybook/preset`). */
interface StorybookEnvironment {
  readonly communicationReact?: boolean;
}
const ENVIRONMENT_GLOBAL = '__CALL_DIAGNOSTICS_STORYBOOK__';

/** Throws when the holder needs `@azure/communication-react` and the preset found it missing. */
function checkPackages(holder: CallDiagnosticsHolder): void {
  if (holder !== 'adapter' && holder !== 'statefulClient') return;
  const environment = (globalThis as Record<string, unknown>)[ENVIRONMENT_GLOBAL] as StorybookEnvironment | undefined;
  if (environment?.communicationReact === false) {
    throw new Error(
      `@call-diagnostics/testing: holder '${holder}' fakes a ${holder === 'adapter' ? 'CallAdapter' : 'StatefulCallClient'} of @azure/communication-react, which is not installed. Install it: npm install --save-dev @azure/communication-react (or pnpm add -D @azure/communication-react), or use holder 'call' or 'callAgent'.`,
    );
  }
}

/** The function Storybook hands a decorator: renders the story, optionally with context updates (`args`). */
export type CallDiagnosticsStoryFn = (update?: { readonly args?: Record<string, unknown> }) => unknown;

type StoryComponent = ComponentType<{ readonly args: Record<string, unknown> }>;
type ProviderProps = ComponentProps<typeof CallDiagnosticsProvider>;

function sourceProps(holder: CallDiagnosticsHolder, fake: CallDiagnosticsFake | undefined): ProviderProps {
  switch (holder) {
    case 'call':
      return { call: fake as ProviderProps['call'] };
    case 'callAgent':
      return { callAgent: fake as ProviderProps['callAgent'] };
    case 'adapter':
      return { adapter: fake as ProviderProps['adapter'] };
    case 'statefulClient':
      return { statefulClient: fake as ProviderProps['statefulClient'] };
  }
}

interface FakeStoryProps {
  readonly Story: StoryComponent;
  readonly args: Record<string, unknown>;
  readonly settings: ResolvedCallDiagnosticsStory;
  readonly providerProps: Partial<ProviderProps>;
}

/** One story render: one fake, one scenario run, released on unmount. Remounted (key) when the settings change. */
function FakeStory({ Story, args, settings, providerProps }: FakeStoryProps): ReactElement {
  const { holder, scenario, speed } = settings;
  const [fake] = useState(() => createFakeForHolder(holder));
  const kitAbove = useMaybeCallDiagnosticsContext() !== undefined;
  // undefined: not decided yet ('auto': does the story render its own provider on the fake?).
  const [wrap, setWrap] = useState<boolean | undefined>(
    settings.provider === 'auto' ? (kitAbove ? false : undefined) : settings.provider,
  );
  const run = useRef<ScenarioRun | undefined>(undefined);

  // Children's effects run first: by now a provider the story renders has attached to the fake.
  useEffect(() => {
    if (wrap === undefined) setWrap(fake.controls.listenerCount() === 0);
  }, [wrap, fake]);

  // The scenario starts once the kit is attached (our provider's attach effect, a child's, has run); every timer is
  // released on unmount, and a StrictMode remount resumes where it stopped.
  useEffect(() => {
    if (wrap === undefined) return undefined;
    if (run.current) run.current.resume();
    else run.current = startScenario(fake, scenario, { speed });
    const current = run.current;
    return () => current.stop();
  }, [wrap, fake, scenario, speed]);

  const value = useMemo<CallDiagnosticsStoryFake>(
    () => ({
      holder,
      fake,
      scenario,
      speed,
      wrapped: wrap === true,
      dialIn: getCallDiagnosticsScenario(scenario).dialIn,
    }),
    [holder, fake, scenario, speed, wrap],
  );
  const story = <Story args={{ ...args, [holder]: fake }} />;
  return (
    <FakeContext.Provider value={value}>
      {wrap === false ? (
        story
      ) : (
        // Undecided: an inert provider (no source, no surfaces) keeps the tree's shape when it becomes the real one.
        <CallDiagnosticsProvider
          history={false}
          dialIn={value.dialIn}
          {...providerProps}
          {...sourceProps(holder, wrap ? fake : undefined)}
          banner={wrap ? providerProps.banner : false}
          toast={wrap ? providerProps.toast : false}
          panel={wrap ? providerProps.panel : false}
        >
          {story}
        </CallDiagnosticsProvider>
      )}
    </FakeContext.Provider>
  );
}

function CallDiagnosticsStory(props: {
  readonly Story: CallDiagnosticsStoryFn;
  readonly context: CallDiagnosticsStoryContext;
}): ReactElement {
  const Story = props.Story as unknown as StoryComponent;
  const outer = useContext(FakeContext);
  // Decorated twice (the addon's and a story's own decorator): the outer one already made the fake.
  if (outer) return <Story args={{ ...props.context.args, [outer.holder]: outer.fake }} />;
  const settings = resolveCallDiagnosticsStory(props.context);
  checkPackages(settings.holder);
  const raw = props.context.parameters.callDiagnostics as { providerProps?: Partial<ProviderProps> } | undefined;
  const key = `${props.context.id ?? ''}|${settings.holder}|${settings.scenario}|${settings.speed}|${settings.provider}`;
  return (
    <FakeStory
      key={key}
      Story={Story}
      args={props.context.args}
      settings={settings}
      providerProps={(typeof raw === 'object' && raw?.providerProps) || {}}
    />
  );
}

/**
 * The Storybook decorator: per story render it makes the fake the story asks for (`parameters.callDiagnostics.holder`:
 * `call` by default, `callAgent`, `adapter`, `statefulClient`), hands it to the story as `args[holder]` (`args.call`)
 * and through {@link useCallDiagnosticsFake}, wraps the story in `CallDiagnosticsProvider` (unless the story renders
 * its own on the fake) and plays the scenario (`parameters.callDiagnostics.scenario`, or the toolbar's
 * `globals.callDiagnosticsScenario`). Everything is released when the story unmounts.
 *
 * @example
 * ```ts
 * // a story file
 * export default { component: CallScreen, decorators: [withCallDiagnostics] };
 * export const Ended = { parameters: { callDiagnostics: { scenario: 'ended-3112' } } };
 * ```
 */
export function withCallDiagnostics(Story: CallDiagnosticsStoryFn, context: CallDiagnosticsStoryContext): ReactElement {
  if (storyDisablesCallDiagnostics(context)) return <>{Story()}</>;
  return <CallDiagnosticsStory Story={Story} context={context} />;
}

/**
 * The decorator the addon registers for every story: it acts only on stories that set `parameters.callDiagnostics`
 * (a meta, a story, or `preview.ts` for all), so the rest of a Storybook is left alone.
 */
export function withCallDiagnosticsWhenAsked(
  Story: CallDiagnosticsStoryFn,
  context: CallDiagnosticsStoryContext,
): ReactElement {
  if (!storyAsksForCallDiagnostics(context)) return <>{Story()}</>;
  return withCallDiagnostics(Story, context);
}
