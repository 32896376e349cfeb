import type { ReactElement } from 'react';
import type { RelayDiagnosticsBannerProps } from './RelayDiagnosticsBanner.types.js';
import { renderRelayDiagnosticsBanner_unstable } from './renderRelayDiagnosticsBanner.js';
import { useRelayDiagnosticsBanner_unstable } from './useRelayDiagnosticsBanner.js';
import { useRelayDiagnosticsBannerStyles_unstable } from './useRelayDiagnosticsBannerStyles.styles.js';

/**
 * The banner: a warning while relays are unreachable; after a network-family end (410/3112 above all) an error with
 * the code, the call ID and two actions, "Try again" and "Check your network" (the guidance panel, which also holds
 * Copy details and the support report). Renders nothing on a healthy call. State, styles and markup are split the
 * Fluent way: a replacement banner reuses `useRelayDiagnosticsBanner_unstable`.
 */
export function RelayDiagnosticsBanner(props: RelayDiagnosticsBannerProps): ReactElement | null {
  const state = useRelayDiagnosticsBannerStyles_unstable(useRelayDiagnosticsBanner_unstable(props), props.className);
  return renderRelayDiagnosticsBanner_unstable(state);
}
