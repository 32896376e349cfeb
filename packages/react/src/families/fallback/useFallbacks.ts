import { useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext, type DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import { trackUiEvent } from '../../hooks/trackUiEvent.js';
import { useOptionalChunk } from '../../hooks/useChunk.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import type { Fallbacks, FallbacksView } from './fallbackSurfaces.js';
import { fallbackSurfacesChunk } from './fallbackSurfacesChunk.js';
import { useFallbackStrings } from './useFallbackStrings.js';

const selectStarted = (state: { readonly call: { readonly state: string | undefined }; readonly ended?: unknown }) =>
  state.call.state === 'Connected' || state.ended !== undefined;
const none = () => () => {};
const NOTHING: FallbacksView = { joinByPhone: undefined, advisor: undefined };

/**
 * The fallback family as the provider's surfaces see it (the banner's "Join by phone", the notices' offers): once a
 * call has connected or ended, the family's chunk (no React or Fluent) is fetched and the provider's shared
 * `acquireFallbacks` followed (with its advisor when `withAdvisor`: the notices'); nothing before, and nothing outside a
 * provider (`source`: a component's own `diagnostics` prop, read for the call's progress only).
 */
export function useFallbacks(source: DiagnosticsSourceLike | undefined, withAdvisor: boolean): FallbacksView {
  const context = useContext(CallDiagnosticsContext);
  // Once fetched, the chunk and the words stay (a later call finds them at once).
  const started = useDiagnosticsSelector(selectStarted, source);
  const part = useOptionalChunk(fallbackSurfacesChunk, started);
  const strings = useFallbackStrings(started);
  const [fallbacks, setFallbacks] = useState<Fallbacks>();
  useEffect(() => {
    if (!part || !context) return undefined;
    const track = (kind: 'fallbackOffered' | 'fallbackChosen', detail: Record<string, string>) =>
      trackUiEvent(context.diagnostics, kind, detail);
    const acquired = part.acquireFallbacks(context, track, withAdvisor);
    setFallbacks(acquired);
    return () => {
      acquired.release();
      setFallbacks(undefined);
    };
  }, [part, context, withAdvisor]);
  useEffect(() => fallbacks?.setStrings(strings), [fallbacks, strings]);
  return useSyncExternalStore(
    fallbacks?.subscribe ?? none,
    () => fallbacks?.getSnapshot() ?? NOTHING,
    () => NOTHING,
  );
}
