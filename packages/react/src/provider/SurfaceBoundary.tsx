import type { CallDiagnostics } from '@call-diagnostics/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Which surface a boundary holds. */
export type SurfaceName = 'banner' | 'toast' | 'panel';

interface BoundaryProps {
  readonly surface: SurfaceName;
  /** Told what the surface threw. What it throws itself is contained too. */
  readonly onError: (error: unknown, surface: SurfaceName) => void;
  /** Followed while the surface is hidden: the next call (a new call ID) tries the surface again. */
  readonly diagnostics: Pick<CallDiagnostics, 'subscribe' | 'getSnapshot'>;
  readonly children: ReactNode;
}

/**
 * Contains a failing surface: the call UI around it never goes down with it. The surface stays hidden for the rest
 * of that call and is tried again when the next call starts, so a later call's 410/3112 is still shown.
 */
export class SurfaceBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  private release: (() => void) | undefined;

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    try {
      this.props.onError(error, this.props.surface);
    } catch {
      // The app's handler failed too; the app keeps running all the same.
    }
    this.follow();
  }

  override componentWillUnmount(): void {
    this.release?.();
  }

  private follow(): void {
    this.release?.();
    const { diagnostics } = this.props;
    const failedOn = diagnostics.getSnapshot().call.id;
    this.release = diagnostics.subscribe(() => {
      if (diagnostics.getSnapshot().call.id === failedOn) return;
      this.release?.();
      this.release = undefined;
      this.setState({ failed: false });
    });
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
