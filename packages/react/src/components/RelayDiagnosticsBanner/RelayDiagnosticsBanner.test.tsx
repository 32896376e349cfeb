import { createCallDiagnostics, createMemoryHistory, type OutcomeHistory } from '@call-diagnostics/core';
import { FluentProvider, useRestoreFocusTarget, webLightTheme } from '@fluentui/react-components';
import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RelayDiagnosticsBanner } from './RelayDiagnosticsBanner.js';
import type { RelayDiagnosticsBannerProps } from './RelayDiagnosticsBanner.types.js';
import { renderRelayDiagnosticsBanner_unstable } from './renderRelayDiagnosticsBanner.js';
import { RESTORE_FOCUS_TARGET, useRelayDiagnosticsBanner_unstable } from './useRelayDiagnosticsBanner.js';

function historyWith(...codes: Array<[number, number?]>): OutcomeHistory {
  const history = createMemoryHistory();
  const now = Date.now();
  codes.forEach(([code, subCode], i) => {
    history.record({ at: now - 100_000 + i, code, subCode });
  });
  return history;
}

const wrapper = ({ children }: { children: ReactNode }) => (
  <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
);

function ended(history: OutcomeHistory | false, withRetry = true) {
  const diagnostics = createCallDiagnostics({ history });
  const onRetry = vi.fn();
  const onCheckNetwork = vi.fn();
  const props: RelayDiagnosticsBannerProps = { diagnostics: diagnostics.store, onCheckNetwork };
  const hook = renderHook(() => useRelayDiagnosticsBanner_unstable(withRetry ? { ...props, onRetry } : props), {
    wrapper,
  });
  act(() => diagnostics.dispatch({ type: 'callEnded', at: Date.now(), callId: 'c-1', code: 410, subCode: 3112 }));
  return { ...hook, onRetry, onCheckNetwork, diagnostics };
}

/** A replacement banner built on the hook: the kit's decisions, other markup. */
function CompactBanner(props: RelayDiagnosticsBannerProps): ReactElement | null {
  const state = useRelayDiagnosticsBanner_unstable(props);
  if (state.kind === 'none') return null;
  return (
    <div role="alert" aria-label={state.title}>
      {state.meta.join(' · ')}
      {state.primaryAction && (
        <button type="button" onClick={state.primaryAction.onClick} {...state.restoreFocusTarget}>
          {state.primaryAction.label}
        </button>
      )}
    </div>
  );
}

