import { useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import type { FallbackAdvisor, FallbackNoticeController } from '../../families/fallback/fallbackSurfaces.js';
import { fallbackSurfacesChunk } from '../../families/fallback/fallbackSurfacesChunk.js';
import { sameDialIn, selectDialIn } from '../../families/fallback/selectDialIn.js';
import { useFallbackStrings } from '../../families/fallback/useFallbackStrings.js';
import { trackUiEvent } from '../../hooks/trackUiEvent.js';
import { useOptionalChunk } from '../../hooks/useChunk.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import { useNoticeClasses } from '../Notice/useNoticeClasses.styles.js';
import { useActionLinkClassName } from '../RelayDiagnosticsBanner/useRelayDiagnosticsBannerStyles.styles.js';
import type { FallbackNoticeProps, FallbackNoticeState } from './FallbackNotice.types.js';
import { useFallbackAdvisor } from './useFallbackAdvisor.js';
import { fallbackNoticeClassNames } from './useFallbackNoticeStyles.styles.js';

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
 * again. A failed `stopVideo` is said in words. Records `fallbackOffered` and `fallbackChosen`.
 */
export function useFallbackNotice_unstable(props: FallbackNoticeProps): FallbackNoticeState {
  return useFallbackNoticeWith(props, undefined);
}

/**
 * {@link useFallbackNotice_unstable} with the call's advisor when the caller has one already (the provider's notices:
 * `useFallbacks`); else one is started here.
 */
export function useFallbackNoticeWith(
  props: FallbackNoticeProps,
  advisor: FallbackAdvisor | undefined,
): FallbackNoticeState {
  const context = useContext(CallDiagnosticsContext);
  const diagnostics = props.diagnostics ?? context?.diagnostics;
  const own = useFallbackAdvisor(props, advisor === undefined).advisor;
  const used = advisor ?? own;
  const part = useOptionalChunk(fallbackSurfacesChunk, !!used);
  const strings = useFallbackStrings(!!used);
  const fromCall = useDiagnosticsSelector(selectDialIn, props.diagnostics, sameDialIn);
  const [controller, setController] = useState<FallbackNoticeController>();
  const { onStopVideo } = props;
  useEffect(() => {
    if (!part || !used || !diagnostics) return undefined;
    const track = (kind: 'fallbackOffered' | 'fallbackChosen', detail: object) =>
      trackUiEvent(diagnostics, kind, detail);
    const started = part.startFallbackNotice({ advisor: used, context, onStopVideo, track });
    setController(started);
    return () => {
      started.stop();
      setController(undefined);
    };
  }, [part, used, diagnostics, context, onStopVideo]);
  const given = context?.dialIn;
  useEffect(() => controller?.update({ strings, given, fromCall }), [controller, strings, given, fromCall]);
  const view = useSyncExternalStore(
    controller?.subscribe ?? none,
    () => controller?.getSnapshot() ?? HIDDEN,
    () => HIDDEN,
  );
  const { root, ...classes } = useNoticeClasses(fallbackNoticeClassNames.root, 'warning', props.className);
  return { ...view, className: root, classes, actionClassName: useActionLinkClassName() };
}
