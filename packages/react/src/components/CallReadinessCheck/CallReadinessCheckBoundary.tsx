import { Component, type ErrorInfo, type ReactNode } from 'react';

/** How soon after a failure the readiness check may be drawn again, on a later render. */
const READINESS_RETRY_MS = 3000;

interface State {
  /** When the check failed (`Date.now()`); undefined while it shows. */
  readonly failedAt: number | undefined;
}

/**
 * Contains a failing readiness check, as the provider's boundaries contain its surfaces: a view that threw (a locale
 * table that could not be used, a `check` of the app's that throws) never takes the host's lobby down. The check is
 * hidden and reported on the console, then drawn again on the first render of the host at least `READINESS_RETRY_MS`
 * (3 s) after the failure, so a host that renders often does not fail in a loop.
 */
export class CallReadinessCheckBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { failedAt: undefined };

  static getDerivedStateFromError(): State {
    return { failedAt: Date.now() };
  }

  static getDerivedStateFromProps(_props: unknown, state: State): State | null {
    return state.failedAt !== undefined && Date.now() - state.failedAt >= READINESS_RETRY_MS
      ? { failedAt: undefined }
      : null;
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    console.error('[call-diagnostics] CallReadinessCheck failed and was hidden; a later render tries it again', error);
  }

  override render(): ReactNode {
    return this.state.failedAt === undefined ? this.props.children : null;
  }
}
