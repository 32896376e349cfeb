import { useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import type { FallbackAdvisor, FallbackWatch } from '../../families/fallback/fallbackSurfaces.js';
import { fallbackSurfacesChunk } from '../../families/fallback/fallbackSurfacesChunk.js';
import { useOptionalChunk } from '../../hooks/useChunk.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import type { FallbackNoticeProps } from './FallbackNotice.types.js';

const selectConnected = (state: { readonly call: { readonly state: string | undefined } }) =>
  state.call.state === 'Connected';
const none = () => () => {};

/**
 * The fallback notice's gate: once a call is connected, the fallback family's chunk follows the calls' quality
 * (`watchFallbacks`); the advisor of the call in progress while it makes an offer, else undefined.
 */
export function useFallbackWatch(props: FallbackNoticeProps): FallbackAdvisor | undefined {
  const context = useContext(CallDiagnosticsContext);
  const diagnostics = props.diagnostics ?? context?.diagnostics;
  const part = useOptionalChunk(fallbackSurfacesChunk, useDiagnosticsSelector(selectConnected, props.diagnostics));
  const [watch, setWatch] = useState<FallbackWatch>();
  const { isVideoOn } = props;
  useEffect(() => {
    if (!part || !diagnostics) return undefined;
    const started = part.watchFallbacks(diagnostics, context, isVideoOn);
    setWatch(started);
    return () => {
      started.stop();
      setWatch(undefined);
    };
  }, [part, diagnostics, context, isVideoOn]);
  const advisor = useSyncExternalStore(
    watch?.subscribe ?? none,
    () => watch?.current(),
    () => undefined,
  );
  return advisor;
}
