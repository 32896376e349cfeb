/**
 * The second demo page: `@azure/communication-react`'s CallComposite with the kit dropped beside it through
 * `<CallDiagnosticsProvider adapter={…}>`. On a simulated adapter (`createFakeCallAdapter`) by default, where the
 * pre-join readiness check runs first and "Join" calls `adapter.joinCall()` with its result handed to the provider;
 * with VITE_ACS_TOKEN, VITE_ACS_USER_ID and VITE_ACS_GROUP_ID set it joins a real ACS group call with the real SDK.
 */
import { AzureCommunicationTokenCredential } from '@azure/communication-common';
import { type CallAdapter, CallComposite, useAzureCommunicationCallAdapter } from '@azure/communication-react';
import type { ReadinessResult } from '@call-diagnostics/core';
import { CallDiagnosticsProvider, CallReadinessCheck } from '@call-diagnostics/react';
import { createFakeCallAdapter, type FakeCallAdapter } from '@call-diagnostics/testing';
import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  Subtitle2,
  Title3,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { type ReactElement, useEffect, useMemo, useState } from 'react';
import { usePageShellStyles } from './pageShell.js';
import { READINESS_SCENARIOS, type ReadinessScenarioId, readinessOptions } from './readinessScenarios.js';

const text = {
  title: 'CallComposite + Call Diagnostics Kit',
  simulated:
    'Simulated adapter (createFakeCallAdapter). Set VITE_ACS_TOKEN, VITE_ACS_USER_ID and VITE_ACS_GROUP_ID to join a real ACS group call.',
  real: 'Real ACS group call through createAzureCommunicationCallAdapter.',
  back: 'Back to the simple demo',
  controls: 'Simulate',
  composite: 'CallComposite',
  connecting: 'Creating the call adapter…',
  beforeJoin: 'Before joinCall()',
  scenario: 'Network and device scenario',
} as const;

/** How long the simulated call takes to connect after `joinCall()`. */
const CONNECT_MS = 800;

/** Buttons that drive the simulated adapter the way the SDK would. */
const SIMULATIONS: ReadonlyArray<{ label: string; run: (adapter: FakeCallAdapter) => void }> = [
  { label: 'No network', run: (a) => a.controls.raiseNetwork('noNetwork', true) },
  { label: 'Network back', run: (a) => a.controls.raiseNetwork('noNetwork', false) },
  { label: 'Relays unreachable', run: (a) => a.controls.raiseNetwork('networkRelaysNotReachable', true) },
  { label: 'Relays reachable', run: (a) => a.controls.raiseNetwork('networkRelaysNotReachable', false) },
  { label: 'Reconnecting (Poor)', run: (a) => a.controls.raiseNetwork('networkReconnect', 2) },
  { label: 'Reconnected (Good)', run: (a) => a.controls.raiseNetwork('networkReconnect', 1) },
  { label: 'Poor send quality', run: (a) => a.controls.raiseNetwork('networkSendQuality', 2) },
  { label: 'End 410/3112', run: (a) => a.controls.end({ code: 410, subCode: 3112 }) },
  { label: 'End 496/7', run: (a) => a.controls.end({ code: 496, subCode: 7 }) },
  { label: 'New call', run: (a) => a.controls.startCall() },
];

