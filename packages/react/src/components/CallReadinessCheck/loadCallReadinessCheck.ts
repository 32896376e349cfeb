import { lazy } from 'react';

// The readiness check's view (Fluent rows, verdict, IT-admin text, its strings) is needed only on a lobby or
// configuration screen, so it is a chunk of its own: an app that never shows it never downloads it, and the provider
// does not import it.
type Module = typeof import('./CallReadinessCheckImpl.js');
let loading:
  | Promise<{ default: Module['CallReadinessCheckImpl']; loadStrings: Module['loadReadinessStrings'] }>
  | undefined;

/** Fetches the readiness check's chunk once; a failed fetch is tried again on the next call. */
export function loadCallReadinessCheck() {
  loading ??= import('./CallReadinessCheckImpl.js').then(
    (module) => ({ default: module.CallReadinessCheckImpl, loadStrings: module.loadReadinessStrings }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export const LoadedCallReadinessCheck = lazy(loadCallReadinessCheck);
