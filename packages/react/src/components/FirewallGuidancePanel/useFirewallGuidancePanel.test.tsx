import { createCallDiagnostics } from '@call-diagnostics/core';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, renderHook } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useFirewallGuidancePanel_unstable } from './useFirewallGuidancePanel.js';

const wrapper = ({ children }: { children: ReactNode }) => (
  <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
);

describe('useFirewallGuidancePanel_unstable', () => {
  it('decides the checklist, rules, failed call, copy texts and the probe, for a custom panel', async () => {
    userEvent.setup(); // installs a clipboard in jsdom
    const diagnostics = createCallDiagnostics({ history: false });
    const onOpenChange = vi.fn();
    const { result } = renderHook(
      () => useFirewallGuidancePanel_unstable({ diagnostics: diagnostics.store, open: true, onOpenChange }),
      { wrapper },
    );
    expect(result.current).toMatchObject({
      open: true,
      position: 'end',
      probeAvailable: false,
      failedCallText: undefined,
    });
    expect(result.current.checklist[0]).toContain('20.202.0.0/16');
    expect(result.current.rules.length).toBeGreaterThan(0);
    expect(result.current.probe.state).toBe('idle');

    act(() => diagnostics.dispatch({ type: 'callEnded', at: Date.now(), callId: 'c-9', code: 410, subCode: 3112 }));
    expect(result.current.failedCallText).toContain('c-9');
    expect(result.current.details.text).toContain('Call ID: c-9');
    expect(result.current.admin.text).toContain('Call ID: c-9');

    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await act(async () => result.current.details.copy());
    expect(writeText).toHaveBeenCalledWith(result.current.details.text);
    expect(result.current.details.status).toBe('copied');

    act(() => result.current.setOpen(false));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    writeText.mockRestore();
  });
});
