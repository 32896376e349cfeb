import type { ReadinessResult } from '@call-diagnostics/core';
import { CallDiagnosticsProvider, CallQualityIndicator, ParticipantDiagnostics } from '@call-diagnostics/react';
import { createFakeCall, type FakeCall, REMOTE_PARTICIPANT, type TimelineStep } from '@call-diagnostics/testing';
import {
  Avatar,
  Badge,
  Body1,
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Switch,
  Title3,
  ToggleButton,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { type ReactElement, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useBodyReset, usePageShellStyles } from './pageShell.js';
import { ScenarioField } from './ScenarioField.js';
import {
  DEMO_DIAL_IN,
  DIAL_IN_SCENARIOS,
  newCall,
  playScenario,
  SCENARIOS,
  type ScenarioId,
  speedFromUrl,
} from './scenarios.js';

/** Demo-only UI text (the kit's own strings live in the kit). */
const text = {
  title: 'Call Diagnostics Kit demo',
  subtitle: 'A fake ACS call with the diagnostics provider dropped in.',
  darkTheme: 'Dark theme',
  scenario: 'Scenario',
  scenarioHint: 'Each scenario starts a fresh fake call.',
  speed: 'Replay speed: {speed}×',
  log: 'Scenario log',
  logEmpty: 'Nothing happened yet.',
  callArea: 'Call',
  status: {
    Connecting: 'Connecting…',
    Rejoining: 'Rejoining…',
    Connected: 'Connected',
    Ended: 'Call ended',
  },
  mute: 'Mute',
  camera: 'Camera',
  hangUp: 'Hang up',
  rejoin: 'Rejoin',
  cameraPlaceholder: 'Camera on (simulated)',
  muted: 'Muted',
  you: 'You',
  participants: [
    { name: REMOTE_PARTICIPANT.displayName, id: REMOTE_PARTICIPANT.rawId },
    { name: 'Sam Chen', id: '8:acs:demo-sam' },
  ],
  deviceSettings: 'Device settings opened for the {device} (your app shows its own picker here)',
  controls: 'Call controls',
  lobby: 'Check before joining',
  composite: 'CallComposite page',
} as const;

const REJOIN_DELAY_MS = 800;

type Session =
  | { readonly key: number; readonly call: FakeCall; readonly kind: 'scenario'; readonly scenario: ScenarioId }
  | { readonly key: number; readonly call: FakeCall; readonly kind: 'rejoin' };

let sessionKey = 0;
const scenarioSession = (scenario: ScenarioId): Session => ({
  key: ++sessionKey,
  call: newCall(),
  kind: 'scenario',
  scenario,
});
const rejoinSession = (): Session => ({
  key: ++sessionKey,
  call: createFakeCall({ state: 'Connecting' }),
  kind: 'rejoin',
});

/** The fake call's `state`, re-read on `stateChanged`. */
function useCallState(call: FakeCall): FakeCall['state'] {
  const subscribe = useCallback(
    (listener: () => void) => {
      call.on('stateChanged', listener);
      return () => call.off('stateChanged', listener);
    },
    [call],
  );
  return useSyncExternalStore(subscribe, () => call.state);
}

/** Whether the fake call's camera is on (`localVideoStreams`), following `localVideoStreamsUpdated`. */
function useCameraOn(call: FakeCall): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      call.on('localVideoStreamsUpdated', listener);
      return () => call.off('localVideoStreamsUpdated', listener);
    },
    [call],
  );
  return useSyncExternalStore(subscribe, () => call.localVideoStreams.length > 0);
}

const useStyles = makeStyles({
  links: { display: 'flex', gap: tokens.spacingHorizontalL },
  main: {
    flexGrow: 1,
    display: 'grid',
    gridTemplateColumns: '280px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    minHeight: 0,
  },
  sidebar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  log: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  stage: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  statusRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  grid: {
    flexGrow: 1,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
    minHeight: '260px',
  },
  tile: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    minHeight: '160px',
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  tileVideo: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  tileEnded: { backgroundColor: tokens.colorNeutralBackground4 },
  tileName: {
    position: 'absolute',
    left: tokens.spacingHorizontalM,
    bottom: tokens.spacingVerticalM,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  controls: {
    display: 'flex',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
  },
  hangUp: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
    ':hover:active': {
      backgroundColor: tokens.colorPaletteRedForeground1,
      color: tokens.colorNeutralForegroundOnBrand,
    },
  },
});

function Tile(props: {
  readonly name: string;
  readonly video: boolean;
  readonly muted: boolean;
  readonly ended: boolean;
  /** Another participant's raw id: their tile shows what their client shares. */
  readonly participantId?: string;
}) {
  const classes = useStyles();
  return (
    <div className={mergeClasses(classes.tile, props.video && classes.tileVideo, props.ended && classes.tileEnded)}>
      {props.video ? (
        <Body1>{text.cameraPlaceholder}</Body1>
      ) : (
        <Avatar name={props.name} size={72} color="colorful" aria-hidden />
      )}
      <span className={classes.tileName}>
        <Caption1>{props.name}</Caption1>
        {props.muted && (
          <Badge size="small" appearance="tint" color="informative">
            {text.muted}
          </Badge>
        )}
        {props.participantId && <ParticipantDiagnostics participantId={props.participantId} name={props.name} />}
      </span>
    </div>
  );
}

/** Props of the call demo. */
export interface AppProps {
  /** The result of the readiness check run in the lobby (`?page=lobby`), handed to the provider. */
  readonly readiness?: ReadinessResult | undefined;
}

