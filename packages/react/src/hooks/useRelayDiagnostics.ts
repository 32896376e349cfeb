import {
  type BannerModel,
  type CallDetails,
  type RelayDiagnostics,
  selectBanner,
  selectCallDetails,
  selectRelayDiagnostics,
} from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';
import { useDiagnosticsSelector } from './useDiagnosticsSelector.js';

/**
 * Relay status (`reachable` / `unreachable` / `recovered` / `failed`), since when, whether the call failed with
 * 410/3112, and the recommended action. Inside a `CallDiagnosticsProvider`, or with a store argument anywhere.
 */
export function useRelayDiagnostics(source?: DiagnosticsSourceLike): RelayDiagnostics {
  return useDiagnosticsSelector(selectRelayDiagnostics, source);
}

/** What the banner shows: nothing, the relay warning, or a call-ended error with code and call ID. */
export function useBannerModel(source?: DiagnosticsSourceLike): BannerModel {
  return useDiagnosticsSelector(selectBanner, source);
}

/** Call ID, participant ID, codes and times for support. */
export function useCallDetails(source?: DiagnosticsSourceLike): CallDetails {
  return useDiagnosticsSelector(selectCallDetails, source);
}
