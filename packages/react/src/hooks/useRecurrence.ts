import { type RecurrenceClassification, selectRecurrence } from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';
import { useDiagnosticsSelector } from './useDiagnosticsSelector.js';

/** The transient/persistent classification of the history (set when a call ends). */
export function useRecurrence(source?: DiagnosticsSourceLike): RecurrenceClassification | undefined {
  return useDiagnosticsSelector(selectRecurrence, source);
}
