import type { CallDiagnostics } from '@call-diagnostics/core';
import { Component, type ComponentType, type ReactNode } from 'react';

/** Which surface a boundary holds. */
export type SurfaceName = 'banner' | 'notice' | 'toast' | 'panel';

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
class SurfaceBoundary extends Component<BoundaryProps, { failed?: boolean }> {
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

/** A surface slot: `true`/omitted renders the default, `false` renders nothing, a component replaces it. */
export type SurfaceSlot = boolean | ComponentType<Record<string, never>>;

export const isDefaultSlot = (slot: SurfaceSlot | undefined): boolean => slot === undefined || slot === true;

/** Tells the app's handler (or the console) that a surface failed; what the handler throws itself stays here. */
export function reportSurfaceError(
  handler: ((error: unknown, surface: SurfaceName) => void) | undefined,
  error: unknown,
  surface: SurfaceName,
): void {
  try {
    (handler ?? ((e, s) => console.error(`[call-diagnostics] the ${s} surface failed and was hidden`, e)))(
      error,
      surface,
    );
  } catch {
    // Contained: never an unhandled rejection or a crash of the host app.
  }
}

/** One of the provider's surfaces: its slot (the default, nothing, or the app's component) inside its boundary. */
export function SurfaceSlotView(
  props: Omit<BoundaryProps, 'children'> & { readonly slot: SurfaceSlot | undefined; readonly fallback: ReactNode },
): ReactNode {
  const { slot, fallback, ...boundary } = props;
  if (slot === false) return null;
  const Custom = isDefaultSlot(slot) ? undefined : (slot as ComponentType<Record<string, never>>);
  return <SurfaceBoundary {...boundary}>{Custom ? <Custom /> : fallback}</SurfaceBoundary>;
}
