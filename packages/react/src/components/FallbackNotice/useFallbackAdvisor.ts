import { useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import type { FallbackAdvisor } from '../../families/fallback/fallbackSurfaces.js';
import { fallbackSurfacesChunk } from '../../families/fallback/fallbackSurfacesChunk.js';
import { useOptionalChunk } from '../../hooks/useChunk.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import type { FallbackNoticeProps } from './FallbackNotice.types.js';

const selectEnded = (state: { readonly ended?: unknown }) => state.ended !== undefined;
const selectConnected = (state: { readonly call: { readonly state: string | undefined } }) =>
  state.call.state === 'Connected';
const none = () => () => {};

/**
 * The advisor of the call in progress (see `adviseFallback` in core) and what it offers now: started once the call
 * is connected (the fallback family's chunk, without React or Fluent, is fetched then) and kept through a hold, so an
 * offer closed in a call is not made again; a new call (an end, or another source) gets a new one. It also asks a
 * Teams meeting for its dial-in details, once.
 */
export function useFallbackAdvisor(
  props: FallbackNoticeProps,
  enabled = true,
): { readonly advisor: FallbackAdvisor | undefined; readonly offer: 'none' | 'videoOff' | 'phone' } {
  const context = useContext(CallDiagnosticsContext);
  const diagnostics = props.diagnostics ?? context?.diagnostics;
  const ended = useDiagnosticsSelector(selectEnded, props.diagnostics);
  const connected = useDiagnosticsSelector(selectConnected, props.diagnostics);
  const source = context?.callSource;
  // Derived during the render (idempotent), so no render is spent on it.
  const latch = useRef({ source, ended, started: false });
  if (latch.current.source !== source || latch.current.ended !== ended)
    latch.current = { source, ended, started: false };
  if (connected) latch.current.started = true;
  const wanted = enabled && latch.current.started && !ended;
  const part = useOptionalChunk(fallbackSurfacesChunk, wanted);
  const [advisor, setAdvisor] = useState<FallbackAdvisor>();
  const { isVideoOn } = props;
  useEffect(() => {
    if (!part || !wanted || !diagnostics) return undefined;
    const started = part.startFallbackAdvisor({ diagnostics, context, isVideoOn });
    setAdvisor(started);
    return () => {
      started.stop();
      setAdvisor(undefined);
    };
  }, [part, wanted, diagnostics, context, isVideoOn]);
  const offer = useSyncExternalStore(
    advisor?.subscribe ?? none,
    () => advisor?.getSnapshot().offer ?? 'none',
    () => 'none' as const,
  );
  return { advisor, offer };
}
