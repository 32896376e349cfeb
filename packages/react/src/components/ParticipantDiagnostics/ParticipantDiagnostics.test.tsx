import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useRemoteDiagnostics } from '../../hooks/useRemoteDiagnostics.js';
import { CallDiagnosticsProvider } from '../../provider/CallDiagnosticsProvider.js';
import { ParticipantDiagnostics } from './ParticipantDiagnostics.js';

const alex = { participantId: 'p-alex', rawId: '8:acs:alex', displayName: 'Alex' };

function Tile({ id, name, onRender }: { id: string; name?: string; onRender?: () => void }) {
  onRender?.();
  return (
    <div>
      <ParticipantDiagnostics participantId={id} name={name} />
    </div>
  );
}

function setup(shareDiagnostics = false) {
  const call = createFakeCall({ id: 'call-1' });
  const tileRenders = vi.fn();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} shareDiagnostics={shareDiagnostics}>
        <Tile id="8:acs:alex" />
        <Tile id="p-sam" name="Sam" />
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { call, tileRenders, ...utils };
}

describe('ParticipantDiagnostics', () => {
  it('shows a participant’s bad connection on their tile with whose it is, and clears it', async () => {
    const { call } = setup();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    act(() => call.controls.raiseRemote(alex, 'networkReceiveQuality', 3));
    const badge = await screen.findByRole('status', { name: 'Alex: Poor connection' });
    expect(badge).toHaveTextContent('Poor connection');
    act(() => call.controls.raiseRemote(alex, 'networkReceiveQuality', 1));
    expect(screen.queryByRole('status', { name: /Alex/ })).not.toBeInTheDocument();
  });

  it('the app’s name wins; a participant who leaves loses the badge; another participant is untouched', async () => {
    const { call } = setup();
    act(() =>
      call.controls.raiseRemote({ participantId: 'p-sam', displayName: 'S. from the SDK' }, 'cameraFreeze', true),
    );
    act(() => call.controls.raiseRemote(alex, 'noNetwork', true));
    expect(await screen.findByRole('status', { name: 'Sam: Camera frozen' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Alex: Offline' })).toBeInTheDocument();
    act(() => call.controls.removeParticipant('8:acs:alex'));
    expect(screen.queryByRole('status', { name: 'Alex: Offline' })).not.toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Sam: Camera frozen' })).toBeInTheDocument();
  });

  it('a participant without a name is named generically', async () => {
    const call = createFakeCall();
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider call={call}>
          <Tile id="p-x" />
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );
    act(() => call.controls.raiseRemote({ participantId: 'p-x' }, 'microphoneNotFunctioning', true));
    expect(await screen.findByRole('status', { name: 'A participant: Microphone not working' })).toBeInTheDocument();
  });

  it('startSendingDiagnostics only with shareDiagnostics, stopped on unmount', async () => {
    const quiet = setup();
    expect(quiet.call.controls.isSendingDiagnostics()).toBe(false);
    quiet.unmount();
    const sharing = setup(true);
    await act(() => vi.dynamicImportSettled()); // the others' diagnostics are followed once their code arrives
    expect(sharing.call.controls.isSendingDiagnostics()).toBe(true);
    sharing.unmount();
    expect(sharing.call.controls.isSendingDiagnostics()).toBe(false);
    expect(sharing.call.controls.listenerCount()).toBe(0);
  });
});

describe('useRemoteDiagnostics', () => {
  it('lists the others’ raised diagnostics with severity, and re-renders only when that list changes', async () => {
    const call = createFakeCall();
    const renders = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <CallDiagnosticsProvider call={call} banner={false} notice={false} toast={false} panel={false}>
        {children}
      </CallDiagnosticsProvider>
    );
    const { result } = renderHook(
      () => {
        renders();
        return useRemoteDiagnostics();
      },
      { wrapper },
    );
    expect(result.current).toEqual([]);
    act(() => call.controls.raiseRemote(alex, 'networkSendQuality', 2));
    await act(() => vi.dynamicImportSettled()); // the others' diagnostics are followed once their code arrives
    expect(result.current).toMatchObject([
      {
        participantId: '8:acs:alex',
        displayName: 'Alex',
        diagnostic: 'networkSendQuality',
        value: 2,
        severity: 'warning',
      },
    ]);
    const count = renders.mock.calls.length;
    act(() => call.controls.raiseNetwork('networkSendQuality', 2));
    act(() => call.controls.raiseMedia('cameraFreeze', true));
    expect(renders.mock.calls.length).toBe(count);
  });
});
