import { dialInLink } from '@call-diagnostics/core';
import { adviseFallback, closeFallback, type FallbackAdvice, NO_ADVICE } from '@call-diagnostics/core/internal';
import { useContext, useEffect, useRef, useState } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { dialInInstructions } from '../../families/fallback/format.js';
import { useDialIn } from '../../families/fallback/useDialIn.js';
import { useFallbackStrings } from '../../families/fallback/useFallbackStrings.js';
import { trackUiEvent } from '../../hooks/trackUiEvent.js';
import { useCallControls } from '../../hooks/useCallControls.js';
import { useQualitySession } from '../../hooks/useCallQuality.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import type { FallbackNoticeAction, FallbackNoticeProps, FallbackNoticeState } from './FallbackNotice.types.js';
import { useFallbackNoticeClassName_unstable } from './useFallbackNoticeStyles.styles.js';

const selectEnded = (state: { readonly ended?: unknown }) => state.ended !== undefined;
const selectConnected = (state: { readonly call: { readonly state: string | undefined } }) =>
  state.call.state === 'Connected';

/**
 * The advice for the call in progress: one step per quality sample (the provider's quality session, opened once the
 * call is connected), with the camera's state and whether dial-in details are known read at each sample. Starts over
 * when the call ends or the provider follows another one.
 */
function useAdvice(
  props: FallbackNoticeProps,
  dialInKnown: boolean,
): [FallbackAdvice, (which: 'videoOff' | 'phone') => void] {
  const ended = useDiagnosticsSelector(selectEnded, props.diagnostics);
  const connected = useDiagnosticsSelector(selectConnected, props.diagnostics);
  const source = useContext(CallDiagnosticsContext)?.callSource;
  // Which call the advice belongs to: a new one (an end, or another source) starts over, so offers closed in the last
  // call may be made again. Once connected, the session stays open through a hold: closed offers must not come back
  // after it. Derived during the render (idempotent), so no render is spent resetting.
  const generation = useRef({ ended, source, started: connected, n: 0 });
  const g = generation.current;
  if (g.ended !== ended || g.source !== source) generation.current = { ended, source, started: connected, n: g.n + 1 };
  else if (connected && !g.started) generation.current = { ...g, started: true };
  const { n, started } = generation.current;
  const [stored, setStored] = useState({ n, advice: NO_ADVICE });
  const advice = stored.n === n ? stored.advice : NO_ADVICE;
  const update = (step: (advice: FallbackAdvice) => FallbackAdvice) =>
    setStored((previous) => {
      const current = generation.current.n;
      const next = step(previous.n === current ? previous.advice : NO_ADVICE);
      return previous.n === current && next === previous.advice ? previous : { n: current, advice: next };
    });
  const session = useQualitySession(started && !ended);
  const controls = useCallControls();
  const isVideoOn = props.isVideoOn ?? controls.isVideoOn;
  const read = useRef({ isVideoOn, dialInKnown });
  read.current = { isVideoOn, dialInKnown };
  // biome-ignore lint/correctness/useExhaustiveDependencies: `update` reads refs only; the session is the input
  useEffect(() => {
    if (!session) return undefined;
    return session.onSample((assessment) => {
      let cameraOn = false;
      try {
        cameraOn = !!read.current.isVideoOn?.();
      } catch {
        // A source that cannot say has no camera on, as far as the kit knows.
      }
      const sample = { level: assessment.level, cameraOn, dialIn: read.current.dialInKnown };
      update((previous) => adviseFallback(previous, sample));
    });
  }, [session]);
  return [advice, (which) => update((previous) => closeFallback(previous, which))];
}

/**
 * Decides the in-call fallback notice (Fluent's state half). When the call's quality stays `poor` for 10 samples with
 * a camera on, it offers "Turn off my video" (the provider's controls: `call.stopVideo(stream)` for each local video
 * stream, `adapter.stopCamera()`); when it is still `poor` 30 samples later and dial-in details are known, "Join by
 * phone" (a `tel:` link). Each offer is made at most once per call: taken or dismissed ("Not now"), it is not made
 * again. A failed `stopVideo` is said in words. Records `fallbackOffered` and `fallbackChosen`.
 */
export function useFallbackNotice_unstable(props: FallbackNoticeProps): FallbackNoticeState {
  const context = useContext(CallDiagnosticsContext);
  const diagnostics = props.diagnostics ?? context?.diagnostics;
  const dialIn = useDialIn(props.diagnostics);
  const [advice, close] = useAdvice(props, dialIn !== undefined);
  const ended = useDiagnosticsSelector(selectEnded, props.diagnostics);
  const controls = useCallControls();
  const stopVideo = props.onStopVideo ?? controls.stopVideo;
  const offer = ended ? 'none' : advice.offer === 'videoOff' && !stopVideo ? 'none' : advice.offer;
  const strings = useFallbackStrings(offer !== 'none');
  const [failed, setFailed] = useState(false);
  const className = useFallbackNoticeClassName_unstable(props.className);
  useOfferRecords(offer, strings !== undefined, diagnostics);

  const choose = (which: 'videoOff' | 'phone') => {
    trackUiEvent(diagnostics, 'fallbackChosen', { fallback: which });
    close(which);
  };
  let action: FallbackNoticeAction | undefined;
  let title = '';
  let lines: string[] = [];
  if (strings && offer === 'videoOff' && stopVideo) {
    const v = strings.video;
    title = v.title;
    lines = [failed ? v.failed : v.body];
    action = {
      id: 'turnOffVideo',
      label: v.turnOff,
      onClick: () => {
        setFailed(false);
        const fail = () => setFailed(true);
        try {
          Promise.resolve(stopVideo()).then(() => choose('videoOff'), fail);
        } catch {
          fail();
        }
      },
    };
  } else if (strings && offer === 'phone' && dialIn) {
    const [number] = dialIn.numbers;
    title = strings.video.phoneTitle;
    lines = [strings.video.phoneBody, dialInInstructions(strings, dialIn)];
    action = number && {
      id: 'joinByPhone',
      label: strings.phone.action,
      href: dialInLink(number, dialIn.conferenceId),
      onClick: () => choose('phone'),
    };
  }
  return {
    visible: !!strings && !!action,
    offer: action ? offer : 'none',
    title,
    lines,
    action,
    dismiss: {
      id: 'dismiss',
      label: strings?.video.dismiss ?? '',
      onClick: () => {
        setFailed(false);
        if (offer !== 'none') close(offer);
      },
    },
    className,
  };
}

/** One `fallbackOffered` record per offer shown in a call (`trigger` `quality:poor`). */
function useOfferRecords(
  offer: 'none' | 'videoOff' | 'phone',
  shown: boolean,
  diagnostics: Parameters<typeof trackUiEvent>[0],
): void {
  const recorded = useRef(new Set<string>());
  const ended = useDiagnosticsSelector(selectEnded, diagnostics);
  useEffect(() => {
    if (!ended) recorded.current = new Set();
  }, [ended]);
  useEffect(() => {
    if (offer === 'none' || !shown || recorded.current.has(offer)) return;
    recorded.current.add(offer);
    trackUiEvent(diagnostics, 'fallbackOffered', { fallback: offer, trigger: 'quality:poor' });
  }, [offer, shown, diagnostics]);
}
