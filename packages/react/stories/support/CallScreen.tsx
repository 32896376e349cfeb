import { createDiagnosticsStore, type DiagnosticEvent, type DiagnosticsStore } from '@call-diagnostics/core';
import {
  CallDiagnosticsProvider,
  type CallDiagnosticsProviderProps,
  CallQualityIndicator,
  locales,
  ParticipantDiagnostics,
} from '@call-diagnostics/react';
import {
  createFakeCall,
  type FakeCall,
  type FakeCallOptions,
  REMOTE_PARTICIPANT,
  replayTimeline,
  SEED_410_3112_TIMELINE,
} from '@call-diagnostics/testing';
import {
  Avatar,
  Button,
  Caption1,
  makeStyles,
  Subtitle2,
  ToggleButton,
  Toolbar,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { Meta } from '@storybook/react-vite';
import { type ReactElement, useContext, useState } from 'react';
import { fn } from 'storybook/test';
import { StoryLocaleContext } from './storyLocale';

/** A fixed call ID, so the seed story shows the same ID every time (the fake would otherwise number its calls). */
export const SEED_CALL_ID = 'b1a4c8e2-7d3f-4e10-9c31-410311200001';
export const SEED_PARTICIPANT_ID = 'participant-7f3c9d21';

/** What the story loaders hand to `render` and `play`. */
export interface FakeCallLoaded {
  readonly call: FakeCall;
}

/**
 * A loader that makes a fresh fake call for every render of a story, so stories (and their theme variants) never
 * share a call. The fake marks itself duck-typed, so the kit never loads the real ACS SDK.
 */
export function fakeCallLoader(options: FakeCallOptions = {}, prepare?: (call: FakeCall) => Promise<void> | void) {
  return async (): Promise<FakeCallLoaded> => {
    const call = createFakeCall({ participantId: SEED_PARTICIPANT_ID, ...options });
    await prepare?.(call);
    return { call };
  };
}

/** The 410/3112 seed: `networkRelaysNotReachable` true, then Disconnected with 410/3112 (played instantly). */
export const seed410_3112Loader = fakeCallLoader({ id: SEED_CALL_ID }, (call) =>
  replayTimeline(call, SEED_410_3112_TIMELINE, { speed: Number.POSITIVE_INFINITY }),
);

/** Reads the fake call a loader made; fails loudly when a story forgot its loader. */
export function loadedCall(loaded: Record<string, unknown>): FakeCall {
  const call = (loaded as Partial<FakeCallLoaded>).call;
  if (!call) throw new Error('This story needs fakeCallLoader() in its loaders.');
  return call;
}

/** Seeds a standalone store (no call, no SDK) with events, as a story's loader. */
export function storeLoader(events: (at: number) => readonly DiagnosticEvent[]) {
  return async (): Promise<{ store: DiagnosticsStore }> => {
    const store = createDiagnosticsStore();
    for (const event of events(Date.now())) store.dispatch(event);
    return { store };
  };
}

export function loadedStore(loaded: Record<string, unknown>): DiagnosticsStore {
  const store = (loaded as { store?: DiagnosticsStore }).store;
  if (!store) throw new Error('This story needs storeLoader() in its loaders.');
  return store;
}

/** Events of a call whose relays became unreachable. */
export const relaysUnreachableEvents = (at: number): DiagnosticEvent[] => [
  {
    type: 'attached',
    at: at - 5000,
    source: 'manual',
    callId: SEED_CALL_ID,
    participantId: SEED_PARTICIPANT_ID,
    state: 'Connected',
  },
  { type: 'diagnosticChanged', at: at - 2000, area: 'network', diagnostic: 'networkRelaysNotReachable', value: true },
];

/** Events of the 410/3112 seed. */
export const ended410_3112Events = (at: number): DiagnosticEvent[] => [
  ...relaysUnreachableEvents(at),
  { type: 'callStateChanged', at, state: 'Disconnected' },
  { type: 'callEnded', at, callId: SEED_CALL_ID, code: 410, subCode: 3112 },
];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '960px',
    marginInline: 'auto',
  },
  screen: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  stage: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    rowGap: tokens.spacingVerticalS,
    aspectRatio: '16 / 9',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
  },
  controls: {
    justifyContent: 'center',
    columnGap: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Props of {@link CallScreen}: the provider's props, with the fake call. */
export type CallScreenProps = Omit<CallDiagnosticsProviderProps, 'call' | 'children'> & {
  readonly call: FakeCall;
};

/**
 * A small mock call screen (two video tiles and a control bar) wrapped in the real `CallDiagnosticsProvider`, which
 * adds the banner above it, the recovery toast and the firewall guidance panel.
 */
export function CallScreen({ call, ...providerProps }: CallScreenProps): ReactElement {
  const classes = useStyles();
  const [muted, setMuted] = useState(false);
  const [cameraOn, setCameraOn] = useState(true);
  const titleId = useId('story-call-title');
  // The Storybook locale toolbar (a story's own `locale` arg wins).
  const toolbarLocale = useContext(StoryLocaleContext);
  return (
    <div className={classes.root}>
      <CallDiagnosticsProvider
        call={call}
        locales={locales}
        {...providerProps}
        locale={providerProps.locale ?? toolbarLocale}
      >
        <main className={classes.screen} aria-labelledby={titleId}>
          <Subtitle2 as="h1" id={titleId} className={classes.heading}>
            Weekly sync with Contoso support
          </Subtitle2>
          <div className={classes.stage}>
            <div className={classes.tile}>
              <Avatar name={REMOTE_PARTICIPANT.displayName} size={64} color="colorful" />
              <Caption1>{REMOTE_PARTICIPANT.displayName}</Caption1>
              <ParticipantDiagnostics participantId={REMOTE_PARTICIPANT.rawId} name={REMOTE_PARTICIPANT.displayName} />
            </div>
            <div className={classes.tile}>
              <Avatar name="You" size={64} color="colorful" />
              <Caption1>{cameraOn ? 'You' : 'You (camera off)'}</Caption1>
            </div>
          </div>
          <Toolbar aria-label="Call controls" className={classes.controls}>
            <CallQualityIndicator />
            <ToggleButton checked={muted} onClick={() => setMuted((m) => !m)}>
              Mute
            </ToggleButton>
            <ToggleButton checked={cameraOn} onClick={() => setCameraOn((c) => !c)}>
              Camera
            </ToggleButton>
            <Button appearance="primary" onClick={() => void call.hangUp()}>
              Leave
            </Button>
          </Toolbar>
        </main>
      </CallDiagnosticsProvider>
    </div>
  );
}

/**
 * Waits until the enter animations (toast, drawer) have finished, so the axe check that follows a play function sees
 * the final colours instead of a half-faded frame.
 */
export async function animationsSettled(doc: Document = document): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const running = doc.getAnimations().filter((animation) => animation.playState === 'running');
    if (running.length === 0) return;
    await Promise.allSettled(running.map((animation) => animation.finished));
  }
}

/**
 * What every "Call screen" story file's meta shares: the provider as the component, an `onRetry` action, the props
 * that cannot be edited in the controls panel, and a render on the loaded fake call. Each file adds its `title` (a
 * literal, for Storybook's indexer) and its loaders.
 */
export const callScreenMeta = {
  component: CallDiagnosticsProvider,
  args: { onRetry: fn() },
  argTypes: {
    call: { control: false, table: { disable: true } },
    diagnostics: { control: false },
    features: { control: false },
    options: { control: false },
    children: { control: false },
  },
  render: (args, { loaded }) => <CallScreen {...args} call={loadedCall(loaded)} />,
} satisfies Partial<Meta<typeof CallDiagnosticsProvider>>;