describe('useRelayDiagnosticsBanner_unstable', () => {
  it('a healthy call: kind none, no actions; render draws nothing', () => {
    const diagnostics = createCallDiagnostics({ history: false });
    const { result } = renderHook(() => useRelayDiagnosticsBanner_unstable({ diagnostics: diagnostics.store }), {
      wrapper,
    });
    expect(result.current).toMatchObject({ kind: 'none', primaryAction: undefined, secondaryAction: undefined });
    expect(renderRelayDiagnosticsBanner_unstable(result.current)).toBeNull();
  });

  it('410/3112, transient: Try again is primary, Check your network secondary; never more than two', () => {
    const { result, onRetry, onCheckNetwork } = ended(historyWith([0], [0], [0]));
    const s = result.current;
    expect(s).toMatchObject({ kind: 'callEnded', intent: 'error', politeness: 'assertive' });
    expect(s.title).toBe("Your call couldn't connect: your network blocked it");
    expect(s.lines[1]).toMatch(/probably temporary/);
    expect(s.meta).toEqual(['Error code 410/3112', 'Call ID: c-1']);
    expect(s.primaryAction).toMatchObject({ id: 'retry', label: 'Try again', opensPanel: false });
    expect(s.secondaryAction).toMatchObject({ id: 'checkNetwork', label: 'Check your network', opensPanel: true });
    s.primaryAction?.onClick();
    expect(onRetry).toHaveBeenCalledWith({ details: expect.objectContaining({ callId: 'c-1', code: '410/3112' }) });
    s.secondaryAction?.onClick();
    expect(onCheckNetwork).toHaveBeenCalledOnce();
  });

  it('410/3112, persistent: Check your network is primary, Try again secondary', () => {
    const { result } = ended(historyWith([410, 3112], [410, 3112], [410, 3112], [410, 3112], [410, 3112]));
    expect(result.current.lines[1]).toMatch(/retrying is unlikely to help/);
    expect(result.current.primaryAction?.id).toBe('checkNetwork');
    expect(result.current.secondaryAction?.id).toBe('retry');
  });

  it('without a retry handler only Check your network is offered', () => {
    const { result } = ended(false, false);
    expect(result.current.primaryAction?.id).toBe('checkNetwork');
    expect(result.current.secondaryAction).toBeUndefined();
  });

  it("marks the panel's opener as Fluent's useRestoreFocusTarget() does (without setting up the restorer itself)", () => {
    const fluent = renderHook(() => useRestoreFocusTarget(), { wrapper }).result.current;
    expect(RESTORE_FOCUS_TARGET).toEqual(fluent);
    const { result } = renderHook(
      () => useRelayDiagnosticsBanner_unstable({ diagnostics: createCallDiagnostics().store }),
      {
        wrapper,
      },
    );
    expect(result.current.restoreFocusTarget).toEqual(fluent);
  });

  it('relays unreachable: a polite warning whose one action is Check your network', () => {
    const diagnostics = createCallDiagnostics({ history: false });
    const { result } = renderHook(
      () => useRelayDiagnosticsBanner_unstable({ diagnostics: diagnostics.store, onCheckNetwork: () => {} }),
      { wrapper },
    );
    act(() =>
      diagnostics.dispatch({
        type: 'diagnosticChanged',
        at: Date.now(),
        area: 'network',
        diagnostic: 'networkRelaysNotReachable',
        value: true,
      }),
    );
    expect(result.current).toMatchObject({ kind: 'relaysUnreachable', intent: 'warning', politeness: 'polite' });
    expect(result.current.primaryAction?.id).toBe('checkNetwork');
    expect(result.current.secondaryAction).toBeUndefined();
  });
});

describe('RelayDiagnosticsBanner', () => {
  it('draws the primary action first, in its own class, and marks each by data-action', () => {
    const diagnostics = createCallDiagnostics({ history: historyWith([410, 3112], [410, 3112], [410, 3112]) });
    render(<RelayDiagnosticsBanner diagnostics={diagnostics.store} onRetry={() => {}} onCheckNetwork={() => {}} />, {
      wrapper,
    });
    act(() => diagnostics.dispatch({ type: 'callEnded', at: Date.now(), callId: 'c-2', code: 410, subCode: 3112 }));
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-action'))).toEqual(['checkNetwork', 'retry']);
    expect(buttons[0]?.className).toContain('cdk-RelayDiagnosticsBanner__primaryAction');
    expect(buttons[1]?.className).toContain('cdk-RelayDiagnosticsBanner__secondaryAction');
  });

  it('a custom banner built on the hook reuses its decisions', async () => {
    const user = userEvent.setup();
    const diagnostics = createCallDiagnostics({ history: false });
    const onCheckNetwork = vi.fn();
    render(<CompactBanner diagnostics={diagnostics.store} onCheckNetwork={onCheckNetwork} />, { wrapper });
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => diagnostics.dispatch({ type: 'callEnded', at: Date.now(), callId: 'c-3', code: 410, subCode: 3112 }));
    const alert = screen.getByRole('alert', { name: "Your call couldn't connect: your network blocked it" });
    expect(alert).toHaveTextContent('Error code 410/3112 · Call ID: c-3');
    await user.click(within(alert).getByRole('button', { name: 'Check your network' }));
    expect(onCheckNetwork).toHaveBeenCalledOnce();
  });
});