export function App({ readiness }: AppProps = {}): ReactElement {
  useBodyReset();
  const shell = usePageShellStyles();
  const classes = useStyles();
  const [dark, setDark] = useState(false);
  const [selected, setSelected] = useState<ScenarioId>('healthy');
  const [session, setSession] = useState<Session>(() => scenarioSession('healthy'));
  const [log, setLog] = useState<readonly string[]>([]);
  const [muted, setMuted] = useState(false);
  const [speed] = useState(() => speedFromUrl());
  const state = useCallState(session.call);
  const camera = useCameraOn(session.call);

  // Plays the session's scenario; every timer is cleared when the session changes or the app unmounts.
  useEffect(() => {
    const { call } = session;
    if (session.kind === 'rejoin') {
      const timer = setTimeout(() => call.controls.setState('Connected'), REJOIN_DELAY_MS / speed);
      return () => clearTimeout(timer);
    }
    const started = Date.now();
    return playScenario(call, session.scenario, speed, (step: TimelineStep) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      setLog((previous) => [...previous, `+${seconds} s ${step.description}`]);
    });
  }, [session, speed]);

  // The kit's Unmute goes through the demo's own mute state, as an app's call controls would: unmuting clears the
  // SDK's speaking-while-muted cue.
  const controls = useMemo(
    () => ({
      unmute: async () => {
        setMuted(false);
        session.call.controls.raiseMedia('speakingWhileMicrophoneIsMuted', false);
      },
    }),
    [session],
  );
  const startScenario = (scenario: ScenarioId): void => {
    if (scenario === 'speakingWhileMuted') setMuted(true);
    setSelected(scenario);
    setLog([]);
    setSession(scenarioSession(scenario));
  };
  const startRejoin = (): void => {
    setSelected('healthy');
    setLog(['Rejoining with a fresh call']);
    setSession(rejoinSession());
  };

  const ended = state === 'Disconnected' || state === 'Disconnecting';
  const statusText = ended
    ? text.status.Ended
    : state === 'Connected'
      ? text.status.Connected
      : session.kind === 'rejoin'
        ? text.status.Rejoining
        : text.status.Connecting;
  const statusColor = ended ? 'danger' : state === 'Connected' ? 'success' : 'warning';
  const hint = SCENARIOS.find((scenario) => scenario.id === selected)?.hint ?? '';

  return (
    // Layout lives on an inner element: Fluent copies the provider's classes onto its portal mount nodes (toasts,
    // the panel), which must not get a 100vh flex box of their own.
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={shell.page}>
        <header className={shell.header}>
          <div className={shell.headerText}>
            <Title3 as="h1">{text.title}</Title3>
            <Caption1 className={classes.hint}>{text.subtitle}</Caption1>
          </div>
          <nav className={classes.links}>
            <a href="?page=lobby">{text.lobby}</a>
            <a href="?page=composite">{text.composite}</a>
          </nav>
          <Switch label={text.darkTheme} checked={dark} onChange={(_, data) => setDark(data.checked)} />
        </header>
        <main className={classes.main}>
          <aside className={classes.sidebar}>
            <ScenarioField
              label={text.scenario}
              hint={text.scenarioHint}
              value={selected}
              scenarios={SCENARIOS}
              onChange={startScenario}
            />
            <Caption1 className={classes.hint}>{hint}</Caption1>
            {speed !== 1 && (
              <Caption1 className={classes.hint}>{text.speed.replace('{speed}', String(speed))}</Caption1>
            )}
            <section aria-label={text.log}>
              <Subtitle2 as="h2">{text.log}</Subtitle2>
              {log.length === 0 ? (
                <Caption1 className={classes.hint}>{text.logEmpty}</Caption1>
              ) : (
                <ol className={classes.log}>
                  {log.map((entry, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: an append-only log.
                    <li key={index}>
                      <Caption1>{entry}</Caption1>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </aside>
          <section className={classes.stage} aria-label={text.callArea}>
            <CallDiagnosticsProvider
              call={session.call}
              onRetry={startRejoin}
              readiness={readiness}
              controls={controls}
              dialIn={session.kind === 'scenario' && DIAL_IN_SCENARIOS.has(session.scenario) ? DEMO_DIAL_IN : undefined}
              onOpenDeviceSettings={(device) =>
                setLog((previous) => [...previous, text.deviceSettings.replace('{device}', device)])
              }
            >
              <div className={classes.statusRow}>
                <Badge appearance="filled" color={statusColor} data-testid="call-status" role="status">
                  {statusText}
                </Badge>
                <Caption1 className={classes.hint}>{session.call.id}</Caption1>
                <CallQualityIndicator />
              </div>
              <div className={classes.grid}>
                <Tile name={text.you} video={camera && !ended} muted={muted} ended={ended} />
                {text.participants.map(({ name, id }) => (
                  <Tile key={id} name={name} participantId={id} video={false} muted={false} ended={ended} />
                ))}
              </div>
              <div className={classes.controls} role="toolbar" aria-label={text.controls}>
                <ToggleButton checked={muted} disabled={ended} onClick={() => setMuted((value) => !value)}>
                  {text.mute}
                </ToggleButton>
                <ToggleButton checked={camera} disabled={ended} onClick={() => session.call.controls.setVideo(!camera)}>
                  {text.camera}
                </ToggleButton>
                {ended ? (
                  <Button appearance="primary" onClick={startRejoin}>
                    {text.rejoin}
                  </Button>
                ) : (
                  <Button className={classes.hangUp} onClick={() => void session.call.hangUp()}>
                    {text.hangUp}
                  </Button>
                )}
              </div>
            </CallDiagnosticsProvider>
          </section>
        </main>
      </div>
    </FluentProvider>
  );
}
