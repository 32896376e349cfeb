import { type RecommendedAction, selectPrimaryAction } from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';
import { useDiagnosticsSelector } from './useDiagnosticsSelector.js';

/** What the banner emphasizes after a call ended: `retry` (transient), `fix-network` (persistent), or the catalog's. */
export function usePrimaryAction(source?: DiagnosticsSourceLike): RecommendedAction | undefined {
  return useDiagnosticsSelector(selectPrimaryAction, source);
}
