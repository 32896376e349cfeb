import { createCallDiagnostics } from '@call-diagnostics/core';
import { FluentProvider, Toaster, webLightTheme } from '@fluentui/react-components';
import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import { renderRecoveryToast_unstable } from './renderRecoveryToast.js';
import { useRecoveryToast_unstable } from './useRecoveryToast.js';

const wrapper = ({ children }: { children: ReactNode }) => (
  <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
);

function relays(diagnostics: ReturnType<typeof createCallDiagnostics>, value: boolean) {
  act(() =>
    diagnostics.dispatch({
      type: 'diagnosticChanged',
      at: Date.now(),
      area: 'network',
      diagnostic: 'networkRelaysNotReachable',
      value,
    }),
  );
}

/** An app's own surface on the hook: its toaster, the kit's timing and words. */
function AppToast(props: { readonly diagnostics: DiagnosticsSourceLike }) {
  const state = useRecoveryToast_unstable({ diagnostics: props.diagnostics, toasterId: 'app-toaster' });
  return renderRecoveryToast_unstable(state);
}

describe('useRecoveryToast_unstable / renderRecoveryToast_unstable', () => {
  it('announces a recovery after unreachable relays; the kit draws its own toaster', () => {
    const diagnostics = createCallDiagnostics({ history: false });
    const { result } = renderHook(() => useRecoveryToast_unstable({ diagnostics: diagnostics.store }), { wrapper });
    expect(result.current).toMatchObject({
      ownToaster: true,
      position: 'bottom-end',
      title: 'Connection restored',
      timeoutMs: 6000,
      announced: 0,
    });
    relays(diagnostics, true);
    expect(result.current.announced).toBe(0);
    relays(diagnostics, false);
    expect(result.current.announced).toBe(1);
    expect(renderRecoveryToast_unstable(result.current)).not.toBeNull();
  });

  it("with the app's toasterId the toast goes to the app's toaster and the kit draws none", async () => {
    const diagnostics = createCallDiagnostics({ history: false });
    render(
      <>
        <Toaster toasterId="app-toaster" />
        <AppToast diagnostics={diagnostics.store} />
      </>,
      { wrapper },
    );
    relays(diagnostics, true);
    relays(diagnostics, false);
    expect(await screen.findByText('Connection restored')).toBeInTheDocument();
  });
});

describe("LazyRecoveryToast (the provider's toast, in the chunk fetched after a problem)", () => {
  it('fetches nothing on a healthy call, and announces a recovery that came before its code did', async () => {
    vi.resetModules();
    const { LazyRecoveryToast } = await import('./LazyRecoveryToast.js');
    const { firewallGuidancePanelChunk } = await import('../FirewallGuidancePanel/firewallGuidancePanelChunk.js');
    const { CallDiagnosticsContext } = await import('../../context/CallDiagnosticsContext.js');
    const diagnostics = createCallDiagnostics({ history: false });
    const load = vi.spyOn(firewallGuidancePanelChunk, 'load');
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsContext.Provider value={{ diagnostics } as never}>
          <LazyRecoveryToast />
        </CallDiagnosticsContext.Provider>
      </FluentProvider>,
    );
    await act(async () => {});
    expect(load).not.toHaveBeenCalled();
    // Unreachable, then reachable again before the chunk has arrived: the recovery is still announced, once.
    relays(diagnostics, true);
    relays(diagnostics, false);
    expect(await screen.findByText('Connection restored')).toBeInTheDocument();
    expect(screen.getAllByText('Connection restored')).toHaveLength(1);
  });
});
