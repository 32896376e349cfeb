/**
 * The lobby (`?page=lobby`): the pre-join readiness check on a chosen scenario, then "Join" / "Join anyway" enters the
 * simulated call with the check's result handed to the provider (`readiness`), so the banner and the support report
 * can say what the check found.
 */
import type { ReadinessResult } from '@call-diagnostics/core';
import { CallReadinessCheck } from '@call-diagnostics/react';
import { Caption1, FluentProvider, makeStyles, Title3, tokens, webLightTheme } from '@fluentui/react-components';
import { type ReactElement, useMemo, useState } from 'react';
import { App } from './App.js';
import { useBodyReset, usePageShellStyles } from './pageShell.js';
import { READINESS_SCENARIOS, type ReadinessScenarioId, readinessOptions } from './readinessScenarios.js';
import { ScenarioField } from './ScenarioField.js';

/** Demo-only UI text (the kit's own strings live in the kit). */
const text = {
  title: 'Before the call',
  subtitle: 'The readiness check a lobby runs, on simulated networks and devices (no request leaves the page).',
  back: 'Skip to the call demo',
  scenario: 'Network and device scenario',
  scenarioHint: 'Each scenario runs the check again.',
  lobby: 'Lobby',
} as const;

const useStyles = makeStyles({
  main: {
    flexGrow: 1,
    display: 'grid',
    gridTemplateColumns: '280px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The lobby screen: scenario on the left, the check on the right. */
function Lobby({ onJoin }: { readonly onJoin: (result: ReadinessResult | undefined) => void }): ReactElement {
  useBodyReset();
  const shell = usePageShellStyles();
  const classes = useStyles();
  const [scenario, setScenario] = useState<ReadinessScenarioId>('allFine');
  // New fakes (and so a new check) only when the scenario changes.
  const options = useMemo(() => readinessOptions(scenario), [scenario]);
  const hint = READINESS_SCENARIOS.find((s) => s.id === scenario)?.hint ?? '';
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={shell.page}>
        <header className={shell.header}>
          <div className={shell.headerText}>
            <Title3 as="h1">{text.title}</Title3>
            <Caption1 className={classes.hint}>{text.subtitle}</Caption1>
          </div>
          <a href="?">{text.back}</a>
        </header>
        <main className={classes.main}>
          <aside className={classes.panel}>
            <ScenarioField
              label={text.scenario}
              hint={text.scenarioHint}
              value={scenario}
              scenarios={READINESS_SCENARIOS}
              onChange={setScenario}
            />
            <Caption1 className={classes.hint}>{hint}</Caption1>
          </aside>
          <section className={classes.panel} aria-label={text.lobby}>
            <CallReadinessCheck key={scenario} {...options} autoStart onJoin={onJoin} />
          </section>
        </main>
      </div>
    </FluentProvider>
  );
}

/** `?page=lobby`: the lobby until the person joins, then the call demo with the check's result. */
export function LobbyPage(): ReactElement {
  const [joined, setJoined] = useState<{ readonly readiness: ReadinessResult | undefined }>();
  if (joined) return <App readiness={joined.readiness} />;
  return <Lobby onJoin={(readiness) => setJoined({ readiness })} />;
}
