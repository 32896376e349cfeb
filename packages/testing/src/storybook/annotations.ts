import { preloadCallDiagnosticsUi } from '@call-diagnostics/react';
import { CALL_DIAGNOSTICS_SCENARIOS, callDiagnosticsScenarios } from '../scenarios.js';
import { SCENARIO_GLOBAL, STORY_SCENARIO } from './config.js';
import { withCallDiagnosticsWhenAsked } from './withCallDiagnostics.js';

/** The shape of {@link callDiagnosticsGlobalTypes} (Storybook's `globalTypes` entry for a toolbar menu). */
export type CallDiagnosticsGlobalTypes = {
  callDiagnosticsScenario: {
    description: string;
    toolbar: { title: string; icon: 'lightning'; items: { value: string; title: string }[]; dynamicTitle: boolean };
  };
};

/** The toolbar menu: "Story's own" and every scenario. */
export const callDiagnosticsGlobalTypes: CallDiagnosticsGlobalTypes = {
  [SCENARIO_GLOBAL]: {
    description: 'Call diagnostics scenario played on the fake call of every story that uses it',
    toolbar: {
      title: 'Call diagnostics',
      icon: 'lightning',
      items: [
        { value: STORY_SCENARIO, title: "Story's own scenario" },
        ...CALL_DIAGNOSTICS_SCENARIOS.map((name) => ({ value: name, title: callDiagnosticsScenarios[name].title })),
      ],
      dynamicTitle: true,
    },
  },
};

/** The toolbar starts on each story's own scenario. */
export const callDiagnosticsInitialGlobals: { callDiagnosticsScenario: string } = { [SCENARIO_GLOBAL]: STORY_SCENARIO };

/**
 * The addon's preview annotations: the decorator (for stories with `parameters.callDiagnostics`) and the toolbar.
 * The addon line in `.storybook/main.ts` adds them; for portable stories outside Storybook's Vitest plugin, pass
 * them to `setProjectAnnotations([callDiagnosticsAnnotations, preview])`.
 */
export const callDiagnosticsAnnotations = {
  decorators: [withCallDiagnosticsWhenAsked],
  // The banner and toast are a chunk of their own: have it before a story renders, so the story (and its test)
  // shows its state from the first frame, as an app that calls preloadCallDiagnosticsUi() at start does.
  loaders: [
    async (): Promise<Record<string, never>> => {
      await preloadCallDiagnosticsUi();
      return {};
    },
  ],
  globalTypes: callDiagnosticsGlobalTypes,
  initialGlobals: callDiagnosticsInitialGlobals,
};
