/**
 * `@call-diagnostics/testing/storybook`: preview your own call screen in every diagnostic state, in your Storybook.
 * Add `'@call-diagnostics/testing/storybook'` to `addons` in `.storybook/main.ts`, then give a story
 * `parameters: { callDiagnostics: { scenario: 'ended-3112' } }` (or use {@link withCallDiagnostics} as a decorator).
 *
 * @packageDocumentation
 */
export {
  CALL_DIAGNOSTICS_HOLDERS,
  CALL_DIAGNOSTICS_SCENARIOS,
  type CallDiagnosticsFake,
  type CallDiagnosticsHolder,
  type CallDiagnosticsHolderFakes,
  type CallDiagnosticsScenario,
  type CallDiagnosticsScenarioName,
  callDiagnosticsScenarios,
  type ScenarioControls,
  type ScenarioStep,
} from '../scenarios.js';
export {
  type CallDiagnosticsGlobalTypes,
  callDiagnosticsAnnotations,
  callDiagnosticsGlobalTypes,
  callDiagnosticsInitialGlobals,
} from './annotations.js';
export {
  type CallDiagnosticsParameters,
  type CallDiagnosticsStoryContext,
  type ResolvedCallDiagnosticsStory,
  resolveCallDiagnosticsStory,
  SCENARIO_GLOBAL,
  STORY_SCENARIO,
} from './config.js';
export {
  type CallDiagnosticsStoryFake,
  type CallDiagnosticsStoryFn,
  useCallDiagnosticsFake,
  useMaybeCallDiagnosticsFake,
  withCallDiagnostics,
  withCallDiagnosticsWhenAsked,
} from './withCallDiagnostics.js';
