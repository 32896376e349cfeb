import type { CallDiagnostics } from '@call-diagnostics/core';
import { Component, type ReactNode } from 'react';

/** Which surface a boundary holds. */
export type SurfaceName = 'banner' | 'toast' | 'panel';

interface BoundaryProps {
  readonly surface: SurfaceName;
  /** Told what the surface threw (the provider contains what it throws itself). */
  readonly onError: (error: unknown, surface: SurfaceName) => void;
  /** Followed while the surface is hidden: the next call (a new call ID) tries the surface again. */
  readonly diagnostics: Pick<CallDiagnostics, 'subscribe' | 'getSnapshot'>;
  readonly children: ReactNode;
}

/**
 * Contains a failing surface: the call UI around it never goes down with it. The surface stays hidden for the rest
 * of that call and is tried again when the next call starts, so a later call's 410/3112 is still shown.
 */
export class SurfaceBoundary extends Component<BoundaryProps, { failed?: boolean }> {
  override state = {};
  private off?: (() => void) | undefined;

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    const { diagnostics: d, onError, surface } = this.props;
    onError(error, surface);
    const id = d.getSnapshot().call.id;
    this.off?.();
    this.off = d.subscribe(() => {
      if (d.getSnapshot().call.id !== id) {
        this.componentWillUnmount();
        this.setState({ failed: false });
      }
    });
  }

  override componentWillUnmount(): void {
    this.off?.();
    this.off = undefined;
  }

  override render(): ReactNode {
    return (this.state as { failed?: boolean }).failed ? null : this.props.children;
  }
}
