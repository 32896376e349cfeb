import { createMemoryHistory, type OutcomeHistory } from '@call-diagnostics/core';
import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { CallDiagnosticsProvider } from '../provider/CallDiagnosticsProvider.js';

// usePrimaryAction (with useRecurrence) as people see it: the banner's emphasis after a 410/3112 end.
function historyWith(...codes: Array<[number, number?]>): OutcomeHistory {
  const history = createMemoryHistory();
  const now = Date.now();
  codes.forEach(([code, subCode], i) => {
    history.record({ at: now - 100_000 + i, code, subCode });
  });
  return history;
}

function renderEnded(history: OutcomeHistory) {
  const call = createFakeCall({ id: 'call-1', participantId: 'participant-1' });
  render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} history={history} onRetry={() => {}}>
        <p>call UI</p>
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  act(() => call.controls.end({ code: 410, subCode: 3112 }));
  return call;
}

describe("usePrimaryAction: the banner's primary action follows the history", () => {
  it('transient (worked before, fails now): Retry is primary, both stay reachable', () => {
    renderEnded(historyWith([0], [0], [0]));
    expect(screen.getByText(/probably temporary: try again/)).toBeInTheDocument();
    const retry = screen.getByRole('button', { name: 'Try again' });
    const check = screen.getByRole('button', { name: 'Check your network' });
    expect(retry).toBeEnabled();
    expect(check).toBeEnabled();
    expect(retry.className).not.toBe(check.className);
  });

  it('persistent (6 of 6 failed): Check your network is primary, Retry still offered', () => {
    renderEnded(historyWith([410, 3112], [410, 3112], [410, 3112], [410, 3112], [410, 3112]));
    expect(screen.getByText(/retrying is unlikely to help/)).toBeInTheDocument();
    const retry = screen.getByRole('button', { name: 'Try again' });
    const check = screen.getByRole('button', { name: 'Check your network' });
    expect(retry).toBeEnabled();
    expect(check.className).not.toBe(retry.className);
  });

  it('transient and persistent swap the emphasis', () => {
    renderEnded(historyWith([0], [0]));
    const transientRetry = screen.getByRole('button', { name: 'Try again' }).className;
    const transientCheck = screen.getByRole('button', { name: 'Check your network' }).className;
    document.body.innerHTML = '';
    renderEnded(historyWith([410, 3112], [410, 3112]));
    expect(screen.getByRole('button', { name: 'Check your network' }).className).toBe(transientRetry);
    expect(screen.getByRole('button', { name: 'Try again' }).className).toBe(transientCheck);
  });

  it('records the outcome once under StrictMode', () => {
    const history = createMemoryHistory();
    const call = createFakeCall({ id: 'strict-call' });
    render(
      <StrictMode>
        <FluentProvider theme={webLightTheme}>
          <CallDiagnosticsProvider call={call} history={history}>
            <p>call UI</p>
          </CallDiagnosticsProvider>
        </FluentProvider>
      </StrictMode>,
    );
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    expect(history.list()).toHaveLength(1);
  });
});
