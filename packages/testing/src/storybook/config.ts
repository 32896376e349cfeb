import {
  type CallDiagnosticsHolder,
  type CallDiagnosticsScenarioName,
  checkCallDiagnosticsHolder,
  checkScenarioSpeed,
  getCallDiagnosticsScenario,
} from '../scenarios.js';

/** `parameters.callDiagnostics` of a story (or of its meta, or of the whole Storybook). */
export interface CallDiagnosticsParameters {
  /** The scenario to play (default `healthy`). The toolbar's choice, when one is made, wins over it. */
  readonly scenario?: CallDiagnosticsScenarioName;
  /** Which fake to make: `call` (default), `callAgent`, `adapter` or `statefulClient`. */
  readonly holder?: CallDiagnosticsHolder;
  /** Playback speed of timed steps: 1 (default) real time, 10 ten times faster, `Infinity` at once. */
  readonly speed?: number;
  /**
   * Wrap the story in `CallDiagnosticsProvider`: `'auto'` (default) wraps it unless the story renders its own
   * provider on the fake (or a provider is already above); `false` only supplies the fake; `true` always wraps.
   */
  readonly provider?: boolean | 'auto';
  /**
   * Props for the `CallDiagnosticsProvider` the decorator renders (`strings`, `locale`, `onRetry`, `banner`…). The
   * source prop is always the fake; `history` is `false` unless given (stories stay independent of each other).
   */
  readonly providerProps?: Readonly<Record<string, unknown>>;
  /** Turns the decorator off for this story. */
  readonly disable?: boolean;
}

/** The toolbar global that picks the scenario for every story. */
export const SCENARIO_GLOBAL = 'callDiagnosticsScenario' as const;

/** The toolbar value meaning "each story's own scenario". */
export const STORY_SCENARIO = 'story';

/** What the decorator does for one story, resolved from parameters and globals. */
export interface ResolvedCallDiagnosticsStory {
  /** The scenario to play. */
  readonly scenario: CallDiagnosticsScenarioName;
  /** Which fake to make. */
  readonly holder: CallDiagnosticsHolder;
  /** Playback speed. */
  readonly speed: number;
  /** Whether to wrap the story in a provider. */
  readonly provider: boolean | 'auto';
}

/** The parts of a Storybook story context the decorator reads. */
export interface CallDiagnosticsStoryContext {
  /** The story id (a new one makes a new fake). */
  readonly id?: string;
  /** The story's args; the fake is added as `args[holder]`. */
  readonly args: Record<string, unknown>;
  /** The story's parameters (`callDiagnostics`). */
  readonly parameters: Record<string, unknown>;
  /** The toolbar globals (`callDiagnosticsScenario`). */
  readonly globals?: Record<string, unknown>;
}

/** Whether the story asked for the decorator through `parameters.callDiagnostics` (the addon's opt-in). */
export function storyAsksForCallDiagnostics(context: CallDiagnosticsStoryContext): boolean {
  const value = context.parameters.callDiagnostics;
  return value === true || (typeof value === 'object' && value !== null);
}

/** Whether the story turned the decorator off (`callDiagnostics: false` or `{ disable: true }`). */
export function storyDisablesCallDiagnostics(context: CallDiagnosticsStoryContext): boolean {
  const value = context.parameters.callDiagnostics;
  return (
    value === false ||
    (typeof value === 'object' && value !== null && (value as { disable?: unknown }).disable === true)
  );
}

/**
 * Resolves the scenario (toolbar global, else `parameters.callDiagnostics.scenario`, else `healthy`), the holder and
 * the speed. Unknown names are a `RangeError` that lists the valid ones.
 */
export function resolveCallDiagnosticsStory(context: CallDiagnosticsStoryContext): ResolvedCallDiagnosticsStory {
  const raw = context.parameters.callDiagnostics;
  const parameters: CallDiagnosticsParameters = typeof raw === 'object' && raw !== null ? raw : {};
  const fromToolbar = context.globals?.[SCENARIO_GLOBAL];
  const scenario =
    fromToolbar !== undefined && fromToolbar !== '' && fromToolbar !== STORY_SCENARIO
      ? fromToolbar
      : (parameters.scenario ?? 'healthy');
  const provider = parameters.provider ?? 'auto';
  if (provider !== true && provider !== false && provider !== 'auto') {
    throw new RangeError(
      `@call-diagnostics/testing: parameters.callDiagnostics.provider must be true, false or 'auto'; got ${JSON.stringify(provider)}.`,
    );
  }
  return {
    scenario: getCallDiagnosticsScenario(scenario).name,
    holder: checkCallDiagnosticsHolder(parameters.holder ?? 'call'),
    speed: checkScenarioSpeed(parameters.speed ?? 1),
    provider,
  };
}
