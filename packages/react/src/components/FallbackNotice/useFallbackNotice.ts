import { useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import type { FallbackNoticeController } from '../../families/fallback/fallbackSurfaces.js';
import { fallbackSurfacesChunk } from '../../families/fallback/fallbackSurfacesChunk.js';
import { sameDialIn, selectDialIn } from '../../families/fallback/selectDialIn.js';
import { useFallbackStrings } from '../../families/fallback/useFallbackStrings.js';
import { trackUiEvent } from '../../hooks/trackUiEvent.js';
import { useOptionalChunk } from '../../hooks/useChunk.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import { useActionLinkClassName } from '../RelayDiagnosticsBanner/useRelayDiagnosticsBannerStyles.styles.js';
import type { FallbackNoticeProps, FallbackNoticeState } from './FallbackNotice.types.js';
import { useFallbackNoticeClassName_unstable } from './useFallbackNoticeStyles.styles.js';

const selectEnded = (state: { readonly ended?: unknown }) => state.ended !== undefined;
const selectConnected = (state: { readonly call: { readonly state: string | undefined } }) =>
  state.call.state === 'Connected';
const none = () => () => {};
const HIDDEN: Omit<FallbackNoticeState, 'className'> = {
  visible: false,
  offer: 'none',
  title: '',
  lines: [],
  action: undefined,
  dismiss: { id: 'dismiss', label: '', onClick: () => {} },
};

/**
 * Decides the in-call fallback notice (Fluent's state half). When the call's quality stays `poor` for 10 samples with
 * a camera on, it offers "Turn off my video" (the provider's controls: `call.stopVideo(stream)` for each local video
 * stream, `adapter.stopCamera()`); when it is still `poor` 30 samples later and dial-in details are known, "Join by
 * phone" (a `tel:` link). Each offer is made at most once per call: taken or dismissed ("Not now"), it is not made
 * again. A failed `stopVideo` is said in words. Records `fallbackOffered` and `fallbackChosen`. Its logic is the
 * fallback family's chunk, fetched once the call is connected; the provider's quality session counts the samples.
 */
export function useFallbackNotice_unstable(props: FallbackNoticeProps): FallbackNoticeState {
  const context = useContext(CallDiagnosticsContext);
  const diagnostics = props.diagnostics ?? context?.diagnostics;
  const ended = useDiagnosticsSelector(selectEnded, props.diagnostics);
  const connected = useDiagnosticsSelector(selectConnected, props.diagnostics);
  // Once connected, the notice follows the call through a hold (offers closed in a call must not come back after
  // one); a new call (an end, or another source) starts over with a new controller.
  const source = context?.callSource;
  const latch = useRef({ source, ended, started: false });
  if (latch.current.source !== source || latch.current.ended !== ended)
    latch.current = { source, ended, started: false };
  if (connected) latch.current.started = true;
  const wanted = latch.current.started && !ended;
  const part = useOptionalChunk(fallbackSurfacesChunk, wanted);
  const strings = useFallbackStrings(wanted);
  const fromCall = useDiagnosticsSelector(selectDialIn, props.diagnostics, sameDialIn);
  const [controller, setController] = useState<FallbackNoticeController>();
  const { onStopVideo, isVideoOn } = props;
  useEffect(() => {
    if (!part || !wanted || !diagnostics) return undefined;
    const track = (kind: 'fallbackOffered' | 'fallbackChosen', detail: object) =>
      trackUiEvent(diagnostics, kind, detail);
    const started = part.startFallbackNotice({ diagnostics, context, onStopVideo, isVideoOn, track });
    setController(started);
    return () => {
      started.stop();
      setController(undefined);
    };
  }, [part, wanted, diagnostics, context, onStopVideo, isVideoOn]);
  const given = context?.dialIn;
  useEffect(() => controller?.update({ strings, given, fromCall }), [controller, strings, given, fromCall]);
  const view = useSyncExternalStore(
    controller?.subscribe ?? none,
    () => controller?.getSnapshot() ?? HIDDEN,
    () => HIDDEN,
  );
  const className = useFallbackNoticeClassName_unstable(props.className);
  return { ...view, className, actionClassName: useActionLinkClassName() };
}