const useStyles = makeStyles({
  main: {
    flexGrow: 1,
    display: 'grid',
    gridTemplateColumns: '240px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
  },
  sidebar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  stage: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  composite: { height: '560px', position: 'relative' },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface AcsEnv {
  readonly token: string;
  readonly userId: string;
  readonly groupId: string;
}

function acsEnv(): AcsEnv | undefined {
  const env = (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};
  const token = env.VITE_ACS_TOKEN;
  const userId = env.VITE_ACS_USER_ID;
  const groupId = env.VITE_ACS_GROUP_ID;
  return token && userId && groupId ? { token, userId, groupId } : undefined;
}

function Stage({
  adapter,
  onRetry,
  readiness,
}: {
  adapter: CallAdapter;
  onRetry: () => void;
  readiness?: ReadinessResult | undefined;
}): ReactElement {
  const classes = useStyles();
  return (
    <section className={classes.stage} aria-label={text.composite}>
      <CallDiagnosticsProvider adapter={adapter} onRetry={onRetry} readiness={readiness}>
        <div className={classes.composite}>
          <CallComposite adapter={adapter} />
        </div>
      </CallDiagnosticsProvider>
    </section>
  );
}

function RealStage({ env }: { env: AcsEnv }): ReactElement {
  const credential = useMemo(() => new AzureCommunicationTokenCredential(env.token), [env.token]);
  const args = useMemo(
    () => ({
      userId: { communicationUserId: env.userId },
      displayName: 'Call Diagnostics Kit demo',
      credential,
      locator: { groupId: env.groupId },
    }),
    [credential, env.userId, env.groupId],
  );
  const adapter = useAzureCommunicationCallAdapter(args);
  if (!adapter) return <Caption1>{text.connecting}</Caption1>;
  return <Stage adapter={adapter} onRetry={() => void adapter.joinCall()} />;
}

/** Before `joinCall()`: the readiness check on a chosen scenario; "Join" / "Join anyway" joins with its result. */
function PreJoin({ onJoin }: { onJoin: (result: ReadinessResult | undefined) => void }): ReactElement {
  const classes = useStyles();
  const [scenario, setScenario] = useState<ReadinessScenarioId>('allFine');
  const options = useMemo(() => readinessOptions(scenario), [scenario]);
  return (
    <>
      <aside className={classes.sidebar} aria-label={text.scenario}>
        <Subtitle2 as="h2">{text.scenario}</Subtitle2>
        {READINESS_SCENARIOS.map((s) => (
          <Button
            key={s.id}
            size="small"
            appearance={s.id === scenario ? 'primary' : 'secondary'}
            aria-pressed={s.id === scenario}
            onClick={() => setScenario(s.id)}
          >
            {s.label}
          </Button>
        ))}
      </aside>
      <section className={classes.stage} aria-label={text.beforeJoin}>
        <CallReadinessCheck key={scenario} {...options} autoStart onJoin={onJoin} />
      </section>
    </>
  );
}

function SimulatedStage(): ReactElement {
  const classes = useStyles();
  // No call until joinCall(), as with a real adapter on its configuration page.
  const [adapter] = useState(() => createFakeCallAdapter({ call: false, displayName: 'You (simulated)' }));
  const [joined, setJoined] = useState<{ readonly readiness: ReadinessResult | undefined }>();
  useEffect(() => {
    if (!joined) return undefined;
    void adapter.joinCall();
    const timer = setTimeout(() => adapter.controls.setState('Connected'), CONNECT_MS);
    return () => clearTimeout(timer);
  }, [adapter, joined]);
  if (!joined) return <PreJoin onJoin={(readiness) => setJoined({ readiness })} />;
  return (
    <>
      <aside className={classes.sidebar} aria-label={text.controls}>
        <Subtitle2 as="h2">{text.controls}</Subtitle2>
        {SIMULATIONS.map((simulation) => (
          <Button key={simulation.label} size="small" onClick={() => simulation.run(adapter)}>
            {simulation.label}
          </Button>
        ))}
      </aside>
      <Stage adapter={adapter} readiness={joined.readiness} onRetry={() => adapter.controls.startCall()} />
    </>
  );
}

/** The CallComposite page (`?page=composite`). */
export function CompositePage(): ReactElement {
  const shell = usePageShellStyles();
  const classes = useStyles();
  const env = acsEnv();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={shell.page}>
        <header className={shell.header}>
          <div>
            <Title3 as="h1">{text.title}</Title3>
            <br />
            <Caption1 className={classes.hint}>{env ? text.real : text.simulated}</Caption1>
          </div>
          <a href="?">{text.back}</a>
        </header>
        <main className={classes.main}>{env ? <RealStage env={env} /> : <SimulatedStage />}</main>
      </div>
    </FluentProvider>
  );
}
